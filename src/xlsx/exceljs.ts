/**
 * exceljs's Workbook class on its own. `import ExcelJS from "exceljs"` also loads exceljs's streaming
 * reader and writer (unzipper, archiver and all they pull in), which ziping never uses: half of the
 * ~0.45 s of CPU that loading exceljs costs, paid again by every worker thread of `ziping check
 * --jobs` before it reads its first file. exceljs 4 has no "exports" map; lib/doc/workbook.js is the
 * class its index re-exports, so `instanceof` and everything else are the same.
 */
import type ExcelJS from "exceljs";

export const Workbook = require("exceljs/lib/doc/workbook") as typeof ExcelJS.Workbook;
