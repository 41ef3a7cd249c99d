/** Scoring settings: what CheckOptions they make, and how they come back out of a workbook. */
import type { DocumentSettings } from "../../src/excel/document-settings";
import {
  checkOptionsOf,
  DEFAULT_SCORING,
  readScoringSettings,
  SCORING_SETTINGS_KEY,
  scoringSettingsStore,
} from "../../src/taskpane/scoring-settings";

describe("checkOptionsOf", () => {
  it("leaves the profile to the engine's guess on 自动, and the extras off unless switched on", () => {
    expect(checkOptionsOf(DEFAULT_SCORING)).toEqual({});
    expect(checkOptionsOf({ profile: "hubei", explainOverAchievement: false, capByExecutionRate: true })).toEqual({
      profile: "hubei",
      capByExecutionRate: true,
    });
    expect(checkOptionsOf({ profile: "central", explainOverAchievement: true, capByExecutionRate: false })).toEqual({
      profile: "central",
      explainOverAchievement: true,
    });
  });
});

describe("readScoringSettings", () => {
  it("reads back what the pane saved", () => {
    const saved = { profile: "hubei", explainOverAchievement: true, capByExecutionRate: false };
    expect(readScoringSettings(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
  });

  it.each<[string, unknown]>([
    ["nothing saved", null],
    ["undefined", undefined],
    ["a string", "hubei"],
    ["an array", ["hubei"]],
    ["an unknown profile", { profile: "guangxi" }],
    ["switches that are not booleans", { explainOverAchievement: "true", capByExecutionRate: 1 }],
  ])("falls back to the defaults for %s", (_name, value) => {
    expect(readScoringSettings(value)).toEqual(DEFAULT_SCORING);
  });

  it("keeps the fields that are valid", () => {
    expect(readScoringSettings({ profile: "central", capByExecutionRate: true, extra: "x" })).toEqual({
      profile: "central",
      explainOverAchievement: false,
      capByExecutionRate: true,
    });
  });
});

describe("scoringSettingsStore", () => {
  it("in memory: starts from the defaults and keeps what was saved", async () => {
    const store = scoringSettingsStore(null);
    expect(store.load()).toEqual(DEFAULT_SCORING);
    const next = { ...DEFAULT_SCORING, profile: "hubei" as const };
    await store.save(next);
    expect(store.load()).toEqual(next);
    // Another store (another pane) starts afresh.
    expect(scoringSettingsStore(null).load()).toEqual(DEFAULT_SCORING);
  });

  it("in the workbook: under its own key, as plain data", async () => {
    const values = new Map<string, unknown>();
    const document: DocumentSettings = {
      read: (name) => values.get(name),
      write: async (name, value) => {
        values.set(name, value);
      },
    };
    const store = scoringSettingsStore(document);
    expect(store.load()).toEqual(DEFAULT_SCORING);
    await store.save({ profile: "central", explainOverAchievement: true, capByExecutionRate: true });
    expect(values.get(SCORING_SETTINGS_KEY)).toEqual({ profile: "central", explainOverAchievement: true, capByExecutionRate: true });
    expect(store.load()).toEqual({ profile: "central", explainOverAchievement: true, capByExecutionRate: true });
  });
});
