/**
 * The companion Hubei form in form_5 (黄冈市水土保持与农田水利科研所 2020年度水土保持监测项目): the
 * same template as projectSpecHubei, with two 年度绩效目标 blocks of 40 points and no 分值 per indicator.
 * Its real defect is kept: 整编资料审核 98% against 98% — met — scored 19.6, so block 1 adds up to
 * 39.6 of its 40 points. Addresses: block headings rows 6 and 11, scores in F, 总分 F15.
 */
import type { CellSpec, SheetSpec } from "./sheet-spec";

const X: CellSpec = null;
const HEADER: CellSpec[] = ["一级指标", "二级指标", "三级指标", "年初目标值(A)", "实际完成值(B)", "得分"];

export function projectSpecHubeiHuanggang(): SheetSpec {
  return {
    name: "自评表",
    rows: [
      /* 1 */ ["2020年度水土保持监测项目绩效自评表", X, X, X, X, X],
      /* 2 */ ["单位名称：黄冈市水土保持与农田水利科研所", X, X, "填报日期：", X, X],
      /* 3 */ ["项目名称", "水土保持监测", "主管部门", "黄冈市水利和湖泊局", "项目实施单位", "黄冈市水土保持与农田水利科研所"],
      /* 4 */ ["预算执行情况(万元)(20分)", X, "预算数(A)", "执行数(B)", "执行率(B/A)", "得分(20分*执行率)"],
      /* 5 */ ["年度财政资金总额", X, 10, 10, { value: 1, format: "0%" }, 20],
      /* 6 */ ["年度绩效目标1(40分)", X, X, X, X, X],
      /* 7 */ HEADER,
      /* 8 */ ["产出指标", "质量指标", "监测数据必须合格", "100%", "100%", 10],
      /* 9 */ [X, "进度指标", "取得2018-2022监测资料", "100%", "100%", 10],
      /* 10 */ ["满意度指标", "服务对象满意度指标", "整编资料审核", "98%", "98%", 19.6],
      /* 11 */ ["年度绩效目标2(40分)", X, X, X, X, X],
      /* 12 */ HEADER,
      /* 13 */ ["产出指标", "质量指标", "监测数据资料整编", "100%", "100%", 20],
      /* 14 */ [X, "进度指标", "完成年度资料上报", "100%", "100%", 20],
      /* 15 */ ["总分", X, X, X, X, 99.6],
      /* 16 */ ["偏差大或目标未完成原因分析", "无", X, X, X, X],
    ],
    merges: ["A1:F1", "A2:C2", "D2:F2", "A4:B4", "A5:B5", "A6:F6", "A8:A9", "A11:F11", "A13:A14", "A15:E15", "B16:F16"],
    formats: { "C5:D5": "0.00" },
    columnWidths: [22, 18, 24, 14, 14, 16],
  };
}
