/**
 * Reverse indicators — lower is better — so a target written without an operator (`3%`, `90万元`)
 * is a ceiling. The word lists are the whole policy; extend them here.
 */
import type { Target } from "../model";
import { normalise } from "../text";

const REVERSE_WORDS = {
  /** Rates of bad things. */
  rates: [
    "差错率", "错误率", "出错率", "失误率", "投诉率", "事故率", "发生率", "发案率", "结转结余率", "结余率",
    "结转率", "预算调整率", "调整率", "变动率", "超支率", "超标率", "不合格率", "返工率", "返修率", "故障率",
    "损耗率", "损失率", "流失率", "违规率", "违约率", "逾期率", "延误率", "误报率", "漏报率", "空置率",
    "闲置率", "死亡率", "发病率", "退回率", "驳回率", "辍学率", "犯罪率", "失业率", "坏账率", "不良率",
  ],
  /** Counts and shares of bad events (`…安全事件发生数`, `…明显变质比例`). */
  events: [
    "发生数", "发生次数", "发生起数", "事故数", "事故次数", "投诉数", "投诉次数", "投诉量", "差错数",
    "违规数", "违规次数", "变质比例", "变质率", "损耗量", "超支", "超标", "欠款", "滞留",
  ],
  /** Cost words: 成本 indicators spend money, less is better. */
  cost: ["成本"],
} as const;

/**
 * Names that contain a reverse word but measure a good thing: a fall in a bad rate, money saved,
 * or a rate of doing something right (`库存成本核算率`, `支出进度达标率` under 成本指标).
 */
const GOOD_DIRECTION = ["下降", "降低", "减少", "压减", "节约", "节支", "控制率", "核算率", "达标率", "使用率",
  "执行率", "完成率", "到位率", "合格率", "覆盖率", "保障率", "及时率", "支付率", "满意度"];

/**
 * 控制率 of money and staff (财预〔2013〕53号 共性指标: 在职人员控制率 = 在职人员数 ÷ 编制数, 公用经费控制率
 * = 实际支出 ÷ 预算安排, target ≤ 100%): a share of a ceiling, so lower is better — unlike 控制率 of a
 * disease or a pest, which are good rates and stay in GOOD_DIRECTION.
 */
const CEILING_CONTROL = ["人员控制率", "经费控制率", "费用控制率", "支出控制率", "成本控制率", "编制控制率", "人数控制率"];

const MONEY_UNITS = new Set(["元", "千元", "万元", "百万元", "亿元"]);

export function isReverseIndicator(
  names: { level1?: string; level2?: string; name: string },
  target: Target,
): boolean {
  const name = normalise(names.name);
  const levels = [names.level1 ?? "", names.level2 ?? ""].map(normalise);
  if (CEILING_CONTROL.some((w) => name.includes(w))) return true;
  const good = GOOD_DIRECTION.some((w) => name.includes(w));
  if (!good) {
    if (REVERSE_WORDS.rates.some((w) => name.includes(w))) return true;
    if (REVERSE_WORDS.events.some((w) => name.includes(w))) return true;
    if (REVERSE_WORDS.cost.some((w) => name.includes(w) || levels.some((l) => l.includes(w)))) return true;
  }
  // A bare amount (`90万元`) budgeted for something is a ceiling on spending it.
  return target.kind === "quantity" && !target.explicitOp && target.unit !== null && MONEY_UNITS.has(target.unit);
}
