import Big from "big.js";
import {
  bigFromNumber,
  decimalsOf,
  decimalsOfFormat,
  excelDateText,
  isDateFormat,
  isErrorText,
  isPercentFormat,
  NO_VALUE,
  readDecimal,
  readNumberCell,
} from "../../../src/core/parse/number";

const read = (text: string) => {
  const r = readDecimal(text);
  return r && { value: r.value.toString(), decimals: r.decimals };
};

describe("readDecimal", () => {
  it.each([
    ["1,210", "1210", 0],
    ["37,560,000.00", "37560000", 2],
    ["９５.５１", "95.51", 2],
    ["(1,000.00)", "-1000", 2],
    ["（1,000.00）", "-1000", 2],
    ["-5", "-5", 0],
    ["−5", "-5", 0],
    ["－5", "-5", 0],
    ["+7", "7", 0],
    ["1e15", "1000000000000000", 0],
    ["1.25e1", "12.5", 1],
    ["1.5e-3", "0.0015", 4],
    [".5", "0.5", 1],
    [" 12 ", "12", 0],
    ["0.10", "0.1", 2],
    ["-0", "0", 0],
  ])("%s → %s (%i decimals)", (text, value, decimals) => {
    expect(read(text)).toEqual({ value, decimals });
  });

  it.each(["", "abc", "1,2100", "12,34", "1.2.3", "(-5)", "--5", "5-", "1e999", "95%", "¥5", "1 0x", ","])(
    "%j is not a plain decimal",
    (text) => {
      expect(readDecimal(text)).toBeNull();
    },
  );
});

describe("bigFromNumber", () => {
  it("keeps what Excel shows: 15 significant digits", () => {
    expect(bigFromNumber(0.1 + 0.2)!.toString()).toBe("0.3");
    expect(bigFromNumber(0.9551)!.toString()).toBe("0.9551");
    expect(bigFromNumber(146963013.91)!.toString()).toBe("146963013.91");
    expect(bigFromNumber(-0)!.toString()).toBe("0");
  });
  it("rejects NaN and infinities", () => {
    expect(bigFromNumber(NaN)).toBeNull();
    expect(bigFromNumber(Infinity)).toBeNull();
  });
});

describe("decimalsOf", () => {
  it.each([
    ["12.50", 1],
    ["1e15", 0],
    ["0.0015", 4],
    ["0", 0],
  ])("%s → %i", (v, d) => expect(decimalsOf(new Big(v))).toBe(d));
});

describe("number formats", () => {
  it.each([
    ["#,##0.00", 2],
    ["0.00%", 2],
    ["0%", 0],
    ["0", 0],
    ["#,##0", 0],
    ["#,##0.00_);(#,##0.00)", 2],
    ["#,##0.00_);[Red](#,##0.00)", 2],
    ['"¥"#,##0.000', 3],
    ["[$¥-804]#,##0.0", 1],
    ["0.00E+00", 2],
    ['#,##0.00"元"', 2],
  ])("decimalsOfFormat(%j) = %i", (f, d) => expect(decimalsOfFormat(f)).toBe(d));

  it.each([null, "General", "general", "", "@", "yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "h:mm"])(
    "decimalsOfFormat(%j) is null",
    (f) => expect(decimalsOfFormat(f)).toBeNull(),
  );

  it("recognises percent formats, not a quoted percent sign", () => {
    expect(isPercentFormat("0.00%")).toBe(true);
    expect(isPercentFormat("0%")).toBe(true);
    expect(isPercentFormat('0.00"%"')).toBe(false);
    expect(isPercentFormat("General")).toBe(false);
    expect(isPercentFormat(null)).toBe(false);
  });

  it("recognises date formats, not exponents or colours", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("m/d/yy")).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat("[h]:mm")).toBe(true);
    expect(isDateFormat("0.00E+00")).toBe(false);
    expect(isDateFormat("#,##0.00;[Red]-#,##0.00")).toBe(false);
    expect(isDateFormat('#,##0"天"')).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });

  it("reads a percent-formatted number in percentage points", () => {
    const n = readNumberCell(0.9551, "0.00%")!;
    expect([n.value.toString(), n.decimals, n.percent]).toEqual(["95.51", 2, true]);
    const g = readNumberCell(1210, "General")!;
    expect([g.value.toString(), g.decimals, g.percent]).toEqual(["1210", 0, false]);
    expect(readNumberCell(44561, "yyyy-mm-dd")).toBeNull();
  });

  it("turns date serials into ISO dates", () => {
    expect(excelDateText(44561)).toBe("2021-12-31");
    expect(excelDateText(1)).toBe("1900-01-01");
    expect(excelDateText(-3)).toBeNull();
  });
});

describe("NO_VALUE and error text", () => {
  it.each(["", "  ", "无", " 无 ", "/", "／", "—", "-", "－", "——", "--", "─", "…"])("%j means no value", (t) =>
    expect(NO_VALUE.test(t)).toBe(true),
  );
  it.each(["0", "-5", "无锡", "—5", "待定", "a"])("%j is a value", (t) => expect(NO_VALUE.test(t)).toBe(false));
  it.each(["#REF!", "#N/A", "#DIV/0!", "#VALUE!", "#NAME?", " #NUM! "])("%s is an Excel error", (t) =>
    expect(isErrorText(t)).toBe(true),
  );
  it("is not fooled by hash text", () => expect(isErrorText("#1")).toBe(false));
});
