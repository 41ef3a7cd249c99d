/**
 * One language rule: the pane's choice, saved in the workbook's settings, wins for the notes and the
 * ribbon's runtime; without it, Office's display language (en-* English, everything else Chinese).
 */
import { createCheckActiveSheet } from "../../src/commands/commands";
import { workbookCheckOptions } from "../../src/commands/workbook-options";
import { createExcelPort } from "../../src/excel";
import { documentSettings } from "../../src/excel/document-settings";
import { languageOf } from "../../src/excel/language";
import { languageStore } from "../../src/taskpane/language-store";
import { FakeExcel } from "../support/fake-excel";
import { seedWorkbook } from "../support/seed-workbook";

const portOn = (fake: FakeExcel, display: string) => {
  const settings = documentSettings(fake.runtimeSettings());
  const port = createExcelPort(fake.run, { supports: fake.supports, libraryHas: fake.libraryHas, displayLanguage: () => languageOf(display), settings });
  return { port, settings };
};

describe("the language ziping speaks", () => {
  it("without a choice: en-* is English, zh-* and every other display language Chinese", () => {
    expect(["en-US", "en-GB", "en"].map(languageOf)).toEqual(["en-US", "en-US", "en-US"]);
    expect(["zh-CN", "zh-TW", "zh-HK", "zh-SG", "ja-JP", "fr-FR", undefined].map(languageOf)).toEqual(Array(7).fill("zh-CN"));
  });

  it("the notes follow the pane's choice, not Office's display language", async () => {
    const { fake, sheet } = seedWorkbook();
    const pane = portOn(fake, "zh-CN");
    await languageStore(pane.settings)!.save("en-US");
    expect(pane.port.displayLanguage()).toBe("en-US");
    await pane.port.checkActiveSheet();
    const notes = fake.annotations(sheet);
    expect(notes.length).toBeGreaterThan(0);
    // English notes (the form's own words, such as a target of 10项-20项, are quoted as they stand).
    for (const n of notes) {
      expect(n.content).toMatch(/\b(the|should|points|actual)\b/);
      expect(n.content).not.toContain("实际完成值");
    }
  });

  it("the ribbon's runtime reads the choice from the workbook on each click", async () => {
    const { fake } = seedWorkbook();
    const ribbon = portOn(fake, "en-US");
    const pane = portOn(fake, "en-US");
    await languageStore(pane.settings)!.save("zh-CN");
    const shown: string[] = [];
    const command = createCheckActiveSheet({
      port: ribbon.port,
      checkOptions: workbookCheckOptions(ribbon.settings),
      notify: async (_text, lang) => void shown.push(lang),
    });
    await command({ completed: () => undefined });
    expect(shown).toEqual(["zh-CN"]);
  });
});
