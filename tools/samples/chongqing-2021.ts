/**
 * 部门整体绩效自评表 on the Chongqing template (form_4: 西部（重庆）科学城融媒体中心, 2021), columns
 * A–J: 自评总分 in the header fields, one line of 部门预算执行情况 under 年初预算数 | 全年(调整)预算数 |
 * 全年执行数 | 执行率(%) | 执行率权重 | 执行率得分(分), and indicators 指标名称 | 计量单位 | 指标性质 |
 * 年初指标值 | 调整指标值 | 全年完成值 | 得分系数(%) | 指标权重(分) | 指标得分(分) | 是否核心指标.
 *
 * What the published text does not give, and how it is filled in here:
 * - the amounts were elided: 1,200 / 1,500 / 1,140 万元 give its stated 执行率 76% and score 7.6;
 * - garbled indicator values are read as the form's full scores imply: 党性教育培训次数 `26次 12次` as
 *   12次 → 26次, 组织宣传活动次数 `到0次` as 40次, 制作宣传品数量 `第O份` as 20份;
 * - the list is cut after `公共服务 …`: two satisfaction indicators worth 10 each complete the 90
 *   points that 自评总分 97.6 − 7.6 implies.
 * The real defect is kept: 政府采购执行率 100% → 72.74% with 得分系数 100% and the full 2 points.
 * Addresses: 自评总分 I2, budget line row 5 (score I5), indicators rows 9–29 (score I), 政府采购执行率 row 17.
 */
import type { CellSpec, SheetSpec } from "./sheet-spec";

const X: CellSpec = null;
const amount = (value: number): CellSpec => ({ value, format: "#,##0.00" });

type IndicatorLine = [
  name: string,
  unit: string | null,
  nature: string | null,
  initial: string | null,
  adjusted: string | null,
  actual: string | null,
  coefficient: string,
  weight: number,
  score: number,
  core: "是" | "否",
];

export const CHONGQING_INDICATORS: IndicatorLine[] = [
  ["财政供养人员控制率", "%", "定量指标", "100%", X, "92%", "100%", 2, 2, "否"],
  ["“三公”经费变动率", "%", X, X, X, X, "100%", 2, 2, "否"],
  ["基础信息完善", "%", X, "100%", X, "100%", "100%", 1, 1, "否"],
  ["预算完成率", "%", X, "70%", X, "76%", "100%", 2, 2, "是"],
  ["预算调整率", "%", X, "3%", X, "0", "100%", 2, 2, "否"],
  ["结转结余率", "%", X, "2%", X, "0", "100%", 2, 2, "是"],
  ["公用经费控制率", "%", X, "100%", X, "97%", "100%", 2, 2, "是"],
  ["“三公”经费控制率", "%", X, X, X, X, "100%", 2, 2, "否"],
  ["政府采购执行率", "%", X, "100%", X, "72.74%", "100%", 2, 2, "是"],
  ["管理制度健全性", X, "定性指标", "高", X, "高", "100%", 3, 3, "否"],
  ["资金使用合规性", X, X, "好", X, "好", "100%", 5, 5, "否"],
  ["预决算信息公开性", X, X, "高", X, "高", "100%", 1, 1, "否"],
  ["资产管理安全", X, X, "好", X, "好", "100%", 2, 2, "否"],
  ["固定资产利用率", "%", "定量指标", "90%", X, "100%", "100%", 2, 2, "否"],
  ["党性教育培训次数", "次", X, "12次", X, "26次", "100%", 5, 5, "是"],
  ["组织宣传活动次数", "次", X, "40次", X, "43次", "100%", 10, 10, "是"],
  ["制作宣传品数量", "份", X, "20份", X, "20份", "100%", 5, 5, "否"],
  ["播发稿件数量", "篇", X, "2200篇", X, "2859篇", "100%", 10, 10, "是"],
  ["业务保障能力提升", "%", X, "90%", X, "95%", "100%", 10, 10, "否"],
  ["公共服务满意度", "%", X, "90%", X, "95%", "100%", 10, 10, "否"],
  ["服务对象满意度", "%", X, "90%", X, "96%", "100%", 10, 10, "否"],
];

/** First indicator row (Excel numbering). */
export const CHONGQING_FIRST_INDICATOR_ROW = 9;

export function departmentSpecChongqing(): SheetSpec {
  const indicatorRows = CHONGQING_INDICATORS.map((line): CellSpec[] => [...line]);
  const last = CHONGQING_FIRST_INDICATOR_ROW + indicatorRows.length - 1;
  return {
    name: "部门整体绩效自评表",
    rows: [
      /* 1 */ ["部门整体绩效自评表", X, X, X, X, X, X, X, X, X],
      /* 2 */ ["主管部门", "西部（重庆）科学城融媒体中心", X, X, "财政处室", X, "自评总分(分)", X, 97.6, X],
      /* 3 */ ["部门联系人", "曾雪莲", X, X, "联系电话", X, X, X, X, X],
      /* 4 */ ["部门预算执行情况（万元）", "年初预算数", "全年(调整)预算数", X, "全年执行数", "执行率(%)", "执行率权重", X, "执行率得分(分)", X],
      /* 5 */ [X, amount(1200), amount(1500), X, amount(1140), { value: 0.76, format: "0%" }, 10, X, 7.6, X],
      /* 6 */ ["当年绩效目标", "年初绩效目标", X, X, "全年(调整)绩效目标", X, X, "全年目标实际完成情况", X, X],
      /* 7 */ [
        X,
        "无",
        X,
        X,
        "通过整合各级各类媒体、户外广告载体、宣传宣讲活动等，为建设成渝地区双城经济圈和西部（重庆）科学城营造良好氛围。保障融媒体中心正常人事基础、日常运转，有效承担西部（重庆）科学城新闻宣传管理、思想文化领域建设等工作。",
        X,
        X,
        "中心2021年较好地完成了履职任务，有效开展了西部（重庆）科学城新闻宣传管理、思想文化领域建设等工作，为建设成渝地区双城经济圈和西部（重庆）科学城营造了良好氛围。",
        X,
        X,
      ],
      /* 8 */ ["指标名称", "计量单位", "指标性质", "年初指标值", "调整指标值", "全年完成值", "得分系数(%)", "指标权重(分)", "指标得分(分)", "是否核心指标"],
      /* 9–29 */ ...indicatorRows,
    ],
    merges: [
      "A1:J1",
      "B2:D2",
      "G2:H2",
      "I2:J2",
      "B3:D3",
      "F3:J3",
      "A4:A5",
      "C4:D4",
      "G4:H4",
      "I4:J4",
      "C5:D5",
      "G5:H5",
      "I5:J5",
      "A6:A7",
      "B6:D6",
      "E6:G6",
      "H6:J6",
      "B7:D7",
      "E7:G7",
      "H7:J7",
      `C9:C${CHONGQING_FIRST_INDICATOR_ROW + 8}`,
      `C${CHONGQING_FIRST_INDICATOR_ROW + 9}:C${CHONGQING_FIRST_INDICATOR_ROW + 12}`,
      `C${CHONGQING_FIRST_INDICATOR_ROW + 13}:C${last}`,
    ],
    columnWidths: [22, 10, 12, 12, 12, 12, 12, 12, 12, 12],
  };
}

/** The name the other project-form builders would give it (the layout is a 部门整体 form). */
export const projectSpecChongqing = departmentSpecChongqing;
