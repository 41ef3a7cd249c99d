/**
 * Amounts written inside a label's text, as the provincial 一体化 department forms print their
 * breakdowns: `按收入性质分：2030.12`, `其中：基本支出：900.47`, `864.2万`. The label is everything up
 * to the last colon; what follows it is read like any money cell. A label with nothing after its
 * colon (`纳入专户管理的非税收入拨款：`) states no amount: blank, not unreadable. A cell holding only an
 * amount is read with an empty label, for its reader to give it the label beside it.
 */
import type { MoneyUnit, MoneyValue } from "../model";
import { parseMoney } from "./money";

export interface LabelledAmount {
  /** The label as written, without the colon and the amount (`其中：基本支出`). */
  label: string;
  amount: MoneyValue;
}

const LAST_COLON = /^(.*)[:：]\s*([^:：]*)$/s;

export function parseLabelledAmount(text: string, unit: MoneyUnit): LabelledAmount {
  const trimmed = text.trim();
  const m = LAST_COLON.exec(trimmed);
  if (!m) {
    // No colon: an amount on its own (`864.2万`, beside its label) or a label on its own.
    const alone = parseMoney(trimmed, null, unit);
    return alone.kind === "amount" ? { label: "", amount: alone } : { label: trimmed, amount: { kind: "blank", raw: "" } };
  }
  const label = m[1].trim();
  const rest = m[2].trim();
  return { label, amount: rest === "" ? { kind: "blank", raw: "" } : parseMoney(rest, null, unit) };
}
