/**
 * Variants of a form for tests, samples and the harness: pure functions SheetSpec → SheetSpec, plus
 * builders for the project-form layouts seen in published forms. The
 * short names form_1 … form_7 used here and in tests stand for these published copies:
 *   form_1  池州市贵池区棠溪镇 2022 (Anhui)    http://www.anthempetcare.com/upload_cz/download?id=502364&siteId=2
 *   form_2  青神县发展和改革局 2023 (Sichuan)   https://www.scqs.gov.cn/info/13206/211004.htm
 *   form_4  西部（重庆）科学城融媒体中心 2021 (Chongqing)  https://m.yzwku.com/doc/98587.html
 *   form_5  长江禁捕 / 黄冈市水土保持 2020 (Hubei)  https://1wenmi.com/doc/330418.html
 *   form_7  衡山县 县级储备粮 2020 (Hunan)      https://taowenge.com/p-72820237.html
 * Amount arithmetic goes through big.js so a variant never carries float noise into its cells.
 */
import Big from "big.js";
import {
  cellValue,
  deleteRows,
  findCell,
  insertRows,
  isCellObject,
  mapCells,
  replaceText,
  withCells,
  type CellSpec,
  type SheetSpec,
} from "./sheet-spec";
import { columnName, parseA1 } from "../../src/core/grid";

/** Text amounts as forms print them: `37,560,000.00`, `-1,000.00`. Indicator values never look like this. */
const TEXT_AMOUNT = /^-?\d{1,3}(,\d{3})*\.\d{2}$/;

function isTextAmount(cell: CellSpec): cell is string {
  return typeof cell === "string" && TEXT_AMOUNT.test(cell.trim());
}

function amountBig(text: string): Big {
  return new Big(text.replace(/,/g, ""));
}

/** `14696.3014` → `14,696.3014`. */
export function groupThousands(fixed: string): string {
  const [int, frac] = fixed.split(".");
  const sign = int.startsWith("-") ? "-" : "";
  const digits = sign ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ""}`;
}

/** Text amounts become numbers shown with `#,##0.00`, as a template with numeric cells has them. */
export function numericAmounts(spec: SheetSpec, format = "#,##0.00"): SheetSpec {
  return mapCells(spec, (cell) => (isTextAmount(cell) ? { value: Number(amountBig(cell).toFixed(2)), format } : cell));
}

export interface WanYuanOptions {
  /** Numbers with `#,##0.0000` instead of text (default false). */
  numeric?: boolean;
  /** Where the unit is written: in the headers (`预算数（万元）`, default) or a `单位：万元` note above the table. */
  unitIn?: "header" | "note";
}

/**
 * The same form in 万元: every amount ÷ 10000 rounded to 4 decimals (the seed's sums still agree at
 * that precision), headers `预算数（万元）`/`执行数（万元）`, or bare headers plus a `单位：万元` note.
 */
export function wanYuan(spec: SheetSpec, options: WanYuanOptions = {}): SheetSpec {
  let out = mapCells(spec, (cell) => {
    if (!isTextAmount(cell)) return cell;
    const fixed = amountBig(cell).div(10000).toFixed(4);
    return options.numeric ? { value: Number(fixed), format: "#,##0.0000" } : groupThousands(fixed);
  });
  if (options.unitIn === "note") {
    out = replaceText(out, /[（(]元[）)]/, "");
    const header = findCell(out, "预算数");
    if (!header) throw new Error("wanYuan: no 预算数 header to put the unit note above");
    const { row } = parseA1(header);
    out = insertRows(out, row + 1);
    const lastCol = out.rows.reduce((w, r) => Math.max(w, r.length), 0) - 1 + parseA1(out.origin ?? "A1").col;
    out = withCells(out, { [`${columnName(lastCol)}${row + 1}`]: "单位：万元" });
  } else {
    out = replaceText(out, /[（(]元[）)]/, "（万元）");
  }
  return out;
}

/** The department form without its 金额合计 row (rows below move up). */
export function withoutTotalsRow(spec: SheetSpec): SheetSpec {
  const address = findCell(spec, "金额合计") ?? findCell(spec, "合计");
  if (!address) throw new Error("withoutTotalsRow: the form has no 金额合计 row");
  return deleteRows(spec, parseA1(address).row + 1);
}

