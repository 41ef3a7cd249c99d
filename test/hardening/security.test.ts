/**
 * @jest-environment jsdom
 */
// The security checks that need no browser: every page's Content-Security-Policy lets scripts
// come only from the site itself and Microsoft's office.js host (and the pages load nothing else);
// the manifest asks for ReadWriteDocument and nothing more; no private key or token is committed;
// CI prints `npm audit --omit=dev`. (Cell text shown as text only: test/hardening/pane.test.tsx.)
import { execFileSync } from "child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "fs";
import path from "path";
import { siteOptions } from "../../config/addin-site";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_HOST = "https://appsforoffice.microsoft.com";
const ALLOWED_SCRIPT_SOURCES = new Set(["'self'", OFFICE_HOST]);

/**
 * Every HTML page the add-in serves, as templates in src rendered with the build's own parameters
 * (config/addin-site.js). The built site in dist/ is not read: the browser test may be rebuilding it
 * while this runs.
 */
function pages(): { name: string; html: string }[] {
  const out: { name: string; html: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) walk(file);
      else if (entry.endsWith(".html")) out.push({ name: path.relative(ROOT, file), html: readFileSync(file, "utf8") });
    }
  };
  walk(path.join(ROOT, "src"));
  return out;
}

/** A template with the build's parameters filled in, as html-webpack-plugin renders it. */
function render(html: string, site: { csp: string; officeJsUrl: string }): string {
  return html.replace(/<%=\s*csp\s*%>/g, site.csp).replace(/<%=\s*officeJsUrl\s*%>/g, site.officeJsUrl);
}

function policyOf(html: string): Map<string, string[]> {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const metas = Array.from(doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]'));
  expect(metas).toHaveLength(1);
  const policy = new Map<string, string[]>();
  for (const directive of metas[0].getAttribute("content")!.split(";")) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) policy.set(name, sources);
  }
  return policy;
}

/** Does a source list allow loading `url` (relative URLs are the site's own)? */
function allows(sources: string[], url: string): boolean {
  if (!/^[a-z]+:/i.test(url) || url.startsWith("./")) return sources.includes("'self'");
  const origin = new URL(url).origin;
  return sources.includes(origin) || sources.some((s) => url.startsWith(s));
}

describe("Content-Security-Policy of every page", () => {
  const sites = [siteOptions({}), siteOptions({}, { dev: true }), siteOptions({ OFFICE_JS: "self" })];

  it("is present on every page", () => {
    const all = pages();
    expect(all.map((p) => p.name)).toEqual(expect.arrayContaining(["src/taskpane/taskpane.html", "src/commands/commands.html"]));
    for (const page of all) {
      const doc = new DOMParser().parseFromString(page.html, "text/html");
      expect([page.name, doc.querySelectorAll('meta[http-equiv="Content-Security-Policy"]').length]).toEqual([page.name, 1]);
    }
  });

  it("allows scripts only from the site itself and Microsoft's office.js host — no inline, eval, data: or wildcard", () => {
    for (const site of sites) {
      for (const page of pages()) {
        const policy = policyOf(render(page.html, site));
        const scripts = policy.get("script-src") ?? policy.get("default-src") ?? [];
        for (const source of scripts) expect([page.name, source, ALLOWED_SCRIPT_SOURCES.has(source) || source === "'none'"]).toEqual([page.name, source, true]);
        expect(policy.get("object-src") ?? policy.get("default-src")).toEqual(expect.arrayContaining([expect.stringMatching(/^'(none|self)'$/)]));
        expect(policy.get("default-src")?.every((s) => s === "'self'" || s === "'none'")).toBe(true);
      }
    }
  });

  it("every <script> a page loads is one its policy allows, and no page carries inline script", () => {
    for (const site of sites) {
      for (const page of pages()) {
        const html = render(page.html, site);
        const policy = policyOf(html);
        const scripts = policy.get("script-src") ?? policy.get("default-src") ?? [];
        const doc = new DOMParser().parseFromString(html, "text/html");
        for (const script of Array.from(doc.querySelectorAll("script"))) {
          const src = script.getAttribute("src");
          expect([page.name, src !== null]).toEqual([page.name, true]); // no inline script
          expect([page.name, src, allows(scripts, src!)]).toEqual([page.name, src, true]);
        }
        expect(doc.querySelector("[onload], [onerror], [onclick]")).toBeNull();
      }
    }
  });

  it("lets the pane talk to no one but its own site (connect-src)", () => {
    for (const page of pages()) {
      const connect = policyOf(render(page.html, siteOptions({}))).get("connect-src") ?? policyOf(render(page.html, siteOptions({}))).get("default-src")!;
      expect(connect.every((s) => s === "'self'" || s === "'none'")).toBe(true);
    }
  });
});

