import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { OUTPUT, renderCommonPasswords } from './generate-common-passwords.mjs';

it('keeps the bundled common-password list equal to what the generator writes', () => {
  expect(readFileSync(OUTPUT, 'utf8')).toBe(renderCommonPasswords());
});
