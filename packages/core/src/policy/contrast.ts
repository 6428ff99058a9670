/**
 * The WCAG 2.2 contrast ratio of two `#rrggbb` colors, from 1 (the same) to 21 (black on
 * white): (L1 + 0.05) / (L2 + 0.05) over their relative luminances, the lighter on top.
 * Normal text needs at least 4.5 (success criterion 1.4.3, level AA).
 *
 * @example
 * ```ts
 * contrastRatio('#000000', '#ffffff'); // 21
 * contrastRatio('#1f5fbf', '#ffffff'); // about 6.3
 * ```
 */
export function contrastRatio(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [
    number,
    number,
  ];
  return (lighter + 0.05) / (darker + 0.05);
}

/** The least contrast for normal text (WCAG 2.2 SC 1.4.3, AA). */
export const TEXT_CONTRAST = 4.5;

/** The relative luminance of a `#rrggbb` color (WCAG 2.2 definition, sRGB). */
function luminance(color: string): number {
  const channel = (offset: number) => {
    const value = Number.parseInt(color.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}
