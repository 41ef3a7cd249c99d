/**
 * Indicators that are the execution rate under another name (预算执行率, 项目资金使用率, 支出进度…):
 * 执行数 ÷ 预算数, measured against 100%. Forms often leave their target blank or write `—`, since the
 * target goes without saying; such an indicator is still a rate, read and scored as one.
 */
import Big from "big.js";
import type { Target } from "../model";
import { normalise } from "../text";

/**
 * Indicator names that mean 执行数 ÷ 预算数, matched as a part of the normalised 三级指标 name. Plain
 * 执行率 is not here: 政府采购执行率 and 收购价格执行率 are other rates.
 */
const EXECUTION_RATE_WORDS: readonly string[] = [
  "预算执行率",
  "资金执行率",
  "资金使用率", // also 项目资金使用率
  "资金支出率",
  "预算完成率", // Chongqing's 部门整体 form: the 执行率 under its indicator name
  "支出进度", // 支出进度达标率 / 支出进度完成率: the spending schedule is measured as 执行数 ÷ 预算数
];

export function isExecutionRateIndicator(name: string): boolean {
  const n = normalise(name);
  return EXECUTION_RATE_WORDS.some((word) => n.includes(word));
}

/** The target an execution rate has when the form leaves it unwritten: at least 100%. */
export function impliedRateTarget(): Target {
  return { kind: "quantity", op: "ge", explicitOp: false, value: new Big(100), unit: "%", decimals: 0, raw: "100%" };
}
