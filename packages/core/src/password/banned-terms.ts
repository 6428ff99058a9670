import { COMMON_PASSWORD_TRIE } from './common-password-trie.js';
import { normalizeForMatching, SUBSTITUTIONS } from './normalize.js';

/** Where a banned term came from. */
export const BannedTermSource = {
  /** The bundled list of common passwords. */
  Common: 'common',
  /** The admin's `password.customBannedTerms`. */
  Custom: 'custom',
  /** The user's own given name, surname or username. */
  Personal: 'personal',
  /** The organization's name. */
  Organization: 'organization',
} as const;

/** The union of {@link BannedTermSource} values. */
export type BannedTermSource = (typeof BannedTermSource)[keyof typeof BannedTermSource];

/** A banned term found in a password. */
export interface BannedTermMatch {
  /** The term, normalized (lower case, substitutions undone). */
  term: string;
  source: BannedTermSource;
}

/** Fewest points a password must score (Entra Password Protection). */
export const MINIMUM_BANNED_SCORE = 5;

/** Shortest term, and shortest stretch of password a term can match (Entra: terms of 4+ characters). */
const MIN_TERM_LENGTH = 4;

/**
 * Banned terms in a trie (prefix tree) of code points, for matching within edit distance 1:
 * the password is walked through it from each position, allowing one substitution,
 * insertion or deletion on the way (see `scoreBannedTerms`). Node 0 is the root; a node's
 * children are a list (`firstChild`, then `nextSibling`), in the order they were added.
 * Building it is one pass over the terms, with no per-term keys to hash, so the bundled
 * list's index is ready in a few milliseconds on first use.
 */
export interface FuzzyTermIndex {
  /** The terms, normalized, in the order first given; duplicates and short terms are dropped. */
  readonly terms: readonly string[];
  /** Per node, its first child, or -1. */
  readonly firstChild: Int32Array;
  /** Per node, its next sibling, or -1. */
  readonly nextSibling: Int32Array;
  /** Per node, the code point on the edge into it (the root's is -1). */
  readonly label: Int32Array;
  /** Per node, its parent (the root's is -1). */
  readonly parent: Int32Array;
  /** Per node, the index in `terms` of the term that ends there, or -1. */
  readonly term: Int32Array;
  /**
   * The nodes again, as an open-addressing hash table (linear probing, -1 for empty) keyed
   * by parent and label, so a child is found in constant time (see `childSlot`).
   */
  readonly children: Int32Array;
  /** Code points in the longest term. */
  readonly longest: number;
}

/** Builds a {@link FuzzyTermIndex} from raw terms (they are normalized here). */
export function createFuzzyTermIndex(terms: Iterable<string>): FuzzyTermIndex {
  const trie = createTrieBuilder();
  for (const raw of terms) {
    const chars = normalizeForMatching(raw.trim());
    if (chars.length >= MIN_TERM_LENGTH) trie.add(chars);
  }
  return trie.finish();
}

let commonIndex: FuzzyTermIndex | undefined;

/**
 * The index of the bundled common-password list, decoded on first use from the trie the
 * build generated (`common-password-trie.ts`): about 27,000 nodes laid out in one pass, a
 * few milliseconds in a fresh process, where building it from the list took 40-60 ms.
 */
export function commonPasswordIndex(): FuzzyTermIndex {
  commonIndex ??= decodeFuzzyTermIndex(COMMON_PASSWORD_TRIE);
  return commonIndex;
}

/**
 * A {@link FuzzyTermIndex} as text, for a generated module: its nodes in preorder (children
 * in the index's order), one UTF-16 unit each. Made by {@link encodeFuzzyTermIndex}.
 */