/**
 * Indicator values as a template with numeric cells holds them: `95.51%` becomes 0.9551 shown with
 * `0.00%`, a bare count (`1210`) becomes a number. Only the given column's cells change.
 */
export function numericActuals(spec: SheetSpec, column: string, fromRow: number, toRow: number): SheetSpec {
  const col = parseA1(`${column}1`).col;
  return mapCells(spec, (cell, _address, row, c) => {
    if (c !== col || row < fromRow - 1 || row > toRow - 1) return cell;
    const v = cellValue(cell);
    if (typeof v !== "string") return cell;
    const pct = /^(\d+(?:\.\d+)?)%$/.exec(v.trim());
    if (pct) {
      const decimals = pct[1].split(".")[1]?.length ?? 0;
      return { value: Number(new Big(pct[1]).div(100).toString()), format: decimals ? `0.${"0".repeat(decimals)}%` : "0%" };
    }
    if (/^\d+(\.\d+)?$/.test(v.trim())) return Number(v.trim());
    return cell;
  });
}

// 简 → 繁 for the vocabulary of form headers (a subset of what text.ts folds back).
const SIMPLIFIED = "预执数额财拨绩标实际级资总计权进评价项单门称务内况结转费质时满经济会态环续响调后达设产体与报应区县办书议较优无条场个万们为规则说适";
const TRADITIONAL = "預執數額財撥績標實際級資總計權進評價項單門稱務內況結轉費質時滿經濟會態環續響調後達設產體與報應區縣辦書議較優無條場個萬們為規則說適";

/** Every text cell written in 繁体 (as forms from Hong Kong/Taiwan-configured WPS arrive). */
export function toTraditional(spec: SheetSpec): SheetSpec {
  const map = new Map<string, string>(Array.from(SIMPLIFIED, (ch, i) => [ch, TRADITIONAL[i]] as [string, string]));
  const convert = (s: string): string => Array.from(s, (ch) => map.get(ch) ?? ch).join("");
  return mapCells(spec, (cell) => {
    const v = cellValue(cell);
    if (typeof v !== "string") return cell;
    return isCellObject(cell) ? { ...cell, value: convert(v) } : convert(v);
  });
}

// ---------------------------------------------------------------------------------------------
// Project forms

const pct = (value: number, format = "0.00%"): CellSpec => ({ value, format });

/**
 * 项目支出绩效自评表 on the central/Anhui template (form_1: 池州市贵池区棠溪镇 委托业务项目, 2022),
 * columns A–J. The real form's inconsistency is kept: 年度资金总额 is 0 while its 其中 line holds 90.
 * Fund lines rows 6–9 (年度资金总额 row 6), indicators header row 12, section headings rows 13/20/25,
 * 总分 row 27.
 */
