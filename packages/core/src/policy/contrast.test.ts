import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.js';

describe('contrastRatio (WCAG 2.2)', () => {
  it('gives 21 for black on white and 1 for a color on itself, in either order', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#1f5fbf', '#1f5fbf')).toBe(1);
  });

  it('matches published ratios', () => {
    // WebAIM's contrast checker: #767676 on white is 4.54:1, #777777 4.48:1 (the AA edge).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // The link color of issue 19 on a light page: 1.82:1.
    expect(contrastRatio('#9ec1ff', '#ffffff')).toBeCloseTo(1.82, 2);
    // Pure red on white, 4.00:1; low channels use the linear part of the sRGB curve.
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#0a0a0a', '#000000')).toBeCloseTo(1.06, 2);
  });
});
