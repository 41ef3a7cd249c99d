import { mkdirSync, symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { expandInputs } from "../../../src/cli/review/inputs";
import { tempDir } from "../../support/workbooks";

let dir: string;
let cleanup: () => void;

function touch(...parts: string[]): string {
  const file = path.join(dir, ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "x");
  return file;
}

beforeEach(() => ({ dir, cleanup } = tempDir("ziping-inputs-")));
afterEach(() => cleanup());

async function files(args: string[], exclude: string[] = []): Promise<string[]> {
  const r = await expandInputs(args, "zh-CN", exclude);
  if ("error" in r) throw new Error(r.error);
  return r.files;
}

describe("expandInputs", () => {
  it("walks directories depth first in code-unit order, .xlsx, .xls and .et (any case), skipping lock files and hidden entries", async () => {
    touch("b", "2.xlsx");
    touch("b", "10.xlsx");
    touch("a.XLSX");
    touch("c", "d", "e.xlsx");
    touch("c", "~$e.xlsx");
    touch(".hidden", "f.xlsx");
    touch("c", ".g.xlsx");
    touch("c", "notes.txt");
    touch("c", "old.xls");
    touch("c", "wps.et");
    touch("区县", "表.xlsx");
    expect(await files([dir])).toEqual(
      [["a.XLSX"], ["b", "10.xlsx"], ["b", "2.xlsx"], ["c", "d", "e.xlsx"], ["c", "old.xls"], ["c", "wps.et"], ["区县", "表.xlsx"]].map((p) => path.join(dir, ...p)),
    );
  });

  it("keeps the user's spelling of the directory in the paths it lists", async () => {
    touch("sub", "a.xlsx");
    const relative = path.relative(process.cwd(), path.join(dir, "sub"));
    expect(await files([relative])).toEqual([path.join(relative, "a.xlsx")]);
  });

  it("keeps files as given, even missing ones or other types, so the check can say why they fail", async () => {
    const txt = touch("notes.txt");
    const missing = path.join(dir, "missing.xlsx");
    expect(await files([txt, missing])).toEqual([txt, missing]);
  });

  it("lists a file found again under another argument once, where it first appeared", async () => {
    const a = touch("sub", "a.xlsx");
    const b = touch("sub", "b.xlsx");
    expect(await files([b, path.join(dir, "sub")])).toEqual([b, a]);
  });

  it("does not pick up the report the run writes", async () => {
    const a = touch("a.xlsx");
    const report = touch("review.xlsx");
    expect(await files([dir], [report])).toEqual([a]);
  });

  it("says so when a directory holds no workbook", async () => {
    touch("empty", "readme.txt");
    const r = await expandInputs([path.join(dir, "empty")], "zh-CN");
    expect(r).toEqual({ error: `目录 ${path.join(dir, "empty")} 中没有 .xlsx 或 .xls 文件；请确认文件夹是否选对` });
    const en = await expandInputs([path.join(dir, "empty")], "en-US");
    expect("error" in en && en.error).toMatch(/no \.xlsx or \.xls files/);
  });

  it("follows a linked directory once, where the walk meets it first, even when it links back to itself", async () => {
    touch("real", "a.xlsx");
    symlinkSync(path.join(dir, "real"), path.join(dir, "real", "loop"));
    symlinkSync(path.join(dir, "real"), path.join(dir, "link"));
    expect(await files([dir])).toEqual([path.join(dir, "link", "a.xlsx")]);
  });
});
