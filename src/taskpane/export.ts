/**
 * Sending findings back: a table on the clipboard (tab-separated text for Excel, WPS and chat, an
 * HTML table for e-mail) and .csv / .xlsx files. The spreadsheet library is loaded only when a file
 * is exported, as its own chunk, so the pane's first load does not carry it.
 */

/** Tab-separated text: a cell holding a tab, a newline or a quote is quoted, as Excel writes it. */
function toTsv(rows: string[][]): string {
  const cell = (v: string) => (/[\t\n\r"]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  return rows.map((r) => r.map(cell).join("\t")).join("\r\n");
}

function escapeHtml(v: string): string {
  return v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An HTML table with a heading row: what e-mail and WPS paste as a table. */
function toHtmlTable(rows: string[][]): string {
  const [head = [], ...body] = rows;
  const line = (r: string[], tag: "th" | "td") => `<tr>${r.map((v) => `<${tag}>${escapeHtml(v)}</${tag}>`).join("")}</tr>`;
  return `<table><thead>${line(head, "th")}</thead><tbody>${body.map((r) => line(r, "td")).join("")}</tbody></table>`;
}

/** Puts the table on the clipboard as HTML and text where the browser allows both, text otherwise. */
export async function copyTable(rows: string[][], clipboard: Clipboard | undefined = globalThis.navigator?.clipboard): Promise<void> {
  if (!clipboard) throw new Error("no clipboard");
  const text = toTsv(rows);
  if (typeof ClipboardItem !== "undefined" && typeof clipboard.write === "function") {
    try {
      await clipboard.write([
        new ClipboardItem({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([toHtmlTable(rows)], { type: "text/html" }),
        }),
      ]);
      return;
    } catch {
      // Some hosts allow text only: fall through to it.
    }
  }
  await clipboard.writeText(text);
}

export type ExportKind = "csv" | "xlsx";

/** The file's bytes: CSV as UTF-8 with a byte-order mark, so Excel and WPS read the Chinese right. */
export async function exportBytes(kind: ExportKind, rows: string[][], sheetName: string): Promise<Blob> {
  const XLSX = await import(/* webpackChunkName: "export" */ "@e965/xlsx");
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  if (kind === "csv") {
    return new Blob(["\uFEFF" + XLSX.utils.sheet_to_csv(sheet)], { type: "text/csv;charset=utf-8" });
  }
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName.slice(0, 31));
  const bytes = XLSX.write(book, { type: "array", bookType: "xlsx" }) as ArrayBuffer;
  return new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

/** Offers the file as a download. */
export function download(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file;
  link.rel = "noopener";
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
