/** The benchmark's pieces on tiny inputs: they run and report sensibly. No timings are asserted. */
import { checkGrid } from "../../src/core/engine";
import { toGridData } from "../../tools/samples/sheet-spec";
import { cliLines, syncLines, table } from "../../bench/budgets";
import { localScripts } from "../../bench/bundle";
import type { CliDetail } from "../../bench/cli";
import { departmentForm } from "../../bench/forms";
import { median } from "../../bench/measure";
import { countSyncs } from "../../bench/syncs";

describe("bench", () => {
  it("grows the seed to any number of tasks, each row its own, with totals that add up", () => {
    const spec = departmentForm(12);
    const result = checkGrid(toGridData(spec));
    expect(result.form?.money?.parts).toHaveLength(12);
    expect(new Set(result.form?.money?.parts.map((p) => p.label)).size).toBe(12);
    expect(result.findings.filter((f) => f.rule === "total-mismatch" || f.rule === "amount-unreadable")).toEqual([]);
    // Deterministic: the same call gives the same form.
    expect(departmentForm(12)).toEqual(spec);
  });

  it("counts the pane's round trips on the fake host", async () => {
    const syncs = await countSyncs(departmentForm(40));
    expect(syncs).toEqual({ check: 2, checkNoChange: 1, clear: 2, insertTotals: 2, summary: 2, checkLarge: 2, checkLargeNoChange: 1 });
    expect(syncLines(syncs).every((line) => line.verdict === "pass")).toBe(true);
  }, 30_000);

  it("judges figures against their budgets and prints them as a table", () => {
    const run = (wallMs: number, cpuMs: number, maxRssMB: number) => ({ wallMs, cpuMs, maxRssMB });
    const cli: CliDetail = {
      files: 200,
      vsBareLoad: 1.2,
      parallelSpeedup: 1.1,
      peakRssMB: 200,
      jobs: 2,
      bare: run(1000, 1000, 90),
      single: run(1200, 1200, 120),
      parallel: run(1100, 1500, 200),
      bareSplitWallMs: 800,
      bareSplitSpeedup: 1.25,
      fewerFiles: 50,
      peakRssFewerMB: 150,
      moreFiles: 400,
      peakRssMoreMB: 230,
    };
    const lines = cliLines(cli);
    const verdict = (figure: string) => lines.find((l) => l.figure.startsWith(figure))?.verdict;
    expect(verdict("vsBareLoad")).toBe("pass");
    expect(verdict("parallelSpeedup")).toBe("miss");
    // 230 MB for twice the files is more than 10% over 200 MB: not flat.
    expect(verdict("peakRssMB")).toBe("miss");
    const printed = table(lines).split("\n");
    expect(printed[0]).toMatch(/^section\s+figure\s+value\s+budget$/);
    expect(printed.some((l) => /vsBareLoad.*1\.200\s+≤ 1\.3\s+pass$/.test(l))).toBe(true);
  });

  it("takes medians and finds the pane's own scripts", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const html = `<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><script defer src=192.a.js></script><script defer="defer" src="taskpane.b.js"></script>`;
    expect(localScripts(html)).toEqual(["192.a.js", "taskpane.b.js"]);
  });
});
