/**
 * The shape of a rule, after ESLint: `meta` says what the rule is (id, severity, messages in both
 * languages), `check` looks at the check's context and reports. A rule never reads Excel and never
 * formats a cell: it reports, and the plan decides what to write. `defineRule` makes the message ids
 * a checked type: a rule can only report a message its `meta.messages` has.
 */
import type { CheckContext } from "../check-context";
import type { Finding, Lang, MessageData, MessageValue, Severity } from "../model";

export type { CheckOptions } from "../model";

export interface MessageTemplate {
  "zh-CN": string;
  "en-US": string;
}

export interface RuleMeta<MessageId extends string = string> {
  id: string;
  severity: Severity;
  /** Short title for lists and docs. */
  title: MessageTemplate;
  /** Message templates keyed by message id; `{name}` placeholders are filled from `data`. */
  messages: Record<MessageId, MessageTemplate>;
  /** The fix this rule's findings can be repaired with, if any (shown as a button in the pane). */
  fix?: "insert-totals";
}

export interface Report<MessageId extends string = string> {
  /** Cells, first = the one to jump to. A1 addresses of the top-left of merged areas. */
  at: string[];
  messageId: MessageId;
  data?: MessageData;
  expected?: string | null;
  actual?: string | null;
  subject?: string;
  /** Override the rule's severity for this finding (e.g. score-mismatch with an explanation → warning). */
  severity?: Severity;
}

/** What a rule sees: the check's shared facts, and where to report. */
export interface RuleContext<MessageId extends string = string> extends CheckContext {
  report(report: Report<MessageId>): void;
}

export interface Rule<MessageId extends string = string> {
  meta: RuleMeta<MessageId>;
  check(context: RuleContext<MessageId>): void;
}

/** A rule whose reports are checked against its own message ids. */
export function defineRule<const MessageId extends string>(rule: Rule<MessageId>): Rule<MessageId> {
  return rule;
}

function valueIn(value: MessageValue, lang: Lang): string {
  return typeof value === "object" ? value[lang] : String(value);
}

/** Punctuation that a template and the value it wraps may both bring to a join (not `.`: `1.5`, `etc.`). */
const JOIN_MARKS = "[\\s:：;；,，。]";
const LEADING_MARKS = new RegExp(`^${JOIN_MARKS}+`);
const TRAILING_MARKS = new RegExp(`${JOIN_MARKS}+$`);
const TRAILING_COLONS = /[\s:：]+$/;

/**
 * Fills `{name}` from data, so that punctuation is never doubled where a value meets its template: a
 * form's label often ends in a colon (`年度资金总额:`), which quoted as 「年度资金总额:」 and followed by
 * the English message's own colon read `「年度资金总额:」:`; a value ending in `；` before the template's
 * `，` read `；，`. The template's punctuation is the sentence's, so the value's gives way at the join.
 */
function fill(template: string, data: MessageData = {}, lang: Lang = "zh-CN"): string {
  return template.replace(/\{(\w+)\}/g, (whole: string, key: string, at: number) => {
    if (!(key in data)) return whole;
    let text = valueIn(data[key], lang);
    // A quoted name: the colon after a label is the form's layout, not part of the name.
    if (template[at - 1] === "「" && template[at + whole.length] === "」") text = text.replace(TRAILING_COLONS, "");
    // The template's nearest marks either side, past the space English puts after `:` and `;`.
    const before = template.slice(0, at).trimEnd().slice(-1);
    const after = template.slice(at + whole.length).trimStart().slice(0, 1);
    if (before !== "" && LEADING_MARKS.test(before)) text = text.replace(LEADING_MARKS, "");
    if (after !== "" && LEADING_MARKS.test(after)) text = text.replace(TRAILING_MARKS, "");
    return text;
  });
}

export function toFinding(meta: RuleMeta, report: Report): Finding {
  const template = meta.messages[report.messageId];
  if (!template) throw new Error(`rule ${meta.id} has no message '${report.messageId}'`);
  const data = report.data ?? {};
  const message = {} as Record<Lang, string>;
  for (const lang of ["zh-CN", "en-US"] as const) message[lang] = fill(template[lang], data, lang);
  return {
    rule: meta.id,
    messageId: report.messageId,
    data,
    severity: report.severity ?? meta.severity,
    cells: report.at,
    message,
    expected: report.expected ?? null,
    actual: report.actual ?? null,
    ...(report.subject !== undefined ? { subject: report.subject } : {}),
  };
}
