/**
 * Where the add-in is served from and where office.js comes from: one place for the URLs that the
 * manifest, the pages' <script> tag and their Content-Security-Policy must agree on.
 *
 *   ADDIN_BASE_URL  https URL the site is hosted at (default https://localhost:3000/, the dev server);
 *                   every URL in manifest.xml starts with it in a production build.
 *   OFFICE_JS=self  serve office.js from the site (copied from @microsoft/office-js) instead of
 *                   Microsoft's CDN, for networks that cannot reach the CDN.
 *   HARNESS=1       also build the browser-test harness page (never for a deployed site).
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SELF_OFFICE_JS = "./office-js/office.js";

function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_BASE_URL must be https (Office loads add-ins over https only): ${raw}`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL must not carry a query or fragment: ${raw}`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.toString();
}

/** The Content-Security-Policy of every page: scripts only from the site (and the CDN when used). */
function contentSecurityPolicy({ officeJs, dev }) {
  const scripts = officeJs === "cdn" ? "'self' https://appsforoffice.microsoft.com" : "'self'";
  // The dev server's live reload talks over a websocket; Safari (Excel on Mac) does not count wss: as 'self'.
  const connect = dev ? "'self' wss://localhost:*" : "'self'";
  return [
    "default-src 'self'",
    `script-src ${scripts}`,
    // Fluent UI's Griffel inserts <style> rules at run time; a static site cannot give them a nonce.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

function siteOptions(env = process.env, { dev = false } = {}) {
  const officeJs = env.OFFICE_JS === undefined || env.OFFICE_JS === "" || env.OFFICE_JS === "cdn" ? "cdn" : env.OFFICE_JS;
  if (officeJs !== "cdn" && officeJs !== "self") throw new Error(`OFFICE_JS must be "cdn" or "self", not ${env.OFFICE_JS}`);
  return {
    baseUrl: normaliseBaseUrl(env.ADDIN_BASE_URL || DEV_BASE_URL),
    officeJs,
    officeJsUrl: officeJs === "cdn" ? CDN_OFFICE_JS : SELF_OFFICE_JS,
    csp: contentSecurityPolicy({ officeJs, dev }),
    harness: env.HARNESS === "1",
  };
}

/** manifest.xml with every dev-server URL moved to `baseUrl`; fails if any other absolute URL is left. */
function rewriteManifest(xml, baseUrl) {
  const rewritten = xml.split(DEV_BASE_URL).join(baseUrl);
  const stray = [...rewritten.matchAll(/DefaultValue="(https?:\/\/[^"]*)"/g)]
    .map((m) => m[1])
    .filter((url) => !url.startsWith(baseUrl));
  if (stray.length > 0) throw new Error(`manifest.xml has URLs outside ${baseUrl}: ${stray.join(", ")}`);
  return rewritten;
}

module.exports = { DEV_BASE_URL, CDN_OFFICE_JS, SELF_OFFICE_JS, siteOptions, rewriteManifest, contentSecurityPolicy };
