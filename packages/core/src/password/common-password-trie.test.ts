import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import {
  OUTPUT,
  renderCommonPasswordTrie,
} from '../../../../scripts/generate-common-password-trie.mjs';
import { createFuzzyTermIndexFromLines, encodeFuzzyTermIndex } from './banned-terms.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

it('keeps the bundled trie equal to what the generator writes from the common passwords', () => {
  const encoded = encodeFuzzyTermIndex(createFuzzyTermIndexFromLines(COMMON_PASSWORDS));
  expect(readFileSync(OUTPUT, 'utf8')).toBe(renderCommonPasswordTrie(encoded));
});
