/**
 * Text normalisation for matching header words and labels: forms arrive from WPS, PDFs and 一体化
 * exports with full-width brackets, stray spaces and line breaks inside headers, and sometimes 繁体.
 */

// Traditional → simplified for the characters that occur in form headers, labels and grades.
const TRADITIONAL_CHARS = "預執數額財撥績標實際級資總計權進評價項單門稱務內況結轉餘費質時滿經濟會態環續響調後達設產體與開據報係對應發區縣廳辦書議護壞較優無條場個萬億們為險劃規則說適蓋養職衛導轄類屬";
const SIMPLIFIED_CHARS = "预执数额财拨绩标实际级资总计权进评价项单门称务内况结转余费质时满经济会态环续响调后达设产体与开据报系对应发区县厅办书议护坏较优无条场个万亿们为险划规则说适盖养职卫导辖类属";
const TRADITIONAL = new Map<string, string>(
  Array.from(TRADITIONAL_CHARS, (ch, i) => [ch, SIMPLIFIED_CHARS[i]] as [string, string]),
);

/**
 * NFKC (full-width digits, brackets and colons become ASCII), 繁体 → 简体 for form vocabulary,
 * every kind of whitespace removed. Use for comparing words, never for showing text.
 */
export function normalise(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFKC")) {
    if (/\s/u.test(ch)) continue;
    out += TRADITIONAL.get(ch) ?? ch;
  }
  return out;
}

/** Normalised text with brackets and their content kept but punctuation such as `：` unified. */
export function normaliseLabel(text: string): string {
  return normalise(text).replace(/[:：]/g, ":");
}
