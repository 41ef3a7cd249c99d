/** Office.context.document.settings behind a small promise-based store, and its absence outside Office. */
import { documentSettings, officeSettingsHost, type SettingsHost } from "../../src/excel/document-settings";

function host(outcome: { status: string; error?: { message: string } }) {
  const values = new Map<string, unknown>();
  const calls: string[] = [];
  const settings: SettingsHost = {
    get: (name) => values.get(name) ?? null,
    set: (name, value) => {
      calls.push(`set ${name}`);
      values.set(name, value);
    },
    saveAsync: (callback) => {
      calls.push("saveAsync");
      setTimeout(() => callback(outcome), 0);
    },
  };
  return { settings, values, calls };
}

describe("documentSettings", () => {
  it("is null outside Office", () => {
    expect(officeSettingsHost()).toBeNull();
    expect(documentSettings()).toBeNull();
  });

  it("sets the value, then saves it with the document", async () => {
    const h = host({ status: "succeeded" });
    const store = documentSettings(h.settings)!;
    expect(store.read("k")).toBeNull();
    await store.write("k", { a: 1 });
    expect(h.calls).toEqual(["set k", "saveAsync"]);
    expect(store.read("k")).toEqual({ a: 1 });
  });

  it("rejects with Office's message when the save fails", async () => {
    const h = host({ status: "failed", error: { message: "Settings could not be saved." } });
    await expect(documentSettings(h.settings)!.write("k", 1)).rejects.toThrow("Settings could not be saved.");
  });

  it("reads Office's settings object when Office is there", () => {
    const h = host({ status: "succeeded" });
    const office = { context: { document: { settings: h.settings } } };
    (globalThis as { Office?: unknown }).Office = office;
    try {
      expect(officeSettingsHost()).toBe(h.settings);
    } finally {
      delete (globalThis as { Office?: unknown }).Office;
    }
  });
});
