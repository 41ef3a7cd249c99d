import {
  CDN_OFFICE_JS,
  DEV_BASE_URL,
  SELF_OFFICE_JS,
  VIANET_OFFICE_JS,
  rewriteManifest,
  siteOptions,
} from "../../config/addin-site";

describe("siteOptions", () => {
  test("defaults: the dev server's URL and office.js from the CDN", () => {
    const site = siteOptions({});
    expect(site.baseUrl).toBe(DEV_BASE_URL);
    expect(site.officeJs).toBe("cdn");
    expect(site.officeJsUrl).toBe(CDN_OFFICE_JS);
    expect(site.csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(site.harness).toBe(false);
  });

  test("OFFICE_JS=self serves office.js from the site and allows scripts from the site only", () => {
    const site = siteOptions({ OFFICE_JS: "self" });
    expect(site.officeJsUrl).toBe(SELF_OFFICE_JS);
    expect(site.csp).toContain("script-src 'self';");
    expect(site.csp).not.toContain("appsforoffice");
  });

  test("OFFICE_JS=21vianet loads office.js from 世纪互联's CDN and lets only that origin (and the site) run scripts", () => {
    const site = siteOptions({ OFFICE_JS: "21vianet" });
    expect(site.officeJsUrl).toBe(VIANET_OFFICE_JS);
    expect(site.officeJsUrl).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
    expect(site.csp).toContain("script-src 'self' https://appsforoffice.cdn.partner.office365.cn;");
    expect(site.csp).not.toContain("appsforoffice.microsoft.com");
  });

  test("no inline or eval'd script is ever allowed; styles allow inline for Griffel", () => {
    for (const env of [{}, { OFFICE_JS: "self" }, { OFFICE_JS: "21vianet" }]) {
      for (const dev of [false, true]) {
        const csp = siteOptions(env, { dev }).csp;
        const script = /script-src ([^;]*)/.exec(csp)?.[1] ?? "";
        expect(script).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
        expect(csp).toContain("style-src 'self' 'unsafe-inline'");
        expect(csp).toContain("object-src 'none'");
      }
    }
  });

  test("ADDIN_BASE_URL must be https and gets a trailing slash", () => {
    expect(siteOptions({ ADDIN_BASE_URL: "https://addins.example.gov.cn/ziping" }).baseUrl).toBe(
      "https://addins.example.gov.cn/ziping/",
    );
    expect(() => siteOptions({ ADDIN_BASE_URL: "http://addins.example.gov.cn/" })).toThrow(/https/);
    expect(() => siteOptions({ ADDIN_BASE_URL: "not a url" })).toThrow(/not a URL/);
    expect(() => siteOptions({ OFFICE_JS: "intranet" })).toThrow(/OFFICE_JS/);
  });

  test("HARNESS=1 asks for the harness page", () => {
    expect(siteOptions({ HARNESS: "1" }).harness).toBe(true);
  });
});

describe("rewriteManifest", () => {
  const xml = `<a><IconUrl DefaultValue="${DEV_BASE_URL}assets/icon-32.png"/><bt:Url id="x" DefaultValue="${DEV_BASE_URL}taskpane.html"/></a>`;

  test("moves every dev URL to the base URL", () => {
    const out = rewriteManifest(xml, "https://addins.example.gov.cn/ziping/");
    expect(out).not.toContain("localhost");
    expect(out).toContain('DefaultValue="https://addins.example.gov.cn/ziping/taskpane.html"');
  });

  test("refuses a manifest with a URL that would not move", () => {
    const stray = xml.replace("</a>", '<SupportUrl DefaultValue="https://elsewhere.example/help"/></a>');
    expect(() => rewriteManifest(stray, "https://addins.example.gov.cn/")).toThrow(/elsewhere\.example/);
  });
});
