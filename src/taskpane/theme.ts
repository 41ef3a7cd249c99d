/**
 * Office tells the pane its theme through Office.context.officeTheme. Excel has no theme-changed
 * event, so the pane reads it at start and again whenever the pane regains focus.
 */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance (WCAG) of `#RRGGBB`, or null when the text is not such a colour. */
function luminance(hex: string): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function isDarkOfficeTheme(theme: OfficeThemeLike | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const lum = theme.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : null;
  // Office's Dark Gray body is #666666-ish (luminance ≈ 0.13) and should get the dark theme too.
  return lum !== null && lum < 0.2;
}
