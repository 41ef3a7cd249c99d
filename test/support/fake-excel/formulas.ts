/**
 * Enough of Excel's formula language for the formulas ziping writes (SUM, SUMPRODUCT over
 * NUMBERVALUE, IFERROR, N, arithmetic and comparison, and the functions of the live marks'
 * conditions), so the fake shows computed values and conditional fills after a write the way Excel
 * would, and references that move when rows are inserted.
 */
import { parseRect, type Rect } from "./addresses";

export type Scalar = number | string | boolean | null;
export interface FormulaError {
  error: string;
}
type Value = Scalar | FormulaError | Value[][];

export type CellReader = (row: number, col: number) => Scalar;

const isError = (v: unknown): v is FormulaError => typeof v === "object" && v !== null && "error" in v;

/** Excel keeps 15 significant digits of a result. */
const excelNumber = (n: number): number => (Number.isFinite(n) ? Number(n.toPrecision(15)) : n);

function toNumber(v: Value): number | FormulaError {
  if (isError(v)) return v;
  if (Array.isArray(v)) return toNumber(v[0]?.[0] ?? null);
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  const n = Number(v.replace(/,/g, ""));
  return Number.isNaN(n) ? { error: "#VALUE!" } : n;
}

function toText(v: Scalar): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function numberValue(v: Scalar, decimal: string, group: string): number | FormulaError {
  if (v === null || v === "") return 0;
  if (typeof v === "number") return v;
  const text = toText(v).replace(/\s/g, "").split(group).join("");
  const normalised = decimal === "." ? text : text.replace(decimal, ".");
  const percent = normalised.endsWith("%");
  const n = Number(percent ? normalised.slice(0, -1) : normalised);
  if (Number.isNaN(n) || normalised === "") return { error: "#VALUE!" };
  return percent ? n / 100 : n;
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly read: CellReader,
  ) {}

  run(): Value {
    const v = this.comparison();
    this.space();
    if (this.i < this.src.length) throw new Error(`formula not understood at '${this.src.slice(this.i)}'`);
    return v;
  }

  private space(): void {
    while (this.src[this.i] === " ") this.i++;
  }

  private take(token: string): boolean {
    this.space();
    if (this.src.startsWith(token, this.i)) {
      this.i += token.length;
      return true;
    }
    return false;
  }

  private comparison(): Value {
    const left = this.additive();
    for (const op of ["<>", "<=", ">=", "=", "<", ">"]) {
      if (!this.take(op)) continue;
      const right = this.additive();
      if (isError(left)) return left;
      if (isError(right)) return right;
      const a = Array.isArray(left) ? left[0][0] : left;
      const b = Array.isArray(right) ? right[0][0] : right;
      const x = typeof a === "string" || typeof b === "string" ? toText(a as Scalar) : toNumber(a as Value);
      const y = typeof a === "string" || typeof b === "string" ? toText(b as Scalar) : toNumber(b as Value);
      if (isError(x)) return x;
      if (isError(y)) return y;
      switch (op) {
        case "=": return x === y;
        case "<>": return x !== y;
        case "<": return x < y;
        case ">": return x > y;
        case "<=": return x <= y;
        default: return x >= y;
      }
    }
    return left;
  }

  private additive(): Value {
    let v = this.term();
    for (;;) {
      if (this.take("&")) {
        const r = this.term();
        if (isError(v)) return v;
        if (isError(r)) return r;
        v = toText(v as Scalar) + toText(r as Scalar);
      } else if (this.take("+") || this.take("-")) {
        const op = this.src[this.i - 1];
        const a = toNumber(v);
        const b = toNumber(this.term());
        if (isError(a)) return a;
        if (isError(b)) return b;
        v = op === "+" ? a + b : a - b;
      } else return v;
    }
  }

  private term(): Value {
    let v = this.unary();
    for (;;) {
      if (this.take("*") || this.take("/")) {
        const op = this.src[this.i - 1];
        const a = toNumber(v);
        const b = toNumber(this.unary());
        if (isError(a)) return a;
        if (isError(b)) return b;
        if (op === "/" && b === 0) return { error: "#DIV/0!" };
        v = op === "*" ? a * b : a / b;
      } else return v;
    }
  }

  private unary(): Value {
    if (this.take("-")) {
      const n = toNumber(this.unary());
      return isError(n) ? n : -n;
    }
    if (this.take("+")) return this.unary();
    const v = this.primary();
    if (this.take("%")) {
      const n = toNumber(v);
      return isError(n) ? n : n / 100;
    }
    return v;
  }

  private primary(): Value {
    this.space();
    const rest = this.src.slice(this.i);
    if (this.take("(")) {
      const v = this.comparison();
      if (!this.take(")")) throw new Error("missing )");
      return v;
    }
    const str = /^"((?:[^"]|"")*)"/.exec(rest);
    if (str) {
      this.i += str[0].length;
      return str[1].replace(/""/g, '"');
    }
    const num = /^\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/.exec(rest);
    if (num) {
      this.i += num[0].length;
      return Number(num[0]);
    }
    const fn = /^([A-Za-z][A-Za-z0-9.]*)\(/.exec(rest);
    if (fn) {
      this.i += fn[0].length;
      const args: Value[] = [];
      if (!this.take(")")) {
        do args.push(this.comparison());
        while (this.take(","));
        if (!this.take(")")) throw new Error("missing ) after arguments");
      }
      return this.call(fn[1].toUpperCase(), args);
    }
    const ref = /^\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/.exec(rest);
    if (ref) {
      this.i += ref[0].length;
      const r = parseRect(ref[0]);
      if (r.top === r.bottom && r.left === r.right) return this.read(r.top, r.left);
      return this.area(r);
    }
    const bool = /^(TRUE|FALSE)\b/i.exec(rest);
    if (bool) {
      this.i += bool[0].length;
      return bool[0].toUpperCase() === "TRUE";
    }
    throw new Error(`formula not understood at '${rest}'`);
  }

  private area(r: Rect): Value[][] {
    const rows: Value[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: Value[] = [];
      for (let col = r.left; col <= r.right; col++) line.push(this.read(row, col));
      rows.push(line);
    }
    return rows;
  }

  private call(name: string, args: Value[]): Value {
    const flat = (v: Value): Value[] => (Array.isArray(v) ? v.flat() : [v]);
    switch (name) {
      case "SUM": {
        let total = 0;
        for (const a of args) {
          if (Array.isArray(a)) {
            for (const v of a.flat()) {
              if (isError(v)) return v;
              if (typeof v === "number") total += v;
            }
          } else {
            const n = toNumber(a);
            if (isError(n)) return n;
            total += n;
          }
        }
        return total;
      }
      case "SUMPRODUCT": {
        const arrays = args.map(flat);
        let total = 0;
        for (let k = 0; k < arrays[0].length; k++) {
          let product = 1;
          for (const arr of arrays) {
            const v = arr[k];
            if (isError(v)) return v;
            product *= typeof v === "number" ? v : 0;
          }
          total += product;
        }
        return total;
      }
      case "NUMBERVALUE": {
        const [text, decimal = ".", group = ","] = args;
        const d = toText(decimal as Scalar);
        const g = toText(group as Scalar);
        if (Array.isArray(text)) return text.map((row) => row.map((v) => numberValue(v as Scalar, d, g)));
        if (isError(text)) return text;
        return numberValue(text as Scalar, d, g);
      }
      case "IFERROR":
        // Element by element over an array, as SUMPRODUCT evaluates its arguments
        // (https://support.microsoft.com/office/iferror-function-c526fd07-caeb-47b8-8bb6-63f3e417f611).
        if (Array.isArray(args[0])) return args[0].map((row) => row.map((v) => (isError(v) ? (args[1] as Value) : v)));
        return isError(args[0]) ? args[1] : args[0];
      // The functions of ziping's live conditions (src/core/plan/conditions), as Excel's function
      // reference describes them; an error argument makes the result an error, which a conditional
      // format reads as not applying.
      case "AND":
      case "OR": {
        // https://support.microsoft.com/office/and-function-5f19b2e8-e1df-4408-897a-ce285a19e9d9
        // https://support.microsoft.com/office/or-function-7d17ad14-8700-4281-b308-00b131e22af0
        const values: boolean[] = [];
        for (const a of args.flatMap(flat)) {
          if (isError(a)) return a;
          if (typeof a === "boolean") values.push(a);
          else if (typeof a === "number") values.push(a !== 0);
        }
        if (values.length === 0) return { error: "#VALUE!" };
        return name === "AND" ? values.every(Boolean) : values.some(Boolean);
      }
      case "NOT": {
        const n = toNumber(args[0]);
        return isError(n) ? n : n === 0;
      }
      case "IF": {
        // https://support.microsoft.com/office/if-function-69aed7c9-4e8a-4755-a9bc-aa8bbff73be2
        const test = toNumber(args[0]);
        if (isError(test)) return test;
        return test !== 0 ? args[1] : (args[2] ?? false);
      }
      case "ROUND": {
        // Half away from zero: https://support.microsoft.com/office/round-function-c018c5d8-40fb-4053-90b1-b3e7f61a213c
        const x = toNumber(args[0]);
        const d = toNumber(args[1]);
        if (isError(x)) return x;
        if (isError(d)) return d;
        const scale = 10 ** d;
        return (Math.sign(x) * Math.round(Number((Math.abs(x) * scale).toPrecision(15)))) / scale;
      }
      case "MIN":
      case "MAX": {
        // Numbers among the arguments (an error is the result); none at all gives 0:
        // https://support.microsoft.com/office/min-function-61635d12-920f-4ce2-a70f-96f202dcc152
        // https://support.microsoft.com/office/max-function-e0012414-9ac8-4b34-9a47-73e662c08098
        const numbers: number[] = [];
        for (const a of args.flatMap(flat)) {
          if (isError(a)) return a;
          if (typeof a === "number") numbers.push(a);
        }
        if (numbers.length === 0) return 0;
        return name === "MIN" ? Math.min(...numbers) : Math.max(...numbers);
      }
      case "ABS": {
        const x = toNumber(args[0]);
        return isError(x) ? x : Math.abs(x);
      }
      case "SUBSTITUTE": {
        // https://support.microsoft.com/office/substitute-function-6434944e-a904-4336-a9b0-1e58df3bc332
        const [text, from, to] = args.map((a) => (Array.isArray(a) ? a[0][0] : a));
        for (const a of [text, from, to]) if (isError(a)) return a;
        const find = toText(from as Scalar);
        return find === "" ? toText(text as Scalar) : toText(text as Scalar).split(find).join(toText(to as Scalar));
      }
      case "SEARCH": {
        // Not found is #VALUE!: https://support.microsoft.com/office/search-function-f79ef0b8-0991-4fc1-93b0-627c019a8e9f
        const [find, within] = args.map((a) => (Array.isArray(a) ? a[0][0] : a));
        if (isError(find)) return find;
        if (isError(within)) return within;
        const at = toText(within as Scalar).toLowerCase().indexOf(toText(find as Scalar).toLowerCase());
        return at < 0 ? { error: "#VALUE!" } : at + 1;
      }
      case "ISNUMBER": {
        const v = Array.isArray(args[0]) ? args[0][0][0] : args[0];
        return typeof v === "number";
      }
      case "N": {
        const v = Array.isArray(args[0]) ? args[0][0][0] : args[0];
        if (isError(v)) return v;
        return typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1 : 0) : 0;
      }
      default:
        throw new Error(`the fake does not compute ${name}()`);
    }
  }
}

