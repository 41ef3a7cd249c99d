/**
 * The shared terms read the same on every surface: the pane, the 校验摘要 block, the command line's
 * totals line and the review summary's headers, in both languages.
 */
import { glossary, label, type Term } from "../../../src/core/i18n/glossary";
import { reportStrings } from "../../../src/core/i18n/report-strings";
import { paneStrings as uiStrings } from "../../../src/taskpane/strings";
import { cliStrings } from "../../../src/cli/strings";
import { reviewStrings } from "../../../src/cli/review/strings";
import type { Lang } from "../../../src/core/model";

const LANGS: Lang[] = ["zh-CN", "en-US"];

describe.each(LANGS)("glossary (%s)", (lang) => {
  const g = glossary[lang];
  const heading = (term: Term): string => label(lang, term);

  it("names 预算执行率, 预算数合计 and 执行数合计 alike in the pane, the summary block and the report", () => {
    for (const [term, pane, block, report] of [
      ["executionRate", uiStrings[lang].executionRate, reportStrings[lang].executionRate, reviewStrings[lang].headers.rate],
      ["budgetTotal", uiStrings[lang].budgetTotal, reportStrings[lang].budgetTotal, reviewStrings[lang].headers.budget],
      ["spentTotal", uiStrings[lang].spentTotal, reportStrings[lang].spentTotal, reviewStrings[lang].headers.spent],
    ] as const) {
      expect([pane, block, report]).toEqual([heading(term), heading(term), heading(term)]);
    }
    expect(reviewStrings[lang].headers.unmet).toBe(heading("unmetIndicators"));
    expect(reportStrings[lang].unmetIndicators).toBe(heading("unmetIndicators"));
  });

  it("uses the same words for met, not met, exceeded and to judge in the pane and the command line", () => {
    const line = cliStrings[lang].indicatorsLine({ total: 9, met: 6, unmet: 1, exceeded: 1, manual: 1 });
    for (const term of ["met", "unmet", "exceeded", "manual"] as const) {
      expect(line).toContain(g[term]);
      expect(uiStrings[lang][term].toLowerCase()).toBe(g[term].toLowerCase());
    }
    const totals = cliStrings[lang].totalsLine({ unit: "元", budget: "100", budgetFiscal: "80", spent: "90", spentFiscal: "70", rate: "90.00%" });
    for (const term of ["budgetTotal", "spentTotal", "executionRate", "fiscalFunds"] as const) expect(totals).toContain(g[term]);
  });

  it("calls the severities by one name everywhere", () => {
    expect(cliStrings[lang].severity).toEqual({ error: g.error, warning: g.warning, info: g.info });
    expect(reviewStrings[lang].headers.errors.toLowerCase()).toMatch(new RegExp(`^${g.error}`));
  });
});

it("says 超额完成, never 超出, where an indicator beat its target", () => {
  expect(uiStrings["zh-CN"].exceeded).toBe("超额完成");
  expect(cliStrings["zh-CN"].indicatorsLine({ total: 1, met: 0, unmet: 0, exceeded: 1, manual: 0 })).not.toContain("超出");
});
