import type { EncodedFuzzyTermIndex } from '../packages/core/src/password/banned-terms.js';

/** Where the generator writes the bundled trie. */
export declare const OUTPUT: string;
/** The text of `common-password-trie.ts` for an encoding of the bundled list. */
export declare function renderCommonPasswordTrie(encoded: EncodedFuzzyTermIndex): string;
