/**
 * The small forms the rule examples start from, written the way a finance officer sees them: a
 * department form with two tasks and two indicators, a scored project form, and Hubei's one-total
 * department form. Each is clean — the engine finds nothing on it — so an example changes a cell or
 * two and the finding it shows comes from those cells alone (test/docs/rule-examples.test.ts).
 */
import { withCells, type CellSpec, type SheetSpec } from "../samples/sheet-spec";

const X: CellSpec = null;

/** Cells to change, by address (`C4: 60000`); null empties a cell. */
export type Changes = Record<string, CellSpec>;

/** 部门整体: tasks in rows 3–4, 金额合计 in row 5, indicators from row 7. */
export function departmentForm(changes: Changes = {}): SheetSpec {
  const spec: SheetSpec = {
    name: "部门整体",
    merges: [],
    rows: [
      /* 1 */ ["部门整体支出绩效自评表", X, X, X, X, X],
      /* 2 */ ["任务名称", "预算数（元）", "执行数（元）", X, X, X],
      /* 3 */ ["办公运转", 100000, 90000, X, X, X],
      /* 4 */ ["业务培训", 50000, 50000, X, X, X],
      /* 5 */ ["金额合计", 150000, 140000, X, X, X],
      /* 6 */ ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "偏差原因分析及改进措施"],
      /* 7 */ ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", X],
      /* 8 */ ["效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", X],
    ],
  };
  return withCells(spec, changes);
}

/** 项目支出 with scores: 年度资金总额 in row 3 over its 其中 line, indicators from row 6, 总分 in row 8. */
export function projectForm(changes: Changes = {}): SheetSpec {
  const spec: SheetSpec = {
    name: "项目支出",
    merges: [],
    rows: [
      /* 1 */ ["项目支出绩效自评表", X, X, X, X, X, X, X],
      /* 2 */ ["项目资金（万元）", X, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      /* 3 */ [X, "年度资金总额", 100, 100, 90, 10, "90%", 9],
      /* 4 */ [X, "其中：财政拨款", 100, 100, 90, X, X, X],
      /* 5 */ [
        "一级指标",
        "二级指标",
        "三级指标",
        "年度指标值",
        "实际完成值",
        "分值",
        "得分",
        "偏差原因分析及改进措施",
      ],
      /* 6 */ ["产出指标", "数量指标", "培训人次", "≥100人次", "120人次", 50, 50, X],
      /* 7 */ ["效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", 40, 40, X],
      /* 8 */ ["总分", X, X, X, X, 100, 99, X],
    ],
  };
  return withCells(spec, changes);
}

/**
 * Hubei's 部门整体 form with one total row (docs/one-total-forms.md): 预算数(A) and 执行数(B) each in
 * their own cell, and a 基本支出总额 / 项目支出总额 line that restates the total.
 */
export function oneTotalForm(changes: Changes = {}, merges: string[] = []): SheetSpec {
  const spec: SheetSpec = {
    name: "部门整体",
    merges,
    rows: [
      /* 1 */ ["2021年度部门整体支出绩效自评表", X, X, X, X],
      /* 2 */ ["基本支出总额：900.47", X, "项目支出总额：1129.65", X, X],
      /* 3 */ ["预算执行情况（万元）（20分）", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
      /* 4 */ ["部门整体支出总额", 2030.12, 2030.12, "100%", 20],
      /* 5 */ ["年度目标1:(80分)", X, X, X, X],
      /* 6 */ ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)"],
      /* 7 */ ["产出指标", "数量指标", "救助对象覆盖人数", "≥1200人", "1260人"],
      /* 8 */ ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "96%"],
    ],
  };
  return withCells(spec, changes);
}
