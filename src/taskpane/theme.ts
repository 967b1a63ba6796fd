/** Fluent theme that follows Office's: dark when Office's body background is dark. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** Relative luminance of a #rrggbb colour, 0 (black) to 1 (white); null when unreadable. */
export function luminance(hex: string | undefined): number | null {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? "");
  if (!match) return null;
  const [r, g, b] = match.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function themeFor(bodyBackgroundColor: string | undefined): Theme {
  const l = luminance(bodyBackgroundColor);
  return l !== null && l < 0.5 ? webDarkTheme : webLightTheme;
}
