/**
 * Recognition of what scoring needs: 得分系数 and the two target columns of Chongqing's
 * form, headings with points, the 总分 / 合计 / 自评总分 cells, 等级, the budget part's points and
 * the Hubei layout — on every real layout, moved and in 繁体.
 */
import type { Form } from "../../../src/core/model";
import { departmentSpecChongqing } from "../../../tools/samples/chongqing-2021";
import { projectSpecHubeiHuanggang } from "../../../tools/samples/hubei-huanggang-2020";
import { shiftSpec, withCells, type SheetSpec } from "../../../tools/samples/sheet-spec";
import { projectSpecAnhui, projectSpecHubei, projectSpecHunan, projectSpecSichuan, toTraditional } from "../../../tools/samples/variants";
import { digestForm } from "../../support/form-digest";
import { mustRecognise } from "../../support/recognise-spec";

const money = (cell: { value: { kind: string; raw: string } } | undefined): string | undefined =>
  cell && (cell.value.kind === "amount" ? cell.value.raw : cell.value.kind);

/** The parts of digestForm's output these tests read. */
interface Digest {
  bounds: string;
  money: Record<string, unknown> & { total: unknown };
  indicators: { columns: Record<string, string>; rows: Record<string, unknown>[] };
}

/** The scoring facts of a form, with A1 addresses. */
function scoringDigest(form: Form) {
  const s = form.scoring;
  const t = form.indicators;
  return {
    total: s?.total && {
      label: s.total.label,
      at: s.total.labelCell.address,
      score: s.total.score && `${s.total.score.cell.address}=${money(s.total.score)}`,
      weight: s.total.weight && `${s.total.weight.cell.address}=${money(s.total.weight)}`,
    },
    grade: s?.grade && `${s.grade.cell.address}=${s.grade.text}`,
    budget: s?.budget && {
      weight: s.budget.weight && `${s.budget.weight.cell.address}=${money(s.budget.weight)}`,
      score: s.budget.score && `${s.budget.score.cell.address}=${money(s.budget.score)}`,
      points: s.budget.points && `${s.budget.points.cell.address}=${s.budget.points.value}`,
    },
    hint: s?.profileHint,
    sections: t?.sections.map((x) => `${x.cell?.address}:${x.scope}:${x.points ?? ""}`),
  };
}

describe("recognise: Chongqing 部门整体 form (form_4)", () => {
  const form = mustRecognise(departmentSpecChongqing());
  const d = digestForm(form) as unknown as Digest;

  it("is a department form naming the department by its 主管部门", () => {
    expect([form.kind, form.title, form.unitName, d.bounds]).toEqual(["department", "部门整体绩效自评表", "西部（重庆）科学城融媒体中心", "A1:J29"]);
  });

  it("reads the one line of figures under a side heading as the form's total, with 执行率权重 and 执行率得分", () => {
    expect(d.money).toMatchObject({
      unit: "万元",
      header: "4-4",
      labelCol: "A",
      columns: ["B:budgetInitial", "C:budget", "E:spent"],
      rateCol: "F",
      weightCol: "G",
      scoreCol: "I",
      parts: [],
    });
    expect(d.money.total).toEqual({
      label: "部门预算执行情况（万元）",
      labelCell: "A4",
      subset: false,
      amounts: ["B5=1200/2", "C5=1500/2", "E5=1140/2"],
      rate: "F5=76 %",
      weight: "G5=10/0",
      score: "I5=7.6/1",
    });
  });

  it("reads 得分系数, 指标权重, 指标得分, and 年初指标值 where 调整指标值 is blank", () => {
    expect(d.indicators.columns).toEqual({
      name: "A",
      unit: "B",
      nature: "C",
      targetInitial: "D",
      target: "E",
      actual: "F",
      coefficient: "G",
      weight: "H",
      score: "I",
    });
    expect(d.indicators.rows).toHaveLength(21);
    const procurement = form.indicators!.rows[8];
    expect([procurement.name, procurement.targetCell.address, procurement.coefficient?.cell.address, procurement.coefficient?.actual]).toEqual([
      "政府采购执行率",
      "D17",
      "G17",
      expect.objectContaining({ kind: "number", unit: "%" }),
    ]);
    expect(d.indicators.rows[8]).toMatchObject({ target: "ge 100 %", actual: "72.74 %", weight: "H17=2/0", score: "I17=2/0" });
    // 定性指标 in the merged 指标性质 column is no operator; 控制率 of money is a ceiling.
    expect(d.indicators.rows[9]).toMatchObject({ name: "管理制度健全性", target: "q:高", actual: "grade:met" });
    expect(d.indicators.rows[0]).toMatchObject({ name: "财政供养人员控制率", target: "ge 100 %", reverse: true });
  });

  it("prefers 调整指标值 where it is filled", () => {
    const adjusted = mustRecognise(withCells(departmentSpecChongqing(), { E12: "75%" }));
    expect([adjusted.indicators!.rows[3].targetCell.address, adjusted.indicators!.rows[3].target.raw]).toEqual(["E12", "75%"]);
  });

  it("finds 自评总分 among the header fields", () => {
    expect(scoringDigest(form)).toEqual({
      total: { label: "自评总分(分)", at: "G2", score: "I2=97.6", weight: undefined },
      grade: undefined,
      budget: { weight: "G5=10", score: "I5=7.6", points: undefined },
      hint: undefined,
      sections: [],
    });
  });
});

