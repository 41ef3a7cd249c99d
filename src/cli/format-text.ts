/**
 * `--format text`: findings grouped by file and sheet, each with its cells, severity, message and
 * the page that explains its rule (docs/rules/<id>.md); a totals line and an indicator line per form; one overall line. Colour only on a terminal.
 */
import type { SheetResult } from "../core/engine";
import type { Lang, Severity } from "../core/model";
import { ruleDocPath } from "../core/rule-docs";
import { displayWidth } from "../core/text";
import type { FileReport } from "./check-files";
import { problemText } from "./problems";
import { cliStrings } from "./strings";

export interface TextStyle {
  color: boolean;
}

const SGR = { bold: "1", dim: "2", red: "31", yellow: "33", cyan: "36" } as const;
type Sgr = keyof typeof SGR;

function paint(style: TextStyle, codes: Sgr[], text: string): string {
  if (!style.color || codes.length === 0) return text;
  return `\u001b[${codes.map((c) => SGR[c]).join(";")}m${text}\u001b[0m`;
}

const SEVERITY_COLOUR: Record<Severity, Sgr> = { error: "red", warning: "yellow", info: "cyan" };

function pad(text: string, to: number): string {
  return text + " ".repeat(Math.max(0, to - displayWidth(text)));
}

/** `146963013.91` → `146,963,013.91`. */
function groupDigits(amount: string): string {
  const m = /^(-?)(\d+)(\.\d+)?$/.exec(amount);
  if (!m) return amount;
  return `${m[1]}${m[2].replace(/\B(?=(\d{3})+(?!\d))/g, ",")}${m[3] ?? ""}`;
}

function formatSheet(result: SheetResult, lang: Lang, style: TextStyle): string[] {
  const s = cliStrings[lang];
  const heading = `  ${s.sheet(result.sheet)}`;
  if (!result.form || !result.kind) return [`${heading}  ${paint(style, ["dim"], s.noForm)}`];
  const lines = [`${heading}  ${s.formKind[result.kind]}`];
  const severityWidth = Math.max(...Object.values(s.severity).map(displayWidth));
  const cellsOf = (cells: string[]): string => cells.join(",") || "—";
  const cellWidth = Math.max(0, ...result.findings.map((f) => cellsOf(f.cells).length));
  if (result.findings.length === 0) lines.push(`    ${s.noFindings}`);
  for (const f of result.findings) {
    const label = paint(style, [SEVERITY_COLOUR[f.severity]], pad(s.severity[f.severity], severityWidth));
    lines.push(`    ${label}  ${pad(cellsOf(f.cells), cellWidth)}  ${f.message[lang]}  ${paint(style, ["dim"], ruleDocPath(f.rule))}`);
  }
  if (result.totals) {
    const t = result.totals;
    const amount = (v: string | null): string | null => (v === null ? null : groupDigits(v));
    lines.push(
      `    ${s.totalsLine({ unit: t.unit, budget: amount(t.budget), budgetFiscal: amount(t.budgetFiscal), spent: amount(t.spent), spentFiscal: amount(t.spentFiscal), rate: t.executionRate })}`,
    );
  }
  if (result.indicators) lines.push(`    ${s.indicatorsLine(result.indicators)}`);
  const scoring = result.scoring;
  if (scoring) {
    lines.push(
      `    ${s.scoringLine({ stated: scoring.statedTotal, computed: scoring.computedTotal, grade: scoring.grade, profile: scoring.profile, guessed: scoring.guessed })}`,
    );
  }
  return lines;
}

/** The block for one file: its name, then each sheet (or why it could not be checked). */
export function formatFileText(report: FileReport, lang: Lang, style: TextStyle): string {
  const s = cliStrings[lang];
  const lines = [paint(style, ["bold"], report.file)];
  for (const sheet of report.sheets) lines.push(...formatSheet(sheet, lang, style));
  if (report.error) lines.push(`  ${paint(style, ["red"], s.cannotCheck(problemText(report.error, lang)))}`);
  if (report.notAnnotated) lines.push(`  ${paint(style, ["yellow"], s.notAnnotated)}`);
  if (report.copy) {
    lines.push(`  ${s.copyWritten(report.copy)}`);
    for (const w of report.writes ?? []) {
      lines.push(`    ${s.wrote(w)}`);
      for (const kept of w.totalsKept ?? []) lines.push(`    ${paint(style, ["yellow"], kept.message[lang])}`);
    }
    if (report.dropped) lines.push(`    ${paint(style, ["yellow"], s.dropped(report.dropped))}`);
  }
  return `${lines.join("\n")}\n`;
}
