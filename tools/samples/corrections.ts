/**
 * The real forms with their defects corrected, as their authors should have filed them: what a
 * reviewer would accept. Tests check that these give no error; the sample generator can ship them
 * beside the originals.
 */
import { withCells, type SheetSpec } from "./sheet-spec";
import { departmentSpecChongqing } from "./chongqing-2021";
import { projectSpecHubeiHuanggang } from "./hubei-huanggang-2020";
import { projectSpecAnhui, projectSpecSichuan } from "./variants";

/** form_1: 年度资金总额 is the sum of its fund lines, so 执行率 100% and the budget part's full 10 points. */
export function correctedAnhui(): SheetSpec {
  return withCells(projectSpecAnhui(), {
    C6: 90,
    D6: 89.974,
    E6: 89.974,
    G6: { value: 1, format: "0.00%" },
    H6: 10,
    H27: 100,
  });
}

/** form_2: 完成值 filled in (both 100%), every 得分 scored and 合计 stated. */
export function correctedSichuan(): SheetSpec {
  return withCells(projectSpecSichuan(), { H8: 10, H14: 100, H15: 100, J14: 60, J15: 30, J16: 100 });
}

/** form_4: 政府采购执行率 at 72.74% earns 72.74% of its 2 points, and 自评总分 follows. */
export function correctedChongqing(): SheetSpec {
  return withCells(departmentSpecChongqing(), { G17: "72.74%", I17: 1.45, I2: 97.05 });
}

/** form_5's companion: 整编资料审核 met its target and earns its full 20 points. */
export function correctedHubeiHuanggang(): SheetSpec {
  return withCells(projectSpecHubeiHuanggang(), { F10: 20, F15: 100 });
}
