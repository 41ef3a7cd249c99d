/**
 * The pane's scoring settings: which profile to score with — or none, so the engine guesses
 * from the layout — and the two regional extras, off by default. They belong to the workbook, since a
 * Hubei office keeps sending Hubei forms: saved in the document's add-in settings when Office offers
 * them, kept in memory otherwise (tests, the browser harness). The pane only turns them into the
 * CheckOptions every port call gets; the engine does the scoring.
 */
import type { CheckOptions } from "../core/rules/rule";
import type { DocumentSettings } from "../excel/document-settings";

export type ProfileChoice = "auto" | "central" | "hubei";
export const PROFILE_CHOICES: readonly ProfileChoice[] = ["auto", "central", "hubei"];

export interface ScoringSettings {
  profile: ProfileChoice;
  /** Guangxi: an actual at 130% of its target or more must be explained. */
  explainOverAchievement: boolean;
  /** 总分 capped by the 执行率 bands. */
  capByExecutionRate: boolean;
}

export const DEFAULT_SCORING: ScoringSettings = { profile: "auto", explainOverAchievement: false, capByExecutionRate: false };

/** The key in the document's settings; the value is a plain JSON object. */
export const SCORING_SETTINGS_KEY = "ziping.scoring";

export function checkOptionsOf(settings: ScoringSettings): CheckOptions {
  const options: CheckOptions = {};
  if (settings.profile !== "auto") options.profile = settings.profile;
  if (settings.explainOverAchievement) options.explainOverAchievement = true;
  if (settings.capByExecutionRate) options.capByExecutionRate = true;
  return options;
}

/** Settings as a workbook stores them: anyone could have written that value, so each field is checked. */
export function readScoringSettings(value: unknown): ScoringSettings {
  if (typeof value !== "object" || value === null) return DEFAULT_SCORING;
  const v = value as Record<string, unknown>;
  const profile = PROFILE_CHOICES.find((p) => p === v.profile) ?? DEFAULT_SCORING.profile;
  return {
    profile,
    explainOverAchievement: v.explainOverAchievement === true,
    capByExecutionRate: v.capByExecutionRate === true,
  };
}

export interface ScoringSettingsStore {
  load(): ScoringSettings;
  save(settings: ScoringSettings): Promise<void>;
}

/** In the workbook when `document` is given, else in memory for the pane's lifetime. */
export function scoringSettingsStore(document: DocumentSettings | null): ScoringSettingsStore {
  if (!document) {
    let kept = DEFAULT_SCORING;
    return {
      load: () => kept,
      save: async (settings) => {
        kept = settings;
      },
    };
  }
  return {
    load: () => readScoringSettings(document.read(SCORING_SETTINGS_KEY)),
    save: (settings) => document.write(SCORING_SETTINGS_KEY, { ...settings }),
  };
}
