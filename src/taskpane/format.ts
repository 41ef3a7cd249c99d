/** Display helpers that change how a figure looks, never what it is. */

/** `146963013.91` → `146,963,013.91`, on the decimal string itself (no float round trip). */
export function groupDigits(decimal: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(decimal);
  if (!match) return decimal;
  const [, sign, whole, fraction = ""] = match;
  return sign + whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",") + fraction;
}
