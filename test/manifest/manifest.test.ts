/**
 * @jest-environment jsdom
 */
// The XML manifest can only be validated online (office-addin-manifest calls Microsoft's service), so
// this checks offline what the add-in relies on: structure, one URL base, resources and both languages.
import { existsSync, readFileSync } from "fs";
import path from "path";
import { DEV_BASE_URL, rewriteManifest } from "../../config/addin-site";
import { MINIMUM_EXCEL_API } from "../../src/excel/capabilities";

const ROOT = path.resolve(__dirname, "../..");
const text = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(text, "application/xml");

const all = (name: string) => Array.from(doc.getElementsByTagName(name));
const one = (name: string) => {
  const found = all(name);
  if (found.length === 0) throw new Error(`manifest.xml has no <${name}>`);
  return found[0]!;
};

test("is well-formed XML", () => {
  expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
  expect(doc.documentElement.localName).toBe("OfficeApp");
});

test("keeps the schema's element order under OfficeApp", () => {
  const order = [
    "Id",
    "Version",
    "ProviderName",
    "DefaultLocale",
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
    "AppDomains",
    "Hosts",
    "Requirements",
    "DefaultSettings",
    "Permissions",
    "VersionOverrides",
  ];
  const children = Array.from(doc.documentElement.children).map((e) => e.localName);
  const positions = children.map((name) => order.indexOf(name));
  expect(positions).not.toContain(-1);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
});

test("is an Excel task pane that reads and writes the workbook, zh-CN by default, ExcelApi 1.14 (the minimum the adapter assumes)", () => {
  expect(doc.documentElement.getAttribute("xsi:type")).toBe("TaskPaneApp");
  expect(one("Host").getAttribute("Name")).toBe("Workbook");
  expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  expect(one("DefaultLocale").textContent).toBe("zh-CN");
  const excel = all("Set").find((s) => s.getAttribute("Name") === "ExcelApi");
  expect(excel?.getAttribute("MinVersion")).toBe(MINIMUM_EXCEL_API);
  expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
});

test("puts a 自评表校验 group on the Home tab: open the pane, and check without opening it", () => {
  const tab = one("OfficeTab");
  expect(tab.getAttribute("id")).toBe("TabHome");
  const controls = Array.from(tab.getElementsByTagName("Control"));
  const actions = controls.map((c) => c.getElementsByTagName("Action")[0]?.getAttribute("xsi:type"));
  expect(actions).toEqual(["ShowTaskpane", "ExecuteFunction"]);
  const functionName = one("FunctionName").textContent;
  expect(functionName).toBe("checkActiveSheet");
  // The function file registers exactly that name.
  const registration = readFileSync(path.join(ROOT, "src/commands/index.ts"), "utf8");
  expect(registration).toContain(`Office.actions.associate("${functionName}"`);
  const label = all("bt:String").find((s) => s.getAttribute("id") === "Group.Label");
  expect(label?.getAttribute("DefaultValue")).toBe("自评表校验");
});

test("every URL starts at the one base and survives the rewrite", () => {
  const urls = [...text.matchAll(/(?:DefaultValue|Value)="(https?:[^"]*)"/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) expect(url.startsWith(DEV_BASE_URL)).toBe(true);
  const built = rewriteManifest(text, "https://addins.example.gov.cn/ziping/");
  expect(built).not.toContain("localhost");
});

test("every resid points at a resource, and every icon exists in assets/", () => {
  const ids = new Set(
    ["bt:Image", "bt:Url", "bt:String"].flatMap((tag) =>
      all(tag)
        .map((e) => e.getAttribute("id"))
        .filter((id): id is string => id !== null),
    ),
  );
  const resids = Array.from(doc.querySelectorAll("[resid]")).map((e) => e.getAttribute("resid"));
  expect(resids.length).toBeGreaterThan(10);
  for (const resid of resids) expect(ids).toContain(resid);
  for (const image of all("bt:Image").filter((e) => e.getAttribute("id"))) {
    const url = image.getAttribute("DefaultValue")!;
    expect(existsSync(path.join(ROOT, url.slice(DEV_BASE_URL.length)))).toBe(true);
  }
  for (const tag of ["IconUrl", "HighResolutionIconUrl"]) {
    expect(existsSync(path.join(ROOT, one(tag).getAttribute("DefaultValue")!.slice(DEV_BASE_URL.length)))).toBe(true);
  }
});

test("every user-facing string has an en-US override within the schema's length limits", () => {
  for (const tag of ["DisplayName", "Description"]) {
    expect(one(tag).getElementsByTagName("Override")[0]?.getAttribute("Locale")).toBe("en-US");
  }
  const limits: Record<string, number> = { "bt:ShortStrings": 125, "bt:LongStrings": 250 };
  for (const [group, limit] of Object.entries(limits)) {
    for (const s of Array.from(one(group).getElementsByTagName("bt:String"))) {
      const override = s.getElementsByTagName("bt:Override")[0];
      expect(override?.getAttribute("Locale")).toBe("en-US");
      expect(s.getAttribute("DefaultValue")!.length).toBeLessThanOrEqual(limit);
      expect(override!.getAttribute("Value")!.length).toBeLessThanOrEqual(limit);
    }
  }
});

// Office shows a string's override only for the exact locale of its UI; any other falls back to
// DefaultLocale (zh-CN) — "Localization for Office Add-ins", learn.microsoft.com/office/dev/add-ins/develop/localization.
// The pane and notes turn English for every en-* (src/excel/language.ts), so the ribbon and the add-in's
// name must too, or an en-GB Office shows Chinese buttons beside an English pane.
test("gives every English string to each English locale Office may report, not only en-US", () => {
  const english = ["en-US", "en-GB", "en-AU", "en-CA", "en-IE", "en-IN", "en-NZ", "en-SG", "en-ZA"];
  const owners = [...all("Override"), ...all("bt:Override")].map((o) => o.parentElement!);
  const unique = [...new Set(owners)];
  expect(unique.length).toBeGreaterThanOrEqual(9);
  for (const owner of unique) {
    const overrides = Array.from(owner.children).filter((c) => c.localName === "Override");
    const byLocale = new Map(overrides.map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")]));
    for (const locale of english) expect([locale, byLocale.get(locale)]).toEqual([locale, byLocale.get("en-US")]);
  }
});