export function projectSpecAnhui(): SheetSpec {
  const X: CellSpec = null;
  return {
    name: "项目自评表",
    rows: [
      /* 1 */ ["项目支出绩效自评表", X, X, X, X, X, X, X, X, X],
      /* 2 */ ["（2022年度）", X, X, X, X, X, X, X, X, X],
      /* 3 */ ["项目名称", "委托业务项目", X, X, X, X, X, X, X, X],
      /* 4 */ ["主管部门", "219-池州市贵池区棠溪镇人民政府", X, X, X, "实施单位", X, "219001-池州市贵池区棠溪镇人民政府", X, X],
      /* 5 */ ["项目资金（万元）", X, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分", X, X],
      /* 6 */ [X, "年度资金总额", 0, 0, 0, 10, pct(0), 0, X, X],
      /* 7 */ [X, "其中：本年财政拨款", 90, 89.974, 89.974, "—", X, "—", X, X],
      /* 8 */ [X, "上年结转资金", X, X, X, "—", X, "—", X, X],
      /* 9 */ [X, "其他资金", X, X, X, "—", X, "—", X, X],
      /* 10 */ ["年度总体目标", "预期目标", X, X, X, "实际完成情况", X, X, X, X],
      /* 11 */ [
        X,
        "本项目共申请预算资金90万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；30万元用于基建工程项目设计、规划、测绘。",
        X, X, X,
        "本项目共完成预算资金89.97万元。其中：30万元用于基建工程项目预算编制；30万元用于基建工程项目审计；29.99万元用于基建工程项目设计、规划、测绘。",
        X, X, X, X,
      ],
      /* 12 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", X],
      /* 13 */ [X, "产出指标(50分)", X, X, X, X, X, X, X, X],
      /* 14 */ [X, X, "数量指标", "基建工程委托业务项目数量", "≥50个", "50", 8, 8, X, X],
      /* 15 */ [X, X, "质量指标", "委托业务报告合格率", "≥100百分比", "100", 8, 8, X, X],
      /* 16 */ [X, X, X, "经费支出合规性", "严格执行相关制度规定", "达成预期指标", 8, 8, X, X],
      /* 17 */ [X, X, "时效指标", "提交报告及时性", "在项目计划完成时间内完成", "达成预期指标", 8, 8, X, X],
      /* 18 */ [X, X, "成本指标", "项目总成本", "≤90万元", "90", 8, 8, X, X],
      /* 19 */ [X, X, X, "单项业务成本", "符合相关规定", "达成预期指标", 10, 10, X, X],
      /* 20 */ [X, "效益指标(30分)", X, X, X, X, X, X, X, X],
      /* 21 */ [X, X, "社会效益指标", "对维护基建市场公平的影响程度", "效果明显", "达成预期指标", 10, 10, X, X],
      /* 22 */ [X, X, "生态效益指标", "对控制基建项目成本影响程度", "效果明显", "达成预期指标", 10, 10, X, X],
      /* 23 */ [X, X, "可持续影响指标", "对推动基建项目“四项制度”健全和落实的持续性影响", "效果明显", "达成预期指标", 10, 10, X, X],
      /* 24 */ [X, X, "经济效益指标", X, X, X, X, X, X, X],
      /* 25 */ [X, "满意度指标(10分)", X, X, X, X, X, X, X, X],
      /* 26 */ [X, X, "服务对象满意度指标", "公众满意度", "≥90%", "95%", 10, 10, X, X],
      /* 27 */ ["总分", X, X, X, X, X, 100, 90, X, X],
    ],
    merges: [
      "A1:J1",
      "A2:J2",
      "B3:J3",
      "B4:E4",
      "F4:G4",
      "H4:J4",
      "A5:A9",
      "H5:J5",
      ...[6, 7, 8, 9].map((r) => `H${r}:J${r}`),
      "A10:A11",
      "B10:E10",
      "F10:J10",
      "B11:E11",
      "F11:J11",
      "A12:A26",
      "I12:J12",
      "B13:J13",
      "B20:J20",
      "B25:J25",
      ...[14, 15, 16, 17, 18, 19, 21, 22, 23, 24, 26].map((r) => `I${r}:J${r}`),
      "A27:F27",
      "I27:J27",
    ],
    formats: { "C6:E9": "#,##0.000", "G6:G9": "0.00%" },
    columnWidths: [14, 18, 14, 30, 16, 14, 10, 10, 18, 18],
  };
}

/**
 * 项目(专项资金)支出绩效目标自评表 on the Hunan county template (form_7: 衡山县 县级储备粮, 2020):
 * no 分值/得分 columns, fund labels in A:B, indicators rows 11–26 with 一级/二级 merged down, explanation
 * column 未完成原因和改进措施 (G:H).
 */
export function projectSpecHunan(): SheetSpec {
  const X: CellSpec = null;
  const indicators: [string | null, string | null, string, string, string, string | null][] = [
    ["产出指标", "数量指标", "5000吨稻谷、500吨成品粮储备到位率", "100%", "100%", X],
    [X, X, "库存数量真实率", "100%", "100%", X],
    [X, "质量指标", "县级储备粮管理制度严格执行率", "100%", "100%", X],
    [X, X, "储备粮管理专户管理率", "100%", "100%", X],
    [X, X, "县级储备粮库存粮食明显变质比例", "0", "0", X],
    [X, "时效指标", "县级储备粮贷款付息及时率", "100%", "100%", X],
    [X, X, "县级储备粮应急保障率", "100%", "100%", X],
    [X, "成本指标", "国家政策性粮收购价格执行率", "100%", "100%", X],
    [X, X, "县级储备粮库存成本核算率", "100%", "100%", X],
    ["效益指标", "经济效益指标", "利息费用保障率", "100%", "100%", X],
    [X, X, "政策性挂账利息补贴保障率", "100%", "无", "没有轮换、动用库存"],
    [X, "生态效益指标", "低温、低氧、低剂量科学保粮率", "100%", "100%", X],
    [X, X, "食品安全指标达标率", "100%", "100%", X],
    [X, "可持续影响指标", "粮食储备设备维护及安全性", "高", "高", X],
    ["满意度指标", "服务对象满意度指标", "因粮食市场波动引起的粮食安全事件发生数", "0起", "0起", X],
    [X, X, "市民满意度调查", "≥90%", "100%", X],
  ];
  return {
    name: "专项资金自评表",
    rows: [
      /* 1 */ ["2020年度县级专项资金绩效目标自评表", X, X, X, X, X, X, X],
      /* 2 */ ["专项资金名称", "县级储备粮", X, X, "负责人及电话", "旷建成、向建军", X, X],
      /* 3 */ ["县级主管部门", "衡山县商务和粮食局", X, X, "实施单位", "粮食调控储备与产业发展股", X, X],
      /* 4 */ ["项目资金(万元)", X, "全年预算数(A)", "全年执行数(B)", "执行率(B/A)", X, X, X],
      /* 5 */ ["年度资金总额", X, 194.9, 194.9, pct(1, "0%"), X, X, X],
      /* 6 */ ["其中:中央、省、市补助县级资金", X, 194.9, 194.9, pct(1, "0%"), X, X, X],
      /* 7 */ ["其他资金", X, X, X, X, X, X, X],
      /* 8 */ ["年度总体目标", "年初设定目标", X, X, "全年实际完成情况", X, X, X],
      /* 9 */ [X, "保持和稳定地方粮食储备机制", X, X, "地方储备粮食规模达标", X, X, X],
      /* 10 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "全年完成值", "未完成原因和改进措施", X],
      /* 11–26 */ ...indicators.map(([l1, l2, name, target, actual, why]) => [X, l1, l2, name, target, actual, why, X]),
      /* 27 */ ["说明", "无", X, X, X, X, X, X],
    ],
    merges: [
      "A1:H1",
      "B2:D2",
      "F2:H2",
      "B3:D3",
      "F3:H3",
      "A4:B4",
      "A5:B5",
      "A6:B6",
      "A7:B7",
      "A8:A9",
      "B8:D8",
      "E8:H8",
      "B9:D9",
      "E9:H9",
      "A10:A26",
      "G10:H10",
      "B11:B19",
      "B20:B24",
      "B25:B26",
      "C11:C12",
      "C13:C15",
      "C16:C17",
      "C18:C19",
      "C20:C21",
      "C22:C23",
      "C25:C26",
      ...Array.from({ length: 16 }, (_, i) => `G${11 + i}:H${11 + i}`),
      "B27:H27",
    ],
    formats: { "C5:D7": "0.00" },
    columnWidths: [14, 14, 16, 34, 14, 14, 16, 16],
  };
}

/**
 * 部门预算项目支出绩效自评表 on the Sichuan 一体化 template (form_2: 青神县发展和改革局, 2023): a
 * report number above the title, 预算执行情况(10分) with 年度预算数(万元) over the fund labels (rows 8–12,
 * 总额 row 8), and indicators with the target split into 指标性质 | 指标值 | 度量单位 (header row 13). The
 * published form left 完成值 and 得分 blank.
 */
export function projectSpecSichuan(): SheetSpec {
  const X: CellSpec = null;
  return {
    name: "Sheet1",
    rows: [
      /* 1 */ ["报表编号:510000_0013zp", X, X, X, X, X, X, X, X, X, X],
      /* 2 */ ["部门预算项目支出绩效自评表(2023年度)", X, X, X, X, X, X, X, X, X, X],
      /* 3 */ ["项目名称", "51000021R000000019951-工资性支出", X, X, X, X, X, X, X, X, X],
      /* 4 */ ["主管部门", "青神县发展和改革局本级", X, X, X, "实施单位(盖章)", X, "青神县发展和改革局", X, X, X],
      /* 5 */ ["项目基本情况", "项目年度目标", X, X, "年度目标完成情况", X, X, X, X, X, X],
      /* 6 */ [
        X,
        "严格执行相关政策,保障工资及时、足额发放或社保及时、足额缴纳,预算编制科学合理,减少结余资金。",
        X, X,
        "对照年度目标,说明相关任务目标的完成情况(100字以内)",
        X, X, X, X, X, X,
      ],
      /* 7 */ ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重", "得分", "原因", X, X],
      /* 8 */ [X, "总额", 238.93, 251.89, 251.89, pct(1), 10, X,
        "1.预算执行率=预算执行数/调整后预算数,预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的(追加或调减),应单独说明理由;3.其他资金包括:社会投入资金、银行贷款.",
        X, X],
      /* 9 */ [X, "其中:财政资金", 238.93, 251.89, 251.89, pct(1), "/", "/", X, X, X],
      /* 10 */ [X, "财政专户管理资金", 0, 0, 0, pct(0), "/", "/", X, X, X],
      /* 11 */ [X, "单位资金", 0, 0, 0, pct(0), "/", "/", X, X, X],
      /* 12 */ [X, "其他资金", X, X, X, X, "/", "/", X, X, X],
      /* 13 */ ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重", "得分", "未完成原因分析"],
      /* 14 */ [X, "产出指标", "数量指标", "发放(缴纳)覆盖率", "=", 100, "%", X, 60, X, X],
      /* 15 */ [X, "效益指标", "社会效益指标", "足额保障率(参保率)", "=", 100, "%", X, 30, X, X],
      /* 16 */ ["合计", X, X, X, X, X, X, X, 100, X, X],
      /* 17 */ ["评价结论", "结合自评情况,说明项目自评总分,说明项目实施取得的成效或成果。(200字以内)", X, X, X, X, X, X, X, X, X],
    ],
    merges: [
      "A1:K1",
      "A2:K2",
      "B3:K3",
      "B4:E4",
      "F4:G4",
      "H4:K4",
      "A5:A6",
      "B5:D5",
      "E5:K5",
      "B6:D6",
      "E6:K6",
      "A7:A12",
      "I7:K7",
      "I8:K12",
      "A13:A15",
      "A16:H16",
      "B17:K17",
    ],
    formats: { "C8:E12": "0.00", "F8:F12": "0.00%" },
    columnWidths: [16, 18, 12, 22, 12, 12, 12, 12, 10, 10, 24],
  };
}

/**
 * 项目自评表 on the Hubei template (form_5: 渔业成品油价格改革补贴, 2020): 预算执行情况(万元)(20分)
 * with 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率) and one 年度财政资金总额 line, then 年度绩效目标
 * blocks with 一级 | 二级 | 三级 | 年初目标值(A) | 实际完成值(B) | 得分, and 总分.
 */
export function projectSpecHubei(): SheetSpec {
  const X: CellSpec = null;
  return {
    name: "自评表",
    rows: [
      /* 1 */ ["2020年度长江禁捕项目自评表", X, X, X, X, X],
      /* 2 */ ["单位名称：农业工作科", X, X, "填报日期：", X, X],
      /* 3 */ ["项目名称", "渔业成品油价格改革补贴", "主管部门", "区市场监督管理局", "项目实施单位", "农业科"],
      /* 4 */ ["预算执行情况(万元)(20分)", X, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
      /* 5 */ ["年度财政资金总额", X, 1.56, 1.56, pct(1, "0%"), 20],
      /* 6 */ ["年度绩效目标1(80分)", X, X, X, X, X],
      /* 7 */ ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"],
      /* 8 */ ["产出指标", "数量指标", "补贴渔船数", "6", "6", 20],
      /* 9 */ [X, "质量指标", "渔船补贴发放率", "100%", "100%", 10],
      /* 10 */ [X, "时效指标", "12月底之前完成", "100%", "100%", 10],
      /* 11 */ ["满意度指标", "服务对象满意度", "退捕渔民抽样调查满意度", "≥90%", "90%", 40],
      /* 12 */ ["总分", X, X, X, X, 100],
      /* 13 */ ["偏差大或目标未完成原因分析", "无", X, X, X, X],
      /* 14 */ ["改进措施及结果应用方案", "无", X, X, X, X],
    ],
    merges: ["A1:F1", "A2:C2", "D2:F2", "A4:B4", "A5:B5", "A6:F6", "A8:A10", "A12:E12", "B13:F13", "B14:F14"],
    formats: { "C5:D5": "0.00" },
    columnWidths: [22, 16, 24, 14, 14, 16],
  };
}