describe("recognise: scoring cells of the project layouts", () => {
  it("Anhui (form_1): group headings with points, 总分 row with its 分值 and 得分, the budget line's 分值/得分", () => {
    expect(scoringDigest(mustRecognise(projectSpecAnhui()))).toEqual({
      total: { label: "总分", at: "A27", score: "H27=90", weight: "G27=100" },
      grade: undefined,
      budget: { weight: "F6=10", score: "H6=0", points: undefined },
      hint: undefined,
      sections: ["B13:group:50", "B20:group:30", "B25:group:10"],
    });
  });

  it("Sichuan (form_2): 预算执行情况(10分) and 绩效指标(90分) as side headings, 合计 with a blank 得分", () => {
    expect(scoringDigest(mustRecognise(projectSpecSichuan()))).toEqual({
      total: { label: "合计", at: "A16", score: "J16=blank", weight: "I16=100" },
      grade: undefined,
      budget: { weight: "G8=10", score: "H8=blank", points: "A7=10" },
      hint: undefined,
      sections: ["A13:block:90"],
    });
  });

  it("Hubei (form_5): points from 得分(20分*执行率) and the block heading, and the layout marks itself as Hubei's", () => {
    expect(scoringDigest(mustRecognise(projectSpecHubei()))).toEqual({
      total: { label: "总分", at: "A12", score: "F12=100", weight: undefined },
      grade: undefined,
      budget: { weight: undefined, score: "F5=20", points: "A4=20" },
      hint: "hubei",
      sections: ["A6:block:80"],
    });
  });

  it("Hubei (form_5's companion): two blocks, the header repeated under the second", () => {
    const form = mustRecognise(projectSpecHubeiHuanggang());
    expect(scoringDigest(form).sections).toEqual(["A6:block:40", "A11:block:40"]);
    expect(form.indicators!.rows.map((r) => `${r.score?.cell.address}=${money(r.score)}`)).toEqual(["F8=10", "F9=10", "F10=19.6", "F13=20", "F14=20"]);
    expect(scoringDigest(form).total).toEqual({ label: "总分", at: "A15", score: "F15=99.6", weight: undefined });
  });

  it("reads points written into the 一级指标 cell itself as a group (产出指标(60分) beside its rows)", () => {
    const spec = withCells(projectSpecSichuan(), { B14: "产出指标(60分)", B15: "效益指标(30分)" });
    const form = mustRecognise(spec);
    expect(scoringDigest(form).sections).toEqual(["A13:block:90", "B14:group:60", "B15:group:30"]);
    expect(form.indicators!.rows.map((r) => r.level1)).toEqual(["产出指标", "效益指标"]);
  });

  it("Hunan (form_7): no scores at all", () => {
    expect(mustRecognise(projectSpecHunan()).scoring).toBeUndefined();
  });

  it("reads a 自评等级 on its own line, with the value beside it or after a colon", () => {
    const beside = mustRecognise(withCells(projectSpecAnhui(), { A28: "自评等级", B28: "优" }));
    expect(scoringDigest(beside).grade).toBe("B28=优");
    const own = mustRecognise(withCells(projectSpecSichuan(), { A18: "自评等级：良" }));
    expect(own.scoring?.grade).toMatchObject({ label: "自评等级", text: "良", cell: { address: "A18" } });
  });
});

describe("recognise: the scored layouts moved and in 繁体", () => {
  const layouts: [string, () => SheetSpec][] = [
    ["Anhui", projectSpecAnhui],
    ["Sichuan", projectSpecSichuan],
    ["Hubei", projectSpecHubei],
    ["Chongqing", departmentSpecChongqing],
    ["Huanggang", projectSpecHubeiHuanggang],
  ];

  it.each(layouts)("%s in 繁体 gives the same scoring cells", (_name, build) => {
    const plain = scoringDigest(mustRecognise(build()));
    const traditional = scoringDigest(mustRecognise(toTraditional(build())));
    expect({ ...traditional, total: { ...traditional.total, label: undefined } }).toEqual({ ...plain, total: { ...plain.total, label: undefined } });
  });

  it.each(layouts)("%s moved to D4 gives the same scoring cells, moved", (_name, build) => {
    const moved = scoringDigest(mustRecognise(shiftSpec(build(), 3, 3)));
    const shift = (s: string | undefined) => s?.replace(/\b([A-Z])(\d+)\b/g, (_w, c: string, r: string) => `${String.fromCharCode(c.charCodeAt(0) + 3)}${Number(r) + 3}`);
    const plain = scoringDigest(mustRecognise(build()));
    expect(moved.total?.score).toBe(shift(plain.total?.score));
    expect(moved.budget?.score).toBe(shift(plain.budget?.score));
    expect(moved.sections).toEqual(plain.sections?.map(shift));
  });
});
