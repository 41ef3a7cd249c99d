/**
 * The two official ways of scoring a 绩效自评表 (docs/forms.md, "Scoring profiles"). They differ only where the 一体化
 * systems differ: how an at-most indicator that overshoots its ceiling loses points, and the bands
 * of the qualitative grades.
 */
import Big from "big.js";
import type { Form, Grade, ProfileId } from "../model";

export type { ProfileId };

export interface ScoringProfile {
  id: ProfileId;
  /**
   * `deviation`: (1 − (actual − target) ÷ target) × 分值 while actual < 2 × target, then 0 (central
   * 一体化). `inverse`: target ÷ actual × 分值 (Hubei: 反向指标 得分 = 权重 × A/B).
   */
  atMost: "deviation" | "inverse";
  /** Share of 分值 a qualitative grade may earn, as fractions [low, high]. */
  bands: Record<Grade, readonly [Big, Big]>;
}

const f = (n: string): Big => new Big(n);

export const PROFILES: Record<ProfileId, ScoringProfile> = {
  central: {
    id: "central",
    atMost: "deviation",
    bands: { met: [f("0.8"), f("1")], partial: [f("0.6"), f("0.8")], unmet: [f("0"), f("0.6")] },
  },
  hubei: {
    id: "hubei",
    atMost: "inverse",
    bands: { met: [f("0.8"), f("1")], partial: [f("0.5"), f("0.8")], unmet: [f("0"), f("0.5")] },
  },
};

/**
 * The profile to score with: the one asked for, else the one the layout suggests (Hubei's template
 * marks itself with 年初目标值(A) and 得分(20分*执行率)), else central. `guessed` says the caller did
 * not choose, so a report can say the profile came from the layout.
 */
export function chooseProfile(form: Form, asked: ProfileId | undefined): { profile: ScoringProfile; guessed: boolean } {
  if (asked) return { profile: PROFILES[asked], guessed: false };
  return { profile: PROFILES[form.scoring?.profileHint ?? "central"], guessed: true };
}
