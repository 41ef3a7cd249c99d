import type { RuleExamples } from "./example";
import { withCells, type CellSpec, type SheetSpec } from "../samples/sheet-spec";

const X: CellSpec = null;

/** A department form whose 预算数 and 执行数 each have a 其中：财政拨款 column beside their 总额. */
function withFiscalColumns(changes: Record<string, CellSpec> = {}): SheetSpec {
  const spec: SheetSpec = {
    name: "部门整体",
    merges: ["A2:A3", "B2:C2", "D2:E2"],
    rows: [
      /* 1 */ ["部门整体支出绩效自评表", X, X, X, X],
      /* 2 */ ["任务名称", "预算数（元）", X, "执行数（元）", X],
      /* 3 */ [X, "总额", "其中：财政拨款", "总额", "其中：财政拨款"],
      /* 4 */ ["办公运转", 100000, 80000, 90000, 70000],
      /* 5 */ ["业务培训", 50000, 50000, 50000, 50000],
      /* 6 */ ["金额合计", 150000, 130000, 140000, 120000],
    ],
  };
  return withCells(spec, changes);
}

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "「办公运转」预算中的财政拨款 120,000 元，超过了预算总额 100,000 元。",
      "en-US": "「办公运转」 budgets 120,000 of fiscal money within a total budget of 100,000.",
    },
    sheet: withFiscalColumns({ C4: 120000, C6: 170000 }),
    messageId: "column",
  },
  passes: {
    about: { "zh-CN": "每行的财政拨款都不超过总额。", "en-US": "On every row the fiscal part is within its whole." },
    sheet: withFiscalColumns(),
  },
};

export default examples;
