/**
 * The shape of a rule, after ESLint: `meta` says what the rule is (id, severity, messages in both
 * languages), `check` looks at a recognised Form and reports. A rule never reads Excel and never
 * formats a cell: it reports, and the plan decides what to write.
 */
import type { Finding, Form, Lang, Severity } from "../model";

export interface MessageTemplate {
  "zh-CN": string;
  "en-US": string;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Short title for lists and docs. */
  title: MessageTemplate;
  /** Message templates keyed by message id; `{name}` placeholders are filled from `data`. */
  messages: Record<string, MessageTemplate>;
  /** The fix this rule's findings can be repaired with, if any (shown as a button in the pane). */
  fix?: "insert-totals";
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Cells, first = the one to jump to. A1 addresses of the top-left of merged areas. */
  cells: string[];
  expected?: string | null;
  actual?: string | null;
  subject?: string;
  /** Override the rule's severity for this finding (e.g. score-mismatch with an explanation → warning). */
  severity?: Severity;
}

export interface CheckOptions {
  /**
   * Scoring profile for the score rules (issue 4). Unset: guessed from the layout (Hubei's template
   * → `hubei`), else `central`.
   */
  profile?: "central" | "hubei";
  /** Guangxi: an actual at 130% or more of its target must be explained (deviation-unexplained). Off by default. */
  explainOverAchievement?: boolean;
  /** 总分 capped by 执行率 bands (70–80% → ≤ 89 …). Off by default. */
  capByExecutionRate?: boolean;
}

export interface CheckContext {
  form: Form;
  options: CheckOptions;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: CheckContext): void;
}

export function fill(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in data ? String(data[key]) : whole,
  );
}

export function toFinding(meta: RuleMeta, report: Report): Finding {
  const template = meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${meta.id} has no message '${report.messageId}'`);
  const message = {} as Record<Lang, string>;
  for (const lang of ["zh-CN", "en-US"] as const) message[lang] = fill(template[lang], report.data);
  return {
    rule: meta.id,
    severity: report.severity ?? meta.severity,
    cells: report.cells,
    message,
    expected: report.expected ?? null,
    actual: report.actual ?? null,
    ...(report.subject !== undefined ? { subject: report.subject } : {}),
  };
}
