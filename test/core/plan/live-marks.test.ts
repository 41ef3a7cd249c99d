import { checkGrid } from "../../../src/core/engine";
import { NOTE_PREFIX } from "../../../src/core/model";
import { formatRules, planWrites } from "../../../src/core/plan";
import { relativeKey } from "../../../src/core/plan/conditions";
import { seedSpec } from "../../../tools/samples/seed-shenzhen-2021";
import { toGridData, withCells } from "../../../tools/samples/sheet-spec";


const seedPlan = (request: Parameters<typeof planWrites>[1] = {}) => {
  const grid = toGridData(seedSpec);
  return planWrites(checkGrid(grid), request, grid).plan;
};

describe("live marks in the plan", () => {
  it("gives each finding a formula can decide its condition, and a note that states the requirement", () => {
    const marks = seedPlan().marks;
    const g25 = marks.find((m) => m.address === "G25")!;
    expect(g25.condition).toBe('AND(G25<>"",NUMBERVALUE(SUBSTITUTE(G25,"人次",""),".",",")<=50)');
    expect(g25.note).toBe(`${NOTE_PREFIX}「邀请代表列席常委会会议人数」实际完成值应 >50人次`);
    // The note no longer quotes the value seen at check time, which a fix would make untrue.
    expect(g25.note).not.toContain("36");
    expect(marks.find((m) => m.address === "G14")!.condition).toMatch(/>20\)$/);
    expect(marks.find((m) => m.address === "G17")!.condition).toMatch(/>=26\)$/);
  });

  it("writes the requirement in English too", () => {
    const g25 = seedPlan({ lang: "en-US" }).marks.find((m) => m.address === "G25")!;
    expect(g25.note).toBe(`${NOTE_PREFIX}「邀请代表列席常委会会议人数」: the actual should be >50人次`);
  });

  it("keeps a mark static when no formula decides one of its findings", () => {
    const grid = toGridData(withCells(seedSpec, { G21: "基本完成" }));
    const { plan } = planWrites(checkGrid(grid), {}, grid);
    const g21 = plan.marks.find((m) => m.address === "G21");
    expect(g21).toBeDefined();
    expect(g21!.condition).toBeUndefined();
  });

  it("writes static marks only when asked to", () => {
    expect(seedPlan({ staticMarks: true }).marks.every((m) => m.condition === undefined)).toBe(true);
  });

  it("adds guards on the checkable cells without a mark only when asked", () => {
    expect(seedPlan().guards).toBeUndefined();
    const plan = seedPlan({ guards: true });
    const guarded = new Set(plan.guards!.map((g) => g.address));
    for (const cell of ["E10", "F10", "G10", "H10", "F5", "H9", "G5", "G15"]) expect(guarded).toContain(cell);
    for (const m of plan.marks) expect(guarded).not.toContain(m.address);
    const g10 = plan.guards!.find((g) => g.address === "G10")!;
    expect(g10).toMatchObject({ severity: "error" });
    expect(g10.condition).toContain("SUMPRODUCT(IFERROR(NUMBERVALUE(G5:G9,\".\",\",\"),0))");
  });

  it("shares one rule per column and condition: the overspending guards of the task and total rows are one rule", () => {
    const plan = seedPlan({ guards: true });
    const rules = formatRules(plan.marks, plan.guards);
    const overspent = rules.filter((r) => r.severity === "warning" && r.cells.some((c) => c.col === 6 && c.row === 4));
    expect(overspent).toHaveLength(1);
    expect(overspent[0].cells.map((c) => c.row)).toEqual([4, 5, 6, 7, 8, 9]);
    // Written for its top-left cell, with the tag that leaves the result alone.
    expect(overspent[0].formula).toMatch(/^=AND\(AND\(G5<>"",E5<>"",ROUND\(IFERROR\(NUMBERVALUE\(G5,.*N\("ziping:warning"\)=0\)$/);
  });
});

describe("the execution-rate cross-check", () => {
  it("is live at an indicator that states the rate, against the rows' 执行数 ÷ 预算数", () => {
    const grid = toGridData(withCells(seedSpec, { G24: "99%" }));
    const { plan } = planWrites(checkGrid(grid), {}, grid);
    const g24 = plan.marks.find((m) => m.address === "G24")!;
    expect(g24.severity).toBe("error");
    expect(g24.note).toBe(`${NOTE_PREFIX}「项目资金使用率」实际完成值应等于资金执行率（执行数 ÷ 预算数）`);
    expect(g24.condition).toContain("SUMPRODUCT(IFERROR(NUMBERVALUE(G5:G9");
    // "99%" is written to whole points: it agrees when within half a point.
    expect(g24.condition).toMatch(/>0\.5\)$/);
  });
});

describe("relativeKey", () => {
  it("names references by their offset from the cell, leaving strings and function names alone", () => {
    expect(relativeKey('AND(G25<>"",NUMBERVALUE(SUBSTITUTE(G25,"G1",""))<=50)', 24, 6)).toBe(
      'AND(R[0]C[0]<>"",NUMBERVALUE(SUBSTITUTE(R[0]C[0],"G1",""))<=50)',
    );
    expect(relativeKey("SUM(E5:E9)>E10+LOG10(2)", 9, 4)).toBe("SUM(R[-5]C[0]:R[-1]C[0])>R[0]C[0]+LOG10(2)");
    expect(relativeKey("G5>E5", 4, 6)).toBe(relativeKey("G6>E6", 5, 6));
  });
});

describe("where no formula reads a value as the engine does, the mark stays static", () => {
  const planFor = (cells: Record<string, string | number>) => {
    const grid = toGridData(withCells(seedSpec, cells));
    return planWrites(checkGrid(grid), { guards: true }, grid).plan;
  };

  it("an actual written with words around the number", () => {
    const g25 = planFor({ G25: "约36人次" }).marks.find((m) => m.address === "G25");
    expect(g25?.condition).toBeUndefined();
  });

  it("a part written 万-scaled: its column's total gets no condition, the other columns keep theirs", () => {
    const plan = planFor({ E5: "3756万" });
    const conditions = [...plan.marks, ...(plan.guards ?? [])].filter((m) => m.row === 9 && m.condition?.includes("SUMPRODUCT"));
    expect(conditions.map((m) => m.address)).not.toContain("E10");
    expect(conditions.map((m) => m.address)).toContain("G10");
  });
});
