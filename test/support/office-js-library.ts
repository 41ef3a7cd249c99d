/**
 * The Excel namespace of a real office.js build: the npm copy of @microsoft/office-js (what a
 * self-hosted site serves with OFFICE_JS=self) run in a bare JS context, so tests ask the library
 * itself which members it implements.
 */
import fs from "fs";
import path from "path";
import vm from "vm";
import { libraryHasIn, type LibraryHas } from "../../src/excel/capabilities";

const DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

/** The files office.js loads for Excel per platform (the minified ones a site serves). */
export const NPM_EXCEL_FILES = ["excel-win32-16.01.js", "excel-web-16.00.js", "excel-mac-16.00.js", "excel-ios-16.00.js"];

/** What `file` from the npm copy's dist/ defines as `Excel`. */
export function npmOfficeLibrary(file: string): LibraryHas {
  const sandbox: Record<string, unknown> = { console, setTimeout, clearTimeout };
  sandbox.window = sandbox;
  sandbox.self = sandbox;
  sandbox.navigator = { userAgent: "node" };
  sandbox.location = { href: "https://localhost/", search: "", hash: "" };
  sandbox.document = { addEventListener() {}, readyState: "complete", getElementsByTagName: () => [], createElement: () => ({ setAttribute() {}, style: {} }), documentElement: {} };
  vm.createContext(sandbox);
  vm.runInContext(fs.readFileSync(path.join(DIST, file), "utf8"), sandbox, { filename: file });
  if (typeof sandbox.Excel !== "object") throw new Error(`${file} defined no Excel namespace`);
  return libraryHasIn(sandbox.Excel);
}
