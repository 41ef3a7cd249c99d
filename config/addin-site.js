/**
 * Where the add-in is served from and where office.js comes from: one place for the URLs that the
 * manifest, the pages' <script> tag and their Content-Security-Policy must agree on.
 *
 *   ADDIN_BASE_URL  https URL the site is hosted at (default https://localhost:3000/, the dev server);
 *                   every URL in manifest.xml starts with it in a production build.
 *   OFFICE_JS=self  serve office.js from the site (copied from @microsoft/office-js) instead of
 *                   Microsoft's CDN, for networks that cannot reach the CDN.
 *   OFFICE_JS=21vianet  load office.js from the CDN of Microsoft 365 operated by 21Vianet (世纪互联),
 *                   which tenants in China use instead of the worldwide CDN.
 *                   https://learn.microsoft.com/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
 *   HARNESS=1       also build the browser-test harness page (never for a deployed site).
 */
"use strict";

const DEV_BASE_URL = "https://localhost:3000/";
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const SELF_OFFICE_JS = "./office-js/office.js";
const VIANET_OFFICE_JS = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

/** Where each OFFICE_JS choice loads office.js from, and the script origin the CSP must allow for it. */
const OFFICE_JS_SOURCES = {
  cdn: { url: CDN_OFFICE_JS, origin: "https://appsforoffice.microsoft.com" },
  "21vianet": { url: VIANET_OFFICE_JS, origin: "https://appsforoffice.cdn.partner.office365.cn" },
  self: { url: SELF_OFFICE_JS, origin: null },
};

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
  const origin = OFFICE_JS_SOURCES[officeJs].origin;
  const scripts = origin ? `'self' ${origin}` : "'self'";
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
  if (!Object.prototype.hasOwnProperty.call(OFFICE_JS_SOURCES, officeJs)) {
    throw new Error(`OFFICE_JS must be "cdn", "21vianet" or "self", not ${env.OFFICE_JS}`);
  }
  return {
    baseUrl: normaliseBaseUrl(env.ADDIN_BASE_URL || DEV_BASE_URL),
    officeJs,
    officeJsUrl: OFFICE_JS_SOURCES[officeJs].url,
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

module.exports = { DEV_BASE_URL, CDN_OFFICE_JS, SELF_OFFICE_JS, VIANET_OFFICE_JS, siteOptions, rewriteManifest, contentSecurityPolicy };
