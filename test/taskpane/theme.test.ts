import { isDarkOfficeTheme } from "../../src/taskpane/theme";
import { groupDigits } from "../../src/taskpane/format";

describe("isDarkOfficeTheme", () => {
  test("trusts isDarkTheme when Office gives it", () => {
    expect(isDarkOfficeTheme({ isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" })).toBe(true);
    expect(isDarkOfficeTheme({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(false);
  });

  test("otherwise reads the body background", () => {
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#666666" })).toBe(true);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#E6E6E6" })).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
  });

  test("is light when nothing can be read", () => {
    expect(isDarkOfficeTheme(undefined)).toBe(false);
    expect(isDarkOfficeTheme({ bodyBackgroundColor: "transparent" })).toBe(false);
  });
});

describe("groupDigits", () => {
  test("groups the whole part of a decimal string only", () => {
    expect(groupDigits("146963013.91")).toBe("146,963,013.91");
    expect(groupDigits("-1234567")).toBe("-1,234,567");
    expect(groupDigits("999")).toBe("999");
    expect(groupDigits("0.12345")).toBe("0.12345");
    expect(groupDigits("not a number")).toBe("not a number");
  });
});
