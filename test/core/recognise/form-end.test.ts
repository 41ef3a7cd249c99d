/**
 * What an indicator row is, and where the form ends. The Hunan county form (tools/samples/variants.ts,
 * with its source) keeps template placeholders (指标1, ……, a 二级 line without a 三级 name) inside its
 * indicators and a signature footer, a seal and a page number under them, as units submit it: the
 * placeholders and the footer are not indicators — not in the count, the findings or the summary block.
 */
import { checkGrid, type SheetResult } from "../../../src/core/engine";
import { planWrites } from "../../../src/core/plan";
import { deleteRows, insertRows, toGridData, withCells, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { isFormFooter } from "../../../src/core/recognise/form-end";
import { isIndicatorRow } from "../../../src/core/recognise/indicator-row";
import { projectSpecHunan, toTraditional } from "../../../tools/samples/variants";

function withPlaceholdersAndFooter(): SheetSpec {
  // Rows 20–22: 指标1 with nothing written, a row of ……, and a 二级 line with no 三级 name.
  let spec = insertRows(projectSpecHunan(), 20, 3);
  spec = withCells(spec, { C20: "成本指标", D20: "指标1", D21: "……", E21: "……", C22: "社会成本指标" });
  // The 说明 line (now row 30) replaced by what a unit writes under its form.
  spec = deleteRows(spec, 30);
  return withCells(spec, {
    A31: "填表人：王小明",
    E31: "联系电话：0734-5812345",
    A32: "单位负责人：",
    E32: "填报日期：2021年3月10日",
    A33: "（单位盖章）",
    D34: "第 1 页 共 1 页",
    A35: "注：本表金额单位为万元。",
  });
}

function check(spec: SheetSpec): SheetResult {
  const result = checkGrid(toGridData(spec));
  if (!result.form) throw new Error("not recognised");
  return result;
}

/** A variant of the Hunan form beside the form itself, in 简体 and in 繁体. */
const inBothScripts = (variant: SheetSpec): [string, SheetSpec, SheetSpec][] => [
  ["简体", variant, projectSpecHunan()],
  ["繁体", toTraditional(variant), toTraditional(projectSpecHunan())],
];

const rowsCited = (r: SheetResult): number[] => r.findings.flatMap((f) => f.cells.map((c) => Number(/\d+/.exec(c)![0])));

describe.each(inBothScripts(withPlaceholdersAndFooter()))("placeholders and a footer (%s)", (_name, spec, original) => {
  const result = check(spec);
  const baseline = check(original);

  it("counts the 16 indicators the form has, not the placeholders or the footer", () => {
    expect(result.indicators!.total).toBe(16);
    expect(result.indicators).toEqual(baseline.indicators);
    expect(result.form!.indicators!.rows.map((r) => r.name)).toEqual(baseline.form!.indicators!.rows.map((r) => r.name));
  });

  it("reports nothing on a placeholder or footer row, in either language", () => {
    expect(rowsCited(result).filter((row) => (row >= 20 && row <= 22) || row >= 31)).toEqual([]);
    expect(result.findings.map((f) => f.rule)).toEqual(baseline.findings.map((f) => f.rule));
    for (const f of result.findings) {
      expect(f.message["zh-CN"]).not.toContain("「」");
      expect(f.message["en-US"]).not.toContain("「」");
    }
  });

  it("writes the same indicator count into the summary block", () => {
    const met = (r: SheetResult) => planWrites(r, { summary: true }, toGridData(spec)).plan.summary!.rows.flatMap((row) => row.cells).find((c) => /^\d+\/\d+$/.test(String(c.value)))?.value;
    expect(met(result)).toBe(`${baseline.indicators!.met}/16`);
  });

  it("reads on past an indicator whose explanation begins like a signature", () => {
    const explained = check(withCells(spec, { G28: "负责人：因人员调整，工作延后" }));
    expect(explained.indicators!.total).toBe(16);
  });

  it("ends the indicator table above the footer", () => {
    expect(Math.max(...result.form!.indicators!.rows.map((r) => r.row))).toBe(28);
  });
});

// The other ways a unit signs under its table: the seal naming the unit, 经办人, 制表 and 审核 with a
// date, a responsible person who signs. Each line lies across the indicator columns, as printed forms do.
function withSealedFooter(): SheetSpec {
  // The 说明 line (row 27) replaced by the footer, right under the last indicator.
  return withCells(deleteRows(projectSpecHunan(), 27), {
    D27: "经办人：李四",
    E27: "制表：2021年3月10日",
    F27: "审核：赵六",
    A28: "填报单位（盖章）：衡山县粮食和物资储备中心",
    D29: "单位负责人签字：",
    E29: "单位名称（盖章）",
  });
}

describe.each(inBothScripts(withSealedFooter()))("a seal naming the unit and short signature lines (%s)", (_name, spec, original) => {
  const result = check(spec);
  const baseline = check(original);

  it("ends the form above them: the same indicators and findings, none on a footer row", () => {
    expect(result.form!.indicators!.rows.map((r) => r.name)).toEqual(baseline.form!.indicators!.rows.map((r) => r.name));
    expect(result.findings.map((f) => f.rule)).toEqual(baseline.findings.map((f) => f.rule));
    expect(rowsCited(result).filter((row) => row >= 27)).toEqual([]);
    expect(result.indicators!.total).toBe(baseline.indicators!.total);
  });
});

describe("the words", () => {
  it("takes signatures, seals and page numbers as the end of a form, and indicator names that start alike as indicators", () => {
    for (const text of ["填表人：王小明", "联系电话:0734-5812345", "填报日期", "单位负责人：", "（单位盖章）", "單位負責人：", "第 2 页", "第1页/共2页", "- 3 -", "填表人 张三",
      "填报单位（盖章）：衡山县粮食和物资储备中心", "单位名称（盖章）", "项目单位(盖章):", "经办人：李四", "制表：王五",
      "审核：赵六", "单位负责人签字：", "主管部门负责人：", "項目實施單位負責人簽名：", "編製人：", "複核人：", "分管領導："]) {
      expect([text, isFormFooter(text)]).toEqual([text, true]);
    }
    for (const text of ["联系电话接通率", "负责人培训次数", "盖章文件归档率", "第三方评价满意度", "2", "日期：2021年12月前完成",
      "盖章文件办理及时率", "审核通过率", "经办人员培训人次", "村级负责人培训覆盖率"]) {
      expect([text, isFormFooter(text)]).toEqual([text, false]);
    }
  });

  it("takes 指标1, …… and a blank name as placeholders, never a real name", () => {
    expect(isIndicatorRow({ name: "指标1", target: "≥90%", actual: "95%" })).toBe(false);
    expect(isIndicatorRow({ name: "……", target: "……", actual: null })).toBe(false);
    expect(isIndicatorRow({ name: "", target: "100%", actual: "100%" })).toBe(false);
    expect(isIndicatorRow({ name: "培训人次", target: null, actual: null })).toBe(false);
    expect(isIndicatorRow({ name: "培训人次", target: "—", actual: "/" })).toBe(false);
    expect(isIndicatorRow({ name: "培训人次", target: null, actual: null, weight: 10 })).toBe(true);
    expect(isIndicatorRow({ name: "培训人次", target: "≥200人次", actual: null })).toBe(true);
  });
});
