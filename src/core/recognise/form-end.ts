/**
 * What is written under a form but is not part of its tables: the signature lines (填表人：…,
 * 联系电话：…, 填报日期, 单位负责人签字, 填报单位（盖章）：…) and page numbers. A table ends at the first
 * of them. Notes (注：…, 备注) already close the indicator table as its closing words (header-words.ts).
 */
import { certainFirstCharacter, normalise } from "../text";

// Who signs: a role alone, before a colon or 签字. Only the roles a form's footer names, so that an
// indicator such as 联系电话接通率 or 负责人培训次数 (no colon) stays an indicator.
const ROLE =
  "(填表|填报|制表|审核|复核|审批|经办|编制|联系)人" +
  "|(单位|项目|财务|部门|主管部门|实施单位|项目实施单位|项目单位|填报单位|分管)?负责人" +
  "|分管领导|联系电话|联系方式|(填报|填表|报送|编制)日期";
const SIGNATURE = new RegExp(`^(${ROLE})(签字|签名|签章)?(:|$)`);
// The same roles followed by a space: 填表人 张三.
const SIGNATURE_SPACED = new RegExp(`^(${ROLE})\\s`);
// The short forms under a printed table: 制表：王五, 审核：赵六 (never an indicator's name with a colon).
const SIGNATURE_SHORT = /^(制表|填表|审核|复核|审批|经办):/;
// A seal, alone or naming the unit: （单位盖章）, （公章）, 填报单位（盖章）：某某局, 单位名称（盖章）.
const SEAL = /^\(?(填报单位|单位|项目单位|项目实施单位|单位名称|主管部门)?\(?(盖章|公章|签章|签字)\)?(:.*)?$/;
const PAGE_NUMBER = /^(第\d+页([,/]?共\d+页)?|共\d+页[,/]?第\d+页|-\d+-|page\d+(of\d+)?)$/i;

// Every footer above starts with one of these (or with a bracket, a digit, `-` or `p`).
const FOOTER_FIRSTS = new Set("填制审复经编联单项财部主实分负盖公签第共");

/** True for a cell that signs, seals or numbers the page rather than continuing a table. */
export function isFormFooter(text: string): boolean {
  // Asked of every task label of a money table: most start with a character no footer does.
  const first = certainFirstCharacter(text);
  if (first !== null && !FOOTER_FIRSTS.has(first)) return false;
  const t = normalise(text);
  if (t === "") return false;
  if (SIGNATURE.test(t) || SIGNATURE_SHORT.test(t) || SEAL.test(t) || PAGE_NUMBER.test(t)) return true;
  return SIGNATURE_SPACED.test(text.normalize("NFKC").trim());
}
