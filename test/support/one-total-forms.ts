/**
 * The provincial 一体化 department forms (docs/one-total-forms.md), written as sheet specs the way
 * their printed forms look, for the recognition, rule and plan tests. The figures are the ones a
 * reviewer met on a published form: a 按支出性质分 breakdown that adds up to 1,925.67 against a total of
 * 2,030.12, amounts written inside the label text, a label with no amount.
 */
import { withCells, type CellSpec, type SheetSpec } from "../../tools/samples/sheet-spec";

const X: CellSpec = null;

/**
 * Hunan's layout: 年度资金总额 against 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, then the
 * two breakdowns side by side, each in a cell merged over three columns (B–D and E–H), `label：amount`.
 */
export function oneTotalSpec(): SheetSpec {
  return {
    name: "部门整体",
    rows: [
      /* 1 */ ["部门整体支出绩效自评表（2022年度）", X, X, X, X, X, X, X],
      /* 2 */ ["部门（单位）名称", "某镇人民政府", X, X, X, X, X, X],
      /* 3 */ ["年度部门整体支出预算执行情况（万元）", X, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
      /* 4 */ [X, "年度资金总额", 1900.5, 2030.12, 2030.12, 10, { value: 1, format: "0%" }, 10],
      /* 5 */ [X, "按收入性质分：2030.12", X, X, "按支出性质分：2030.12", X, X, X],
      /* 6 */ [X, "其中：一般公共预算：1444.50", X, X, "其中：基本支出：900.47", X, X, X],
      /* 7 */ [X, "政府性基金拨款：0", X, X, "项目支出：1025.20", X, X, X],
      /* 8 */ [X, "纳入专户管理的非税收入拨款：", X, X, X, X, X, X],
      /* 9 */ [X, "其他资金：585.62", X, X, X, X, X, X],
      /* 10 */ ["年度总体目标", "预期目标", X, X, "实际完成情况", X, X, X],
      /* 11 */ [X, "完成镇党委政府年度各项工作任务", X, X, "全面完成", X, X, X],
      /* 12 */ ["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"],
      /* 13 */ [X, "产出指标", "数量指标", "村级组织运转保障村数", "12个", "12个", 45, 45],
      /* 14 */ [X, "效益指标", "社会效益指标", "群众满意度", "≥90%", "95%", 45, 45],
      /* 15 */ ["总分", X, X, X, X, X, 100, 100],
    ],
    merges: [
      "A1:H1",
      "B2:H2",
      "A3:B3",
      "A4:A9",
      "B5:D5",
      "E5:H5",
      "B6:D6",
      "E6:H6",
      "B7:D7",
      "E7:H7",
      "B8:D8",
      "E8:H8",
      "B9:D9",
      "E9:H9",
      "A10:A11",
      "B10:D10",
      "E10:H10",
      "B11:D11",
      "E11:H11",
      "A12:A14",
      "A15:F15",
    ],
    formats: { "C4:E4": "0.00" },
    columnWidths: [20, 30, 12, 12, 12, 8, 8, 8],
  };
}

/**
 * Hubei's layout: 部门整体支出总额 against 预算数(A) | 执行数(B) | 执行率(B/A) | 得分(20分*执行率), a header
 * line stating 基本支出总额 / 项目支出总额, and a 年度目标 row whose text is merged over the money columns.
 * The one figure of the total sits in a cell merged over both 预算数(A) and 执行数(B).
 */
export function oneFigureSpec(): SheetSpec {
  return {
    name: "部门整体",
    rows: [
      /* 1 */ ["2021年度部门整体支出绩效自评表", X, X, X, X],
      /* 2 */ ["部门名称", "某区民政局", X, X, X],
      /* 3 */ ["基本支出总额：900.47", X, "项目支出总额：1129.65", X, X],
      /* 4 */ ["预算执行情况（万元）（20分）", "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
      /* 5 */ ["部门整体支出总额", 2030.12, X, { value: 1, format: "0%" }, 20],
      /* 6 */ ["年度目标", "保障机关正常运转，完成年度民政工作任务", X, X, X],
      /* 7 */ ["年度目标1:(80分)", X, X, X, X],
      /* 8 */ ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)"],
      /* 9 */ ["产出指标", "数量指标", "救助对象覆盖人数", "≥1200人", "1260人"],
      /* 10 */ ["满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%", "96%"],
    ],
    merges: ["A1:E1", "B2:E2", "A3:B3", "C3:E3", "B5:C5", "B6:E6", "A7:E7"],
    formats: { "B5:C5": "0.00" },
    columnWidths: [24, 14, 14, 14, 18],
  };
}

/** A spec without some of its merged areas. */
function unmerged(spec: SheetSpec, ...ranges: string[]): SheetSpec {
  return { ...spec, merges: spec.merges.filter((m) => !ranges.includes(m)) };
}

/** The Hunan form as it should be: 基本支出 900.47 + 项目支出 1,129.65 = 2,030.12. */
export function oneTotalCorrected(): SheetSpec {
  return withCells(oneTotalSpec(), { E7: "项目支出：1129.65" });
}

/**
 * The Hunan form with no amount beside 按支出性质分 (its lines must then add up to the total row), an
 * unreadable 其他资金, and a header line whose 基本支出总额 disagrees with the breakdown's 基本支出.
 */
export function oneTotalRestated(): SheetSpec {
  return withCells(unmerged(oneTotalSpec(), "B2:H2"), {
    A2: "基本支出总额：880.00",
    B2: null,
    C2: "项目支出总额：1150.12",
    E5: "按支出性质分：",
    B9: "其他资金：约586万",
  });
}

/** The Hubei form with its 执行数(B) left blank instead of merged with 预算数(A). */
export function oneFigureBlank(): SheetSpec {
  return unmerged(oneFigureSpec(), "B5:C5");
}