export interface EncodedFuzzyTermIndex {
  /** Per node but the root, the code point on the edge into it. */
  readonly labels: string;
  /** Per node but the root, `'0'` + 2 * depth + 1 if a term ends there (else + 0). */
  readonly shape: string;
  /** Per term node, in preorder, its place in `terms`: 3 base64url characters, high bits first. */
  readonly ranks: string;
  /** {@link FuzzyTermIndex.terms}, joined by newlines (no term holds one: they are trimmed). */
  readonly terms: string;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
/** Per ASCII code, its value as a base64url digit, or -1. */
const SIX_BITS = Int8Array.from({ length: 128 }, (_, code) =>
  BASE64URL.indexOf(String.fromCharCode(code)),
);
const SHAPE_ZERO = 0x30;
/** The deepest node {@link EncodedFuzzyTermIndex.shape} can hold in printable ASCII. */
const MAX_ENCODED_DEPTH = (0x7e - 1 - SHAPE_ZERO) >> 1;

/**
 * The index as an {@link EncodedFuzzyTermIndex}, which {@link decodeFuzzyTermIndex} turns
 * back into an index that finds the same terms with the same ranks (its nodes are numbered
 * in preorder, not in the order they were added).
 *
 * @throws {RangeError} for a label outside the Basic Multilingual Plane, a term deeper than
 *   46 code points or more than 2^18 terms (the bundled list has none of these).
 */
export function encodeFuzzyTermIndex(index: FuzzyTermIndex): EncodedFuzzyTermIndex {
  if (index.terms.length > 1 << 18) throw new RangeError('too many terms to encode');
  let labels = '';
  let shape = '';
  let ranks = '';
  const visit = (node: number, depth: number) => {
    for (let child = index.firstChild[node] ?? -1; child !== -1; ) {
      const point = index.label[child] ?? -1;
      if (point < 0 || point > 0xffff || (point >= 0xd800 && point <= 0xdfff)) {
        throw new RangeError(`label ${point} is not one UTF-16 unit`);
      }
      if (depth + 1 > MAX_ENCODED_DEPTH) throw new RangeError('a term is too long to encode');
      const rank = index.term[child] ?? -1;
      labels += String.fromCharCode(point);
      shape += String.fromCharCode(SHAPE_ZERO + 2 * (depth + 1) + (rank === -1 ? 0 : 1));
      if (rank !== -1) {
        ranks += `${BASE64URL[rank >> 12]}${BASE64URL[(rank >> 6) & 63]}${BASE64URL[rank & 63]}`;
      }
      visit(child, depth + 1);
      child = index.nextSibling[child] ?? -1;
    }
  };
  visit(0, 0);
  return { labels, shape, ranks, terms: index.terms.join('\n') };
}

/**
 * The {@link FuzzyTermIndex} an {@link EncodedFuzzyTermIndex} describes, in one pass over its
 * nodes (no term is looked up, no sibling list searched).
 *
 * @throws {RangeError} when the encoding is malformed (lengths or depths that do not fit).
 */
export function decodeFuzzyTermIndex(encoded: EncodedFuzzyTermIndex): FuzzyTermIndex {
  const { labels, shape, ranks } = encoded;
  if (labels.length !== shape.length) throw new RangeError('labels and shape differ in length');
  const nodes = labels.length + 1;
  const firstChild = new Int32Array(nodes).fill(-1);
  const nextSibling = new Int32Array(nodes).fill(-1);
  const label = new Int32Array(nodes);
  const parent = new Int32Array(nodes);
  const term = new Int32Array(nodes).fill(-1);
  label[0] = -1;
  parent[0] = -1;
  const termCount = ranks.length / 3;
  // Split natively rather than spelled node by node: 27,000 string joins cost more than the rest.
  const terms = encoded.terms === '' ? [] : encoded.terms.split('\n');
  if (terms.length !== termCount) throw new RangeError('ranks and terms differ in number');
  const taken = new Uint8Array(termCount);
  // Per depth: the node on the current path, and its last child so far.
  const path = new Int32Array(MAX_ENCODED_DEPTH + 1);
  const lastChild = new Int32Array(MAX_ENCODED_DEPTH + 1).fill(-1);
  let pathDepth = 0;
  let longest = 0;
  let termsSeen = 0;
  for (let node = 1; node < nodes; node++) {
    const code = shape.charCodeAt(node - 1) - SHAPE_ZERO;
    const depth = code >> 1;
    if (code < 2 || depth > MAX_ENCODED_DEPTH || depth > pathDepth + 1) {
      throw new RangeError(`node ${node} has no parent at depth ${depth - 1}`);
    }
    const up = path[depth - 1] ?? 0;
    const point = labels.charCodeAt(node - 1);
    label[node] = point;
    parent[node] = up;
    const previous = lastChild[depth - 1] ?? -1;
    if (previous === -1) firstChild[up] = node;
    else nextSibling[previous] = node;
    lastChild[depth - 1] = node;
    lastChild[depth] = -1;
    path[depth] = node;
    pathDepth = depth;
    if ((code & 1) === 1) {
      const at = 3 * termsSeen++;
      const high = SIX_BITS[ranks.charCodeAt(at)] ?? -1;
      const middle = SIX_BITS[ranks.charCodeAt(at + 1)] ?? -1;
      const low = SIX_BITS[ranks.charCodeAt(at + 2)] ?? -1;
      const rank = high < 0 || middle < 0 || low < 0 ? -1 : (high << 12) | (middle << 6) | low;
      if (rank < 0 || rank >= termCount || taken[rank] === 1) {
        throw new RangeError(`node ${node} has a rank out of range or taken`);
      }
      taken[rank] = 1;
      term[node] = rank;
      if (depth > longest) longest = depth;
    }
  }
  if (termsSeen !== termCount) throw new RangeError('ranks and term nodes differ in number');
  return {
    terms,
    firstChild,
    nextSibling,
    label,
    parent,
    term,
    children: hashChildren(parent, label, nodes),
    longest,
  };
}

/**
 * `createFuzzyTermIndex(text.split('\n'))`, faster when every line is printable ASCII without
 * upper case, as the bundled list is (lower-cased and NFKC-normalized by its generator): each
 * character then only needs its substitution undone, and no line is split off as a string.
 */
export function createFuzzyTermIndexFromLines(text: string): FuzzyTermIndex {
  return indexAsciiLines(text) ?? createFuzzyTermIndex(text.split('\n'));
}

/** Per ASCII code: its matching form (see `normalizeForMatching`), or -1 where that needs more. */
const ASCII_MATCHING = Int32Array.from({ length: 128 }, (_, code) => {
  const char = String.fromCharCode(code);
  if (code <= 0x20 || code === 0x7f || /[A-Z]/.test(char)) return -1; // to trim or lower-case
  return (SUBSTITUTIONS[char] ?? char).charCodeAt(0);
});

/**
 * The index of newline-separated terms that need no trimming, lower-casing or NFKC (printable
 * ASCII without upper case), or undefined if any character needs more: the caller then takes
 * the general path.
 */
function indexAsciiLines(text: string): FuzzyTermIndex | undefined {
  // Substitutions undone on the whole text at once (no target is also a source), then split.
  let matching = text;
  for (const [from, to] of Object.entries(SUBSTITUTIONS)) matching = matching.replaceAll(from, to);
  const lines = matching.split('\n');
  const trie = createTrieBuilder();
  let lineStart = 0;
  let line = 0;
  for (let at = 0; at <= text.length; at++) {
    const code = at === text.length ? 0x0a : text.charCodeAt(at);
    if (code !== 0x0a) continue;
    const length = at - lineStart;
    let node = 0;
    for (let i = lineStart; i < at; i++) {
      const point = ASCII_MATCHING[text.charCodeAt(i)] ?? -1;
      if (point === -1) return undefined;
      if (length >= MIN_TERM_LENGTH) node = trie.childOrNew(node, point);
    }
    if (length >= MIN_TERM_LENGTH && trie.isNew(node)) trie.end(node, lines[line] ?? '', length);
    lineStart = at + 1;
    line++;
  }
  return trie.finish();
}

/** A growing trie; `finish` trims its arrays to the nodes used. */
function createTrieBuilder() {
  let capacity = 1024;
  let firstChild = new Int32Array(capacity).fill(-1);
  let nextSibling = new Int32Array(capacity).fill(-1);
  let label = new Int32Array(capacity).fill(-1);
  let parent = new Int32Array(capacity).fill(-1);
  let term = new Int32Array(capacity).fill(-1);
  let nodes = 1;
  let longest = 0;
  const terms: string[] = [];

  const grow = () => {
    capacity *= 2;
    const larger = (from: Int32Array) => {
      const to = new Int32Array(capacity).fill(-1);
      to.set(from);
      return to;
    };
    firstChild = larger(firstChild);
    nextSibling = larger(nextSibling);
    label = larger(label);
    parent = larger(parent);
    term = larger(term);
  };

  /** The child of `node` along `point`, added if it is missing. */
  const childOrNew = (node: number, point: number): number => {
    let last = -1;
    for (let child = firstChild[node] ?? -1; child !== -1; child = nextSibling[child] ?? -1) {
      if (label[child] === point) return child;
      last = child;
    }
    if (nodes === capacity) grow();
    const child = nodes++;
    label[child] = point;
    parent[child] = node;
    if (last === -1) firstChild[node] = child;
    else nextSibling[last] = child;
    return child;
  };

  /** Whether no term ends at `node` yet: a duplicate keeps its first place. */
  const isNew = (node: number) => term[node] === -1;
  /** Records that `text`, of `length` code points, ends at `node`. */
  const end = (node: number, text: string, length: number) => {
    term[node] = terms.length;
    terms.push(text);
    longest = Math.max(longest, length);
  };

  return {
    childOrNew,
    isNew,
    end,
    add(chars: readonly string[]) {
      let node = 0;
      for (const char of chars) node = childOrNew(node, char.codePointAt(0) ?? 0);
      if (isNew(node)) end(node, chars.join(''), chars.length);
    },
    finish(): FuzzyTermIndex {
      return {
        terms,
        firstChild: firstChild.slice(0, nodes),
        nextSibling: nextSibling.slice(0, nodes),
        label: label.slice(0, nodes),
        parent: parent.slice(0, nodes),
        term: term.slice(0, nodes),
        children: hashChildren(parent, label, nodes),
        longest,
      };
    },
  };
}

/** {@link FuzzyTermIndex.children} for nodes 1 to `nodes` - 1 of `parent` and `label`. */
function hashChildren(parent: Int32Array, label: Int32Array, nodes: number): Int32Array {
  // At most half full, so that probes stay short.
  const children = new Int32Array(2 ** Math.ceil(Math.log2(2 * nodes + 2))).fill(-1);
  const mask = children.length - 1;
  const shift = Math.clz32(mask);
  for (let node = 1; node < nodes; node++) {
    // childSlot, inlined: a first call runs in the interpreter, where 27,000 calls cost.
    const point = label[node] ?? 0;
    let slot = Math.imul((parent[node] ?? 0) ^ Math.imul(point, HASH_LABEL), HASH_MIX) >>> shift;
    while ((children[slot] ?? -1) !== -1) slot = (slot + 1) & mask;
    children[slot] = node;
  }
  return children;
}

/** The multipliers of {@link childSlot}'s hash. */
const HASH_LABEL = 0x27d4eb2d;
const HASH_MIX = 0x9e3779b1;

/** Where the search for the child of `node` along `point` starts in `children` (a hash). */
function childSlot(node: number, point: number, mask: number): number {
  // Fibonacci hashing: the top bits of the product, as many as the table has.
  return Math.imul(node ^ Math.imul(point, HASH_LABEL), HASH_MIX) >>> Math.clz32(mask);
}

/** The terms a password is matched against, by source. */
export interface BannedTermSet {
  /** Lists matched fuzzily (edit distance <= 1). */
  fuzzy: ReadonlyArray<{ index: FuzzyTermIndex; source: BannedTermSource }>;
  /** Terms matched only as exact substrings (the user's names, the org name). */
  exact: ReadonlyArray<{ terms: readonly string[]; source: BannedTermSource }>;
}

/** The outcome of {@link scoreBannedTerms}. */
export interface BannedScore {
  /** Points: 1 per banned term found + 1 per remaining character. */
  score: number;
  /** The terms counted in that score, in order of appearance. */
  matches: BannedTermMatch[];
}

/**
 * The terms found in a password, as parallel lists (one entry per find, no object each: a
 * 1,024-character password of repeated digits has about 20,000).
 */
interface Spans {
  start: number[];
  end: number[];
  term: string[];
  source: BannedTermSource[];
}

/**
 * Entra Password Protection's score: the password is normalized, banned terms are found
 * in it (lists by edit distance <= 1, names by exact substring), and it scores 1 point per
 * term found plus 1 per character outside them.
 *
 * Where Microsoft's description leaves room, we choose:
 * - a term matches a stretch of the password of its own length (equal, or one substitution)
 *   or one shorter (a deletion); one longer (an insertion) only when the term does not
 *   match a tighter stretch inside it; never a stretch under 4 characters. So a match never
 *   swallows a neighbouring character, which reproduces Microsoft's worked examples
 *   (`ContoS0Bl@nkf9!` scores 5: contoso + blank + f + 9 + !);
 * - when found terms overlap, the lowest-scoring way to cover the password counts (the
 *   strictest reading), computed exactly by dynamic programming.
 */
export function scoreBannedTerms(password: string, terms: BannedTermSet): BannedScore {
  const chars = normalizeForMatching(password);
  const spans: Spans = { start: [], end: [], term: [], source: [] };
  findFuzzySpans(chars, terms, spans);
  findExactSpans(chars, terms, spans);

  // The spans by end, each end's in the order found (a stable counting sort).
  const count = spans.start.length;
  const firstEndingAt = new Int32Array(chars.length + 2);
  for (let i = 0; i < count; i++) {
    const after = (spans.end[i] ?? 0) + 1;
    firstEndingAt[after] = (firstEndingAt[after] ?? 0) + 1;
  }
  for (let end = 1; end < firstEndingAt.length; end++) {
    firstEndingAt[end] = (firstEndingAt[end] ?? 0) + (firstEndingAt[end - 1] ?? 0);
  }
  const byEnd = new Int32Array(count);
  const placed = firstEndingAt.slice();
  for (let i = 0; i < count; i++) {
    const end = spans.end[i] ?? 0;
    byEnd[placed[end] ?? 0] = i;
    placed[end] = (placed[end] ?? 0) + 1;
  }

  // best[i]: the lowest score of the first i characters; via[i]: the span that got it, or -1.
  const best = new Int32Array(chars.length + 1);
  const via = new Int32Array(chars.length + 1).fill(-1);
  for (let end = 1; end <= chars.length; end++) {
    let score = (best[end - 1] ?? 0) + 1;
    for (let at = firstEndingAt[end] ?? 0; at < (firstEndingAt[end + 1] ?? 0); at++) {
      const span = byEnd[at] ?? 0;
      const candidate = (best[spans.start[span] ?? 0] ?? 0) + 1;
      if (candidate < score) {
        score = candidate;
        via[end] = span;
      }
    }
    best[end] = score;
  }

  const matches: BannedTermMatch[] = [];
  for (let end = chars.length; end > 0; ) {
    const span = via[end] ?? -1;
    if (span === -1) {
      end -= 1;
    } else {
      matches.push({ term: spans.term[span] ?? '', source: spans.source[span] ?? 'common' });
      end = spans.start[span] ?? 0;
    }
  }
  return { score: best[chars.length] ?? 0, matches: matches.reverse() };
}

function findFuzzySpans(chars: readonly string[], terms: BannedTermSet, spans: Spans): void {
  const points = Int32Array.from(chars, (char) => char.codePointAt(0) ?? 0);
  for (const { index, source } of terms.fuzzy) {
    if (index.terms.length === 0) continue;
    const matcher = createWindowMatcher(index, points);
    for (let start = 0; start < points.length; start++) {
      const found = matcher.windowsAt(start);
      for (let i = 0; i < found; i++) {
        spans.start.push(start);
        spans.end.push(start + (matcher.lengths[i] ?? 0));
        spans.term.push(index.terms[matcher.ranks[i] ?? 0] ?? '');
        spans.source.push(source);
      }
    }
  }
}

/**
 * Finds, for each start, the windows of `points` within one edit of a term of `index`.
 *
 * `windowsAt(start)` walks the trie along the password from `start`, allowing one edit: at
 * each node of the exact path it skips a password character (the window has one extra),
 * skips an edge (the term has one extra) or takes another edge (a substitution), and from
 * there follows the password exactly, recording every term it passes. The work per start is
 * bounded by the trie's depth (the longest term) and the children along the path, whatever
 * the length of the password. It writes the windows to `ranks` (the term's place in
 * `index.terms`) and `lengths`, and returns how many there are.
 *
 * They come ordered by length, then as the symmetric-delete index this trie replaced listed
 * its candidates, so that ties between equally good covers resolve as they did: by the first
 * of the window's deletion keys (itself, then without its 1st, 2nd, ... character) that is
 * also one of the term's, then by the term's place in its list.
 */
function createWindowMatcher(index: FuzzyTermIndex, points: Int32Array) {
  const { label, parent, term, children } = index;
  const childLabels = childLabelsOf(index);
  const firstChild = index.firstChild;
  const nextSibling = index.nextSibling;
  const end = points.length;
  const mask = children.length - 1;
  const termPoints = new Int32Array(index.longest);
  // Reused from one start to the next: the (node, window length) pairs the walk passed, and
  // the windows kept, as parallel lists.
  const hitNodes: number[] = [];
  const hitLengths: number[] = [];
  const ranks: number[] = [];
  const lengths: number[] = [];
  const nodes: number[] = [];
  const keys: number[] = [];
  let hits = 0;
  let start = 0;

  const hit = (node: number, at: number) => {
    if ((term[node] ?? -1) !== -1 && at - start >= MIN_TERM_LENGTH) {
      hitNodes[hits] = node;
      hitLengths[hits] = at - start;
      hits++;
    }
  };
  const childOf = (node: number, point: number) => {
    for (let slot = childSlot(node, point, mask); ; slot = (slot + 1) & mask) {
      const child = children[slot] ?? -1;
      if (child === -1 || (label[child] === point && parent[child] === node)) return child;
    }
  };
  // Whether a follow from `node` at `at` can record anything: not when its window is still
  // too short to count and no child of `node` can take the next character (most children of
  // the first nodes: the walk would stop at once).
  const leadsAnywhere = (node: number, at: number) =>
    at - start >= MIN_TERM_LENGTH ||
    (at < end && (childLabels[node] ?? 0) & (1 << ((points[at] ?? 0) & 31))) !== 0;
  // After the one edit: only exact steps, recording every term on the way.
  const follow = (from: number, at: number) => {
    let node = from;
    for (let next = at; ; next++) {
      hit(node, next);
      if (next === end) return;
      node = childOf(node, points[next] ?? -1);
      if (node === -1) return;
    }
  };
  /** Writes the code points of the term ending at `node` to `termPoints`; returns how many. */
  const spell = (node: number) => {
    let length = 0;
    for (let at = node; at > 0; at = parent[at] ?? 0) length++;
    let i = length;
    for (let at = node; at > 0; at = parent[at] ?? 0) termPoints[--i] = label[at] ?? -1;
    return length;
  };
  const swap = (list: number[], i: number, j: number) => {
    const kept = list[i] ?? 0;
    list[i] = list[j] ?? 0;
    list[j] = kept;
  };

  const windowsAt = (from: number): number => {
    start = from;
    hits = 0;
    let node = 0;
    for (let at = start; ; at++) {
      hit(node, at);
      if (at < end) follow(node, at + 1); // the window has an extra character
      for (let child = firstChild[node] ?? -1; child !== -1; child = nextSibling[child] ?? -1) {
        if (leadsAnywhere(child, at)) follow(child, at); // the term has an extra character
        if (at < end && label[child] !== points[at] && leadsAnywhere(child, at + 1)) {
          follow(child, at + 1); // a substitution
        }
      }
      if (at === end) break;
      node = childOf(node, points[at] ?? -1);
      if (node === -1) break;
    }

    let found = 0;
    for (let i = 0; i < hits; i++) {
      const node = hitNodes[i] ?? 0;
      const rank = term[node] ?? 0;
      const length = hitLengths[i] ?? 0;
      // The same window can be reached by two paths (an edit inside a run: aab, ab).
      let repeated = false;
      for (let j = 0; j < found && !repeated; j++) {
        repeated = ranks[j] === rank && lengths[j] === length;
      }
      if (repeated) continue;
      const termLength = spell(node);
      // A window one longer than the term (an insertion) counts only when the term does not
      // match a tighter window inside it, so a match never swallows a neighbouring character.
      if (
        length === termLength + 1 &&
        (isWithinOneEditAt(points, start, termLength, termPoints, termLength) ||
          isWithinOneEditAt(points, start + 1, termLength, termPoints, termLength))
      ) {
        continue;
      }
      ranks[found] = rank;
      lengths[found] = length;
      nodes[found] = node;
      keys[found] = 0;
      found++;
    }
    if (found < 2) return found;

    // Only windows of one length compete on a key, and they are rare: compute keys for those.
    for (let i = 0; i < found; i++) {
      let tied = false;
      for (let j = 0; j < found && !tied; j++) tied = j !== i && lengths[j] === lengths[i];
      if (tied) {
        const termLength = spell(nodes[i] ?? 0);
        keys[i] = firstSharedKey(points, start, lengths[i] ?? 0, termPoints, termLength);
      }
    }
    // An insertion sort by (length, key, rank): a few windows at most.
    for (let i = 1; i < found; i++) {
      for (let j = i; j > 0 && compareWindows(j - 1, j) > 0; j--) {
        swap(ranks, j - 1, j);
        swap(lengths, j - 1, j);
        swap(nodes, j - 1, j);
        swap(keys, j - 1, j);
      }
    }
    return found;
  };
  const compareWindows = (a: number, b: number) =>
    (lengths[a] ?? 0) - (lengths[b] ?? 0) ||
    (keys[a] ?? 0) - (keys[b] ?? 0) ||
    (ranks[a] ?? 0) - (ranks[b] ?? 0);

  return { windowsAt, ranks, lengths };
}

const childLabelSets = new WeakMap<FuzzyTermIndex, Int32Array>();

/**
 * Per node, a 32-bit set of the labels of its children (bit `label & 31`): a cheap "no child
 * takes this character" before a walk, computed once per index.
 */
function childLabelsOf(index: FuzzyTermIndex): Int32Array {
  let sets = childLabelSets.get(index);
  if (sets === undefined) {
    sets = new Int32Array(index.label.length);
    for (let node = 1; node < index.label.length; node++) {
      const up = index.parent[node] ?? -1;
      if (up >= 0) sets[up] = (sets[up] ?? 0) | (1 << ((index.label[node] ?? 0) & 31));
    }
    childLabelSets.set(index, sets);
  }
  return sets;
}

/** Whether `a[from, from + length)` is within edit distance 1 of `b[0, bLength)`, in linear time. */
function isWithinOneEditAt(
  a: Int32Array,
  from: number,
  length: number,
  b: Int32Array,
  bLength: number,
): boolean {
  if (from + length > a.length || Math.abs(length - bLength) > 1) return false;
  const shorter = Math.min(length, bLength);
  let i = 0;
  while (i < shorter && a[from + i] === b[i]) i++;
  if (i === shorter) return true;
  // Past the first difference: the rest equal, after skipping one character in each
  // (a substitution) or in the longer one only.
  const skipA = length >= bLength ? 1 : 0;
  const skipB = bLength >= length ? 1 : 0;
  for (let j = i; j + skipA < length && j + skipB < bLength; j++) {
    if (a[from + j + skipA] !== b[j + skipB]) return false;
  }
  return true;
}

/**
 * Where the symmetric-delete index found a term for a window: the place of the first of the
 * window's deletion keys (the window, then the window without its character 0, 1, ...) that
 * is also a deletion key of the term (the term, or it without one character).
 */
function firstSharedKey(
  points: Int32Array,
  start: number,
  length: number,
  termPoints: Int32Array,
  termLength: number,
): number {
  for (let key = 0; key <= length; key++) {
    // The window without its character key - 1 (key 0: the whole window).
    const skip = key - 1;
    const keyLength = key === 0 ? length : length - 1;
    if (keyLength === termLength) {
      let equal = true;
      for (let i = 0; i < keyLength && equal; i++) {
        equal = keyPoint(points, start, skip, i) === termPoints[i];
      }
      if (equal) return key;
    } else if (keyLength === termLength - 1) {
      // The term without one character: equal up to the first difference, then shifted by one.
      let i = 0;
      while (i < keyLength && keyPoint(points, start, skip, i) === termPoints[i]) i++;
      while (i < keyLength && keyPoint(points, start, skip, i) === termPoints[i + 1]) i++;
      if (i === keyLength) return key;
    }
  }
  return length + 1;
}

/**
 * Character `i` of the window at `start` without its character `skip` (none when `skip` is
 * negative). A function of its own rather than a closure per key: a closure was allocated for
 * every key of every tied window, about half of the memory a warm check allocated.
 */
function keyPoint(points: Int32Array, start: number, skip: number, i: number): number | undefined {
  return points[start + (skip >= 0 && i >= skip ? i + 1 : i)];
}

function findExactSpans(chars: readonly string[], terms: BannedTermSet, spans: Spans): void {
  const text = chars.join('');
  for (const { terms: list, source } of terms.exact) {
    for (const raw of list) {
      const term = normalizeForMatching(raw).join('');
      const termChars = [...term];
      if (termChars.length < MIN_TERM_LENGTH) continue;
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
        const start = [...text.slice(0, at)].length;
        spans.start.push(start);
        spans.end.push(start + termChars.length);
        spans.term.push(term);
        spans.source.push(source);
      }
    }
  }
}

/** Levenshtein distance <= 1, in linear time. */
export function isWithinOneEdit(a: readonly string[], b: readonly string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  if (i === shorter.length) return true;
  const rest = (from: readonly string[], offset: number) => from.slice(offset).join('');
  return shorter.length === longer.length
    ? rest(shorter, i + 1) === rest(longer, i + 1)
    : rest(shorter, i) === rest(longer, i + 1);
}
