/**
 * The real-form corpus's expectations (test/fixtures/real/README.md) and how a check's JSON is held
 * against them: every difference is one readable line, so a failing form says what a reviewer would.
 */
import type { JsonSheet } from "../../src/cli/format-json";

interface FindingPattern {
  rule: string;
  cell?: string;
  severity?: string;
  why?: string;
}

export interface Expectations {
  source: string;
  description?: string;
  sheet?: string;
  kind?: "project" | "department";
  totals?: Partial<Record<"budget" | "budgetFiscal" | "spent" | "spentFiscal" | "executionRate", string | null>> | null;
  indicatorCount?: number;
  computedTotal?: string | null;
  required?: FindingPattern[];
  forbidden?: FindingPattern[];
}

type Finding = JsonSheet["findings"][number];

function matches(finding: Finding, pattern: FindingPattern): boolean {
  if (pattern.rule !== "*" && finding.rule !== pattern.rule) return false;
  if (pattern.cell !== undefined && !finding.cells.includes(pattern.cell)) return false;
  return pattern.severity === undefined || finding.severity === pattern.severity;
}

const show = (p: FindingPattern): string => `${p.rule}${p.cell ? `@${p.cell}` : ""}${p.severity ? ` (${p.severity})` : ""}`;
const showFinding = (f: Finding): string => `${f.rule}@${f.cells.join(",")} ${f.severity}: ${f.message}`;

/** What differs between a checked sheet and its expectations; empty when the sheet is as expected. */
export function differences(sheet: JsonSheet, expected: Expectations): string[] {
  const out: string[] = [];
  const same = (what: string, actual: unknown, wanted: unknown): void => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) out.push(`${what}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
  };
  if (expected.kind !== undefined) same("kind", sheet.kind, expected.kind);
  if (expected.totals === null) same("totals", sheet.totals, null);
  else if (expected.totals) {
    for (const [key, value] of Object.entries(expected.totals)) same(`totals.${key}`, sheet.totals?.[key as keyof typeof expected.totals] ?? null, value);
  }
  if (expected.indicatorCount !== undefined) same("indicator count", sheet.indicators?.total ?? null, expected.indicatorCount);
  if (expected.computedTotal !== undefined) same("computed total", sheet.scoring?.computedTotal ?? null, expected.computedTotal);
  for (const pattern of expected.required ?? []) {
    if (!sheet.findings.some((f) => matches(f, pattern))) out.push(`missing ${show(pattern)}${pattern.why ? ` — ${pattern.why}` : ""}`);
  }
  for (const pattern of expected.forbidden ?? []) {
    for (const f of sheet.findings.filter((f) => matches(f, pattern))) {
      out.push(`forbidden ${show(pattern)} found: ${showFinding(f)}${pattern.why ? ` — ${pattern.why}` : ""}`);
    }
  }
  return out;
}
