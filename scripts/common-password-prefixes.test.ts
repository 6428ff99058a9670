import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { OUTPUT, renderCommonPasswordPrefixes } from './generate-common-password-prefixes.mjs';

it('keeps the SHA-1 prefixes of the bundled passwords equal to what the generator writes', () => {
  expect(readFileSync(OUTPUT, 'utf8')).toBe(renderCommonPasswordPrefixes());
});