/** The value Excel would show for `formula` (with its leading `=`); errors as `#DIV/0!` text. */
export function evaluate(formula: string, read: CellReader): Scalar {
  const v = new Parser(formula.replace(/^=/, ""), read).run();
  const single = Array.isArray(v) ? v[0][0] : v;
  if (isError(single)) return single.error;
  if (Array.isArray(single)) return "#VALUE!";
  return typeof single === "number" ? excelNumber(single) : single;
}

/** References in `formula` after rows were inserted at `at` (count n), as Excel rewrites them. */
export function shiftFormulaRows(formula: string, at: number, n: number): string {
  const parts = formula.split(/("(?:[^"]|"")*")/);
  return parts
    .map((part, k) =>
      k % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_$.])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?::(\$?)([A-Za-z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_(])/g,
            (whole, lead: string, d1: string, c1: string, d2: string, r1: string, d3?: string, c2?: string, d4?: string, r2?: string) => {
              const top = Number(r1) - 1;
              if (r2 === undefined) return `${lead}${d1}${c1}${d2}${top >= at ? top + n + 1 : top + 1}`;
              const bottom = Number(r2) - 1;
              const newTop = top >= at ? top + n : top;
              const newBottom = bottom >= at ? bottom + n : bottom;
              return `${lead}${d1}${c1}${d2}${newTop + 1}:${d3}${c2}${d4}${newBottom + 1}`;
            },
          ),
    )
    .join("");
}
