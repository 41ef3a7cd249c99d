/**
 * A reviewer's inbox for the review-summary tests: hundreds of submitted workbooks of both families
 * (the seed department form in its variants, the four project layouts), some clean, some with errors
 * seeded where the manifest says, some files that cannot be read at all, and a few files a directory
 * walk must skip. Deterministic for a given seed: a failure names a file that can be regenerated.
 */
import { mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import Big from "big.js";
import type { FormKind } from "../../src/core/model";
import { ruleById } from "../../src/core/rules";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { cellAt, cellValue, isCellObject, mapCells, shiftSpec, withCells, type CellSpec, type SheetSpec } from "../../tools/samples/sheet-spec";
import {
  groupThousands,
  numericAmounts,
  projectSpecAnhui,
  projectSpecHubei,
  projectSpecHunan,
  projectSpecSichuan,
  toTraditional,
  wanYuan,
} from "../../tools/samples/variants";
import type { ReadProblemCode } from "../../src/core/problem";
import { workbookFromSpecs } from "../../tools/samples/from-spec";
import { seededRandom } from "../../tools/samples/random";

export type Broken = Extract<ReadProblemCode, "corrupted" | "not-xlsx"> | "damaged-xls" | "no-form";

export interface SeededError {
  /** The rule that must be reported for the file. */
  rule: string;
  /** What was changed, for a failure message (`E5 +300000.00`). */
  change: string;
}

export interface Submission {
  /** Path relative to the inbox directory, `/`-separated. */
  file: string;
  family: FormKind | null;
  /** Base form and presentation variant (`seed/wan-numeric`). */
  layout: string;
  seeded: SeededError[];
  /** Indicator names (as the form writes them) the report must list as unmet. */
  unmet: string[];
  /** Set for a file that cannot be checked: the reason the report must give. */
  broken?: Broken;
  /** How a broken file was made (`truncated zip`, `empty file`, …). */
  damage?: string;
}

export interface Inbox {
  submissions: Submission[];
  /** Files in the inbox a directory walk must not report (lock files, hidden folders, other types). */
  decoys: string[];
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

// ---------------------------------------------------------------------------------------------
// Amount cells, changed in the notation they are written in

function decimalsOf(cell: CellSpec): number {
  const format = isCellObject(cell) ? (cell.format ?? "") : "";
  const fromFormat = /0\.(0+)/.exec(format)?.[1].length;
  const v = cellValue(cell);
  const fromText = typeof v === "string" ? (v.split(".")[1]?.length ?? 0) : typeof v === "number" ? (String(v).split(".")[1]?.length ?? 0) : 0;
  return Math.max(fromFormat ?? 0, fromText);
}

function amountOf(cell: CellSpec): Big {
  const v = cellValue(cell);
  if (typeof v === "number") return new Big(v);
  if (typeof v === "string" && v.trim() !== "") return new Big(v.replace(/,/g, ""));
  return new Big(0);
}

/** The cell holding `value`, written as `like` writes amounts (grouped text, or a number keeping its format). */
function amountLike(like: CellSpec, value: Big): CellSpec {
  const decimals = decimalsOf(like);
  const v = cellValue(like);
  if (typeof v === "string") return groupThousands(value.toFixed(decimals));
  const n = Number(value.toFixed(decimals));
  return isCellObject(like) ? { ...like, value: n } : n;
}

function bump(spec: SheetSpec, address: string, delta: Big): CellSpec {
  const cell = cellAt(spec, address) ?? null;
  return amountLike(cell, amountOf(cell).plus(delta));
}

// ---------------------------------------------------------------------------------------------
// Clean bases and where errors can be seeded in them (addresses before any presentation variant)

interface Lowering {
  cell: string;
  name: string;
  value: string;
}

/**
 * A wrong score: an indicator's 得分 with the 总分 moved along, so only the score breaks the rules
 * (score-mismatch), or a 总分 that is not the sum of the 得分 (score-total-mismatch).
 */
interface ScoreChange {
  rule: "score-mismatch" | "score-total-mismatch";
  cells: Record<string, number>;
}

interface Base {
  id: string;
  family: FormKind;
  spec: () => SheetSpec;
  /** Amounts whose change leaves the form inconsistent; `delta` in the form's unit. */
  parts: string[];
  delta: Big;
  /**
   * What such a change breaks: the total (total-mismatch), or on a form with a single fund line
   * (Hubei) the stated 执行率 (rate-mismatch).
   */
  amountRule: "total-mismatch" | "rate-mismatch";
  /** Make a 其中 amount exceed its total: the cells to change and their new amounts. */
  subset?: (spec: SheetSpec, delta: Big, random: () => number) => Record<string, CellSpec>;
  lowerings: Lowering[];
  scores?: ScoreChange[];
}

/** The seed with every indicator met and nothing above a range: no error, no warning. */
export function cleanSeedSpec(): SheetSpec {
  return withCells(seedSpec, { G25: "60", G14: "18", G17: "22" });
}

/** form_1 with the fund total its lines add up to and the budget score it earns. */
export function cleanAnhuiSpec(): SheetSpec {
  const pct = (value: number): CellSpec => ({ value, format: "0.00%" });
  return withCells(projectSpecAnhui(), { C6: 90, D6: 89.974, E6: 89.974, G6: pct(1), H6: 10, H27: 100 });
}

/** form_7 with the one blank actual filled in. */
export function cleanHunanSpec(): SheetSpec {
  return withCells(projectSpecHunan(), { F21: "100%", G21: null });
}

/** form_2 with its 完成值 and 得分 filled in, as a finished submission has them. */
export function cleanSichuanSpec(): SheetSpec {
  return withCells(projectSpecSichuan(), { H8: 10, H14: "100%", H15: "100%", J14: 60, J15: 30, J16: 100 });
}

export function cleanHubeiSpec(): SheetSpec {
  return projectSpecHubei();
}

const BASES: Base[] = [
  {
    id: "seed",
    family: "department",
    spec: cleanSeedSpec,
    parts: ["E5", "E6", "E7", "E8", "E9", "G5", "G6", "G7", "G8", "G9"],
    // Whole 万元, so the 万元 variants (4 decimals) carry the change exactly.
    delta: new Big("300000"),
    amountRule: "total-mismatch",
    // 财政拨款 above its row's 总额, and the 财政拨款 total moved along so that column still adds up.
    subset: (spec, delta, random) => {
      const row = pick(random, [5, 6, 7, 8, 9]);
      const raised = amountOf(cellAt(spec, `E${row}`) ?? null).plus(delta);
      const by = raised.minus(amountOf(cellAt(spec, `F${row}`) ?? null));
      return { [`F${row}`]: amountLike(cellAt(spec, `F${row}`) ?? null, raised), F10: bump(spec, "F10", by) };
    },
    lowerings: [
      { cell: "G15", name: "代表活动次数", value: "900" },
      { cell: "G16", name: "代表大会参会人数", value: "850" },
      { cell: "G19", name: "代表提出议案建议数量", value: "760" },
      { cell: "G27", name: "公众满意度", value: "70%" },
      { cell: "G29", name: "常委会工作报告的通过率", value: "85%" },
    ],
  },
  {
    id: "anhui",
    family: "project",
    spec: cleanAnhuiSpec,
    parts: ["C6", "D6", "E6"],
    delta: new Big("5"),
    amountRule: "total-mismatch",
    subset: (spec, delta) => ({ D7: bump(spec, "D6", delta) }),
    lowerings: [
      { cell: "F14", name: "基建工程委托业务项目数量", value: "40" },
      { cell: "F26", name: "公众满意度", value: "85%" },
    ],
    scores: [
      { rule: "score-mismatch", cells: { H14: 6, H27: 98 } },
      { rule: "score-mismatch", cells: { H26: 7, H27: 97 } },
      { rule: "score-total-mismatch", cells: { H27: 95 } },
    ],
  },
  {
    id: "hunan",
    family: "project",
    spec: cleanHunanSpec,
    parts: ["C5", "D5", "C6", "D6"],
    delta: new Big("12.5"),
    amountRule: "total-mismatch",
    subset: (spec, delta) => ({ C6: bump(spec, "C5", delta) }),
    lowerings: [
      { cell: "F26", name: "市民满意度调查", value: "80%" },
      { cell: "F12", name: "库存数量真实率", value: "90%" },
    ],
  },
  {
    id: "sichuan",
    family: "project",
    spec: cleanSichuanSpec,
    parts: ["C8", "D8", "E8", "C9", "D9", "E9"],
    delta: new Big("20"),
    amountRule: "total-mismatch",
    subset: (spec, delta) => ({ D9: bump(spec, "D8", delta) }),
    lowerings: [{ cell: "H14", name: "发放(缴纳)覆盖率", value: "95%" }],
    scores: [
      { rule: "score-mismatch", cells: { J15: 20, J16: 90 } },
      { rule: "score-total-mismatch", cells: { J16: 96 } },
    ],
  },
  {
    id: "hubei",
    family: "project",
    spec: cleanHubeiSpec,
    parts: ["C5", "D5"],
    delta: new Big("0.5"),
    amountRule: "rate-mismatch",
    lowerings: [
      { cell: "E8", name: "补贴渔船数", value: "4" },
      { cell: "E11", name: "退捕渔民抽样调查满意度", value: "80%" },
    ],
    // No 分值 column: a wrong single score cannot be told from the form, a wrong 总分 can.
    scores: [{ rule: "score-total-mismatch", cells: { F12: 95 } }],
  },
];

interface Variant {
  id: string;
  apply: (spec: SheetSpec) => SheetSpec;
  /** How the variant rewrites text, for the names the report will show. */
  text?: (s: string) => string;
  /** Put a sheet of instructions before the form. */
  notesSheet?: boolean;
}

function traditionalText(s: string): string {
  const spec = toTraditional({ name: "t", rows: [[s]], merges: [] });
  return String(cellValue(spec.rows[0][0]));
}

const DEPARTMENT_VARIANTS: Variant[] = [
  { id: "as-printed", apply: (s) => s },
  { id: "numeric", apply: (s) => numericAmounts(s) },
  { id: "wan", apply: (s) => wanYuan(s) },
  { id: "wan-numeric", apply: (s) => wanYuan(s, { numeric: true }) },
  { id: "wan-note", apply: (s) => wanYuan(s, { unitIn: "note" }) },
  { id: "traditional", apply: (s) => toTraditional(s), text: traditionalText },
  { id: "shifted", apply: (s) => shiftSpec(s, 3, 2) },
  { id: "with-notes-sheet", apply: (s) => numericAmounts(s), notesSheet: true },
];

const PROJECT_VARIANTS: Variant[] = [
  { id: "as-printed", apply: (s) => s },
  { id: "shifted", apply: (s) => shiftSpec(s, 2, 1) },
  { id: "with-notes-sheet", apply: (s) => s, notesSheet: true },
];

const NOTES_SHEET: SheetSpec = { name: "填表说明", rows: [["填表说明"], ["1. 金额单位以表头为准。"], ["2. 请如实填写实际完成值。"]], merges: [] };

/** Long free text (task descriptions, goals) cut short: it only slows writing the workbooks down. */
function shortTexts(spec: SheetSpec): SheetSpec {
  return mapCells(spec, (cell) => {
    const v = cellValue(cell);
    if (typeof v !== "string" || v.length <= 40) return cell;
    return isCellObject(cell) ? { ...cell, value: v.slice(0, 40) } : v.slice(0, 40);
  });
}

type ErrorKind = "changed-amount" | "subset-exceeds-total" | "indicator-unmet" | "wrong-score";

/** Score rules arrive with the scoring work; seed wrong scores only where the engine can see them. */
function scoreChanges(base: Base): ScoreChange[] {
  return (base.scores ?? []).filter((c) => ruleById(c.rule) !== undefined);
}

function seedErrors(base: Base, spec: SheetSpec, kinds: ErrorKind[], random: () => number): { spec: SheetSpec; seeded: SeededError[]; unmet: string[] } {
  const seeded: SeededError[] = [];
  const unmet: string[] = [];
  let out = spec;
  for (const kind of kinds) {
    if (kind === "changed-amount") {
      const cell = pick(random, base.parts);
      const delta = base.delta.times(1 + Math.floor(random() * 9));
      out = withCells(out, { [cell]: bump(out, cell, delta) });
      seeded.push({ rule: base.amountRule, change: `${cell} +${delta.toString()}` });
    } else if (kind === "subset-exceeds-total" && base.subset) {
      const delta = base.delta.times(1 + Math.floor(random() * 9));
      const cells = base.subset(out, delta, random);
      out = withCells(out, cells);
      seeded.push({ rule: kind, change: Object.entries(cells).map(([a, c]) => `${a}=${String(cellValue(c))}`).join(" ") });
    } else if (kind === "indicator-unmet") {
      const lowering = pick(random, base.lowerings);
      if (unmet.includes(lowering.name)) continue;
      out = withCells(out, { [lowering.cell]: lowering.value });
      seeded.push({ rule: kind, change: `${lowering.cell}=${lowering.value}` });
      unmet.push(lowering.name);
    } else if (kind === "wrong-score") {
      const change = pick(random, scoreChanges(base));
      out = withCells(out, change.cells);
      seeded.push({ rule: change.rule, change: Object.entries(change.cells).map(([a, v]) => `${a}=${v}`).join(" ") });
    }
  }
  return { spec: out, seeded, unmet };
}

function errorKinds(base: Base, random: () => number): ErrorKind[] {
  const possible: ErrorKind[] = ["changed-amount", "indicator-unmet"];
  if (base.subset) possible.push("subset-exceeds-total");
  if (scoreChanges(base).length > 0) possible.push("wrong-score");
  // 40% clean, then one error, sometimes two of different kinds.
  const r = random();
  if (r < 0.4) return [];
  const first = pick(random, possible);
  if (r < 0.8) return [first];
  // Two edits of the amounts could undo each other (a raised total hides a raised 其中 line).
  const amounts: ErrorKind[] = ["changed-amount", "subset-exceeds-total"];
  const second = pick(random, possible.filter((k) => k !== first && !(amounts.includes(k) && amounts.includes(first))));
  return [first, second];
}

// ---------------------------------------------------------------------------------------------
// Files that cannot be checked

async function brokenBytes(kind: Broken, random: () => number): Promise<{ bytes: Buffer | string; damage: string }> {
  switch (kind) {
    case "corrupted": {
      const good = Buffer.from(await workbookFromSpecs([cleanHubeiSpec()]).xlsx.writeBuffer());
      const cut = Math.floor(good.length * (0.3 + random() * 0.4));
      return { bytes: good.subarray(0, cut), damage: `truncated zip (${cut} of ${good.length} bytes)` };
    }
    case "not-xlsx":
      return random() < 0.5
        ? { bytes: "项目名称,预算数\n委托业务项目,90\n", damage: "a CSV named .xlsx" }
        : { bytes: "", damage: "empty file" };
    case "damaged-xls": {
      // An OLE compound file header, as every .xls starts, and nothing a reader could use.
      const bytes = Buffer.alloc(1536);
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
      bytes.writeUInt16LE(0x003e, 0x18);
      bytes.writeUInt16LE(0x0003, 0x1a);
      bytes.writeUInt16LE(0xfffe, 0x1c);
      return { bytes, damage: "a damaged .xls renamed .xlsx" };
    }
    case "no-form": {
      const sheet: SheetSpec = { name: "通讯录", rows: [["姓名", "电话"], ["张三", "12345678"]], merges: [] };
      return { bytes: Buffer.from(await workbookFromSpecs([sheet]).xlsx.writeBuffer()), damage: "a workbook without a form" };
    }
  }
}

// ---------------------------------------------------------------------------------------------

export interface InboxOptions {
  count?: number;
  seed?: number;
  /** Every this many files, one that cannot be checked (default 40). */
  brokenEvery?: number;
  /** Sub-folders the submissions are spread over (as a bureau files them by district). */
  folders?: number;
}

const BROKEN_CYCLE: Broken[] = ["corrupted", "not-xlsx", "damaged-xls", "no-form", "not-xlsx", "corrupted"];

/**
 * Write `count` submissions under `dir` (in `folders` sub-folders) plus decoys, and return the
 * manifest. Department and project forms alternate; every `brokenEvery`th file cannot be read.
 */
export async function writeInbox(dir: string, options: InboxOptions = {}): Promise<Inbox> {
  const count = options.count ?? 500;
  const random = seededRandom(options.seed ?? 20240601);
  const brokenEvery = options.brokenEvery ?? 40;
  const folders = options.folders ?? 10;
  const submissions: Submission[] = [];
  const projectBases = BASES.filter((b) => b.family === "project");
  const departmentBase = BASES.find((b) => b.family === "department")!;

  for (let i = 0; i < count; i++) {
    const folder = `区县${String(Math.floor((i * folders) / count) + 1).padStart(2, "0")}`;
    const number = String(i + 1).padStart(4, "0");
    if (i % brokenEvery === brokenEvery - 1) {
      const kind = BROKEN_CYCLE[Math.floor(i / brokenEvery) % BROKEN_CYCLE.length];
      const { bytes, damage } = await brokenBytes(kind, random);
      const file = `${folder}/${number}-报送.xlsx`;
      mkdirSync(path.join(dir, folder), { recursive: true });
      writeFileSync(path.join(dir, file), bytes);
      submissions.push({ file, family: null, layout: "broken", seeded: [], unmet: [], broken: kind, damage });
      continue;
    }
    const base = i % 2 === 0 ? departmentBase : pick(random, projectBases);
    const variant = pick(random, base.family === "department" ? DEPARTMENT_VARIANTS : PROJECT_VARIANTS);
    const { spec, seeded, unmet } = seedErrors(base, shortTexts(base.spec()), errorKinds(base, random), random);
    const sheet = variant.apply(spec);
    const file = `${folder}/${number}-${base.id}-${variant.id}.xlsx`;
    const workbook = workbookFromSpecs(variant.notesSheet ? [NOTES_SHEET, sheet] : [sheet], { formStyle: false });
    mkdirSync(path.join(dir, folder), { recursive: true });
    writeFileSync(path.join(dir, file), Buffer.from(await workbook.xlsx.writeBuffer()));
    const names = variant.text ?? ((s: string) => s);
    submissions.push({ file, family: base.family, layout: `${base.id}/${variant.id}`, seeded, unmet: unmet.map(names) });
  }

  // What a real inbox also holds: Excel's lock file of an open workbook, a hidden folder, other files.
  const decoys = [`区县01/~$0001-seed-as-printed.xlsx`, `.回收站/0001-旧版.xlsx`, `区县01/说明.txt`, `区县02/旧表.pdf`];
  mkdirSync(path.join(dir, ".回收站"), { recursive: true });
  writeFileSync(path.join(dir, decoys[0]), Buffer.from("locked by 张三"));
  writeFileSync(path.join(dir, decoys[1]), Buffer.from(await workbookFromSpecs([cleanHubeiSpec()]).xlsx.writeBuffer()));
  writeFileSync(path.join(dir, decoys[2]), "请于月底前报送。\n");
  writeFileSync(path.join(dir, decoys[3]), "not read\n");
  return { submissions, decoys };
}
