/**
 * What is written under a form but is not part of its tables: the signature lines (填表人：…,
 * 联系电话：…, 填报日期, 单位负责人, （单位盖章）) and page numbers. A table ends at the first of them.
 * Notes (注：…, 备注) already close the indicator table as its closing words (header-words.ts).
 */
import { normalise } from "../text";

// A label on its own or followed by a colon: 联系电话接通率 or 负责人培训次数 are indicators, not footers.
const SIGNATURE = /^(填表人|填报人|制表人|审核人|复核人|联系人|联系电话|填报日期|填表日期|报送日期|单位负责人|项目负责人|财务负责人|部门负责人|分管领导|负责人)([:：]|$)/;
const SEAL = /^(\(|（)?(填报单位|单位)?(\(|（)?(盖章|公章|签章|签字)(\)|）)?[:：]?$/;
const SIGNATURE_SPACED = /^(填表人|填报人|制表人|审核人|联系人|联系电话|填报日期|填表日期|单位负责人|项目负责人|财务负责人)\s/;
const PAGE_NUMBER = /^(第\d+页([,，/]?共\d+页)?|共\d+页[,，/]?第\d+页|-\d+-|page\d+(of\d+)?)$/i;

/** True for a cell that signs, seals or numbers the page rather than continuing a table. */
export function isFormFooter(text: string): boolean {
  const t = normalise(text);
  if (t === "") return false;
  return SIGNATURE.test(t) || SEAL.test(t) || PAGE_NUMBER.test(t) || SIGNATURE_SPACED.test(text.normalize("NFKC").trim());
}
