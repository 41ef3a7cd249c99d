/**
 * A recognised Form as plain facts with A1 addresses (amounts as decimal strings), so tests can
 * compare two recognitions of the same form — e.g. the seed and the seed moved to C5 — in one
 * assertion, after shifting the addresses of one of them.
 */
import { a1, columnName, parseA1, rangeA1 } from "../../src/core/grid";
import type { Actual, Form, MoneyRow, MoneyValue, Target } from "../../src/core/model";

const money = (v: MoneyValue): string => (v.kind === "amount" ? `${v.value.toString()}/${v.decimals}` : v.kind);

function target(t: Target): string {
  switch (t.kind) {
    case "quantity":
      return `${t.op}${t.explicitOp ? "!" : ""} ${t.value.toString()} ${t.unit ?? ""}`.trim();
    case "range":
      return `${t.low.toString()}~${t.high.toString()} ${t.unit ?? ""}`.trim();
    case "qualitative":
      return `q:${t.text}`;
    default:
      return t.kind;
  }
}

function actual(a: Actual): string {
  switch (a.kind) {
    case "number":
      return `${a.value.toString()} ${a.unit ?? ""}`.trim();
    case "grade":
      return `grade:${a.grade}`;
    case "text":
      return `text:${a.text}`;
    default:
      return a.kind;
  }
}

function moneyRow(r: MoneyRow): Record<string, unknown> {
  return {
    label: r.label,
    labelCell: r.labelCell.address,
    subset: r.subset,
    amounts: Object.values(r.amounts).map((v) => `${v.cell.address}=${money(v)}`),
    ...(r.rate ? { rate: `${r.rate.cell.address}=${actual(r.rate.actual)}` } : {}),
    ...(r.weight ? { weight: `${r.weight.cell.address}=${money(r.weight.value)}` } : {}),
    ...(r.score ? { score: `${r.score.cell.address}=${money(r.score.value)}` } : {}),
  };
}

const col = (c: number | undefined): string | undefined => (c === undefined ? undefined : columnName(c));
const row = (r: number): string => String(r + 1);

export function digestForm(form: Form): Record<string, unknown> {
  const m = form.money;
  const t = form.indicators;
  return {
    kind: form.kind,
    title: form.title,
    unitName: form.unitName,
    projectName: form.projectName,
    year: form.year,
    bounds: rangeA1(form.bounds),
    money: m && {
      unit: m.unit,
      header: `${row(m.headerTop)}-${row(m.headerBottom)}`,
      labelCol: col(m.labelCol),
      columns: m.columns.map((c) => `${col(c.col)}:${c.measure}${c.partOf !== undefined ? `<${col(c.partOf)}` : ""}`),
      rateCol: col(m.rateCol),
      weightCol: col(m.weightCol),
      scoreCol: col(m.scoreCol),
      parts: m.parts.map(moneyRow),
      total: m.total && moneyRow(m.total),
      totalInsertRow: row(m.totalInsertRow),
      totalPosition: m.totalPosition,
    },
    indicators: t && {
      headerRow: row(t.headerRow),
      columns: Object.fromEntries(Object.entries(t.columns).map(([k, v]) => [k, col(v)])),
      sections: t.sections.map((s) => `${row(s.row)}:${s.name}:${s.points ?? ""}`),
      rows: t.rows.map((r) => ({
        level1: r.level1,
        level2: r.level2,
        name: r.name,
        cells: `${r.nameCell.address} ${r.targetCell.address} ${r.actualCell.address}`,
        target: target(r.target),
        actual: actual(r.actual),
        reverse: r.reverse,
        ...(r.explanation ? { explanation: `${r.explanation.cell.address}=${r.explanation.text}` } : {}),
        ...(r.weight ? { weight: `${r.weight.cell.address}=${money(r.weight.value)}` } : {}),
        ...(r.score ? { score: `${r.score.cell.address}=${money(r.score.value)}` } : {}),
        ...(r.notApplicable ? { notApplicable: true } : {}),
      })),
    },
    summaryBlock: form.summaryBlock && `${row(form.summaryBlock.top)}-${row(form.summaryBlock.bottom)}`,
  };
}

const ADDRESS = /\b([A-Z]{1,3})(\d+)\b/g;

/** Move every address, column letter and row number in a digest, as if the form had been moved. */
export function shiftDigest(digest: unknown, rows: number, cols: number): unknown {
  const shiftAddresses = (s: string): string =>
    s.replace(ADDRESS, (_w, c: string, r: string) => {
      const p = parseA1(`${c}${r}`);
      return a1(p.row + rows, p.col + cols);
    });
  const walk = (value: unknown, key: string): unknown => {
    if (Array.isArray(value)) return value.map((v) => walk(v, key));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    if (typeof value !== "string") return value;
    if (["labelCol", "rateCol", "weightCol", "scoreCol"].includes(key) || (key !== "" && /^[A-Z]{1,3}$/.test(value) && isColumnKey(key))) {
      return columnName(parseA1(`${value}1`).col + cols);
    }
    if (key === "header" || key === "summaryBlock") return value.replace(/\d+/g, (n) => String(Number(n) + rows));
    if (key === "headerRow" || key === "totalInsertRow") return String(Number(value) + rows);
    if (key === "sections") return value.replace(/^\d+/, (n) => String(Number(n) + rows));
    if (key === "columns") {
      return value.replace(/^([A-Z]+)/, (c) => columnName(parseA1(`${c}1`).col + cols)).replace(/<([A-Z]+)/, (_w, c: string) => `<${columnName(parseA1(`${c}1`).col + cols)}`);
    }
    if (["bounds", "labelCell", "amounts", "rate", "weight", "score", "cells", "explanation"].includes(key)) {
      return key === "explanation" || key === "amounts" || key === "rate" || key === "weight" || key === "score"
        ? value.replace(/^([A-Z]{1,3}\d+)/, (a) => shiftAddresses(a))
        : shiftAddresses(value);
    }
    return value;
  };
  return walk(digest, "");
}

function isColumnKey(key: string): boolean {
  return ["level1", "level2", "name", "nature", "target", "unit", "actual", "weight", "score", "explanation"].includes(key);
}
