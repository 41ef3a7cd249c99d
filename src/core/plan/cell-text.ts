/**
 * Excel's limit on the text of a cell and of a note: 32,767 characters. A longer string in a file
 * makes Excel repair it on opening, and Office.js refuses it; a form whose indicator name is already
 * that long (it happens: a pasted document) must not break the annotated copy.
 */
export const CELL_TEXT_LIMIT = 32_767;

/** Text cut to Excel's limit, at a character boundary, ending with an ellipsis. */
export function fitCellText(text: string): string {
  if (text.length <= CELL_TEXT_LIMIT) return text;
  let cut = CELL_TEXT_LIMIT - 1;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // do not split a surrogate pair
  return `${text.slice(0, cut)}…`;
}