describe("manifest", () => {
  const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const doc = new DOMParser().parseFromString(xml, "application/xml");

  it("asks for ReadWriteDocument and nothing more", () => {
    const permissions = Array.from(doc.getElementsByTagName("Permissions")).map((p) => p.textContent?.trim());
    expect(permissions).toEqual(["ReadWriteDocument"]);
    expect(doc.getElementsByTagName("ExtendedPermissions")).toHaveLength(0);
    // The pane needs no other site: no AppDomains beyond its own.
    for (const domain of Array.from(doc.getElementsByTagName("AppDomain"))) expect(domain.textContent).toMatch(/^https:\/\/localhost:3000\/?$/);
  });
});

// ---------------------------------------------------------------------------------------------
// Secrets

/** Patterns that only a credential matches (built from parts so this file matches none of them). */
const SECRET_PATTERNS: [string, RegExp][] = [
  ["private key", new RegExp(["-----BEGIN ", "(?:RSA |EC |DSA |OPENSSH |PGP |ENCRYPTED )?", "PRIVATE KEY( BLOCK)?-----"].join(""))],
  ["AWS access key", new RegExp(["\\b(?:AKIA|ASIA)", "[0-9A-Z]{16}\\b"].join(""))],
  ["GitHub token", new RegExp(["\\b(?:gh[pousr]_[A-Za-z0-9]{36,}", "|github_pat_[A-Za-z0-9_]{40,})"].join(""))],
  ["npm token", new RegExp(["\\bnpm_", "[A-Za-z0-9]{36}\\b"].join(""))],
  ["Slack token", new RegExp(["\\bxox[abprs]-", "[A-Za-z0-9-]{10,}"].join(""))],
  ["Google API key", new RegExp(["\\bAIza", "[0-9A-Za-z_-]{35}\\b"].join(""))],
  ["registry auth", new RegExp(["_auth(?:Token)?\\s*=\\s*", "\\S{8,}"].join(""))],
];
const SECRET_FILES = /(^|\/)(\.env(\..*)?|\.npmrc|id_rsa|id_ed25519|.*\.(pem|key|p12|pfx|keystore|jks))$/i;

function trackedFiles(): string[] {
  try {
    return execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
  } catch {
    // Not a git checkout (an unpacked archive): every file outside what installs and builds make.
    const out: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(path.join(ROOT, dir))) {
        const rel = dir ? `${dir}/${entry}` : entry;
        if (/^(node_modules|dist|out|\.git|coverage|\.tmp)$/.test(rel)) continue;
        if (statSync(path.join(ROOT, rel)).isDirectory()) walk(rel);
        else out.push(rel);
      }
    };
    walk("");
    return out;
  }
}

function secretsIn(text: string): string[] {
  return SECRET_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

describe("no secrets in the repository", () => {
  it("the scan finds each kind of secret it looks for", () => {
    const planted = [
      ["-----BEGIN ", "RSA PRIVATE KEY-----"].join(""),
      ["AKIA", "ABCDEFGHIJKLMNOP"].join(""),
      ["ghp_", "a".repeat(36)].join(""),
      ["npm_", "b".repeat(36)].join(""),
      ["xoxb-", "1234567890-abc"].join(""),
      ["AIza", "c".repeat(35)].join(""),
      ["//registry.npmjs.org/:_authToken=", "deadbeefcafe"].join(""),
    ];
    for (const text of planted) expect([text, secretsIn(text).length]).toEqual([text, 1]);
    expect(SECRET_FILES.test("config/.env")).toBe(true);
    expect(SECRET_FILES.test("certs/localhost.key")).toBe(true);
  });

  it("no tracked file is a key, certificate store or env file, and no tracked text holds a credential", () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((f) => SECRET_FILES.test(f))).toEqual([]);
    const found: string[] = [];
    for (const file of files) {
      const full = path.join(ROOT, file);
      if (!existsSync(full) || statSync(full).size > 2_000_000) continue;
      const bytes = readFileSync(full);
      if (bytes.includes(0)) continue; // binary (workbooks, images): zips hold no plain-text keys worth scanning
      for (const name of secretsIn(bytes.toString("utf8"))) found.push(`${file}: ${name}`);
    }
    expect(found).toEqual([]);
  });
});

describe("dependency audit", () => {
  it("CI prints npm audit of the production dependencies and fails on high or critical", () => {
    const ci = readFileSync(path.join(ROOT, ".ci", "run"), "utf8");
    expect(ci).toMatch(/node scripts\/audit\.mjs/);
    expect(ci.indexOf("scripts/audit.mjs")).toBeLessThan(ci.indexOf("npm test"));
    const audit = readFileSync(path.join(ROOT, "scripts", "audit.mjs"), "utf8");
    expect(audit).toContain('"audit", "--omit=dev"');
    expect(audit).toMatch(/high.*critical/s);
  });
});
