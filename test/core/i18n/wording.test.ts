/**
 * The wording a finance officer reads in score findings: whole sentences that say what the rules
 * give (该指标已达成，应得满分 8 分 / the indicator is met, so it earns the full 8 points), 表中填写
 * never clipped to 表中填, and no rule message that leaves the score's unit or verb out.
 */
import { rules } from "../../../src/core/rules";

const templates = rules.flatMap((r) =>
  Object.entries(r.meta.messages as Record<string, Record<"zh-CN" | "en-US", string>>).map(([id, m]) => ({ rule: r.meta.id, id, ...m })),
);

describe("rule messages", () => {
  it("zh: say 表中填写 and 按评分规则, never 表中填 or 按规则为", () => {
    const clipped = templates.filter((t) => /表中填(?!写)|按规则为/.test(t["zh-CN"])).map((t) => `${t.rule}/${t.id}: ${t["zh-CN"]}`);
    expect(clipped).toEqual([]);
  });

  it("en: never put a score after 'scores' or 'it is' without saying what it is", () => {
    const terse = templates.filter((t) => / scores \{|by the rules it is|so the full/.test(t["en-US"])).map((t) => `${t.rule}/${t.id}: ${t["en-US"]}`);
    expect(terse).toEqual([]);
  });
});
