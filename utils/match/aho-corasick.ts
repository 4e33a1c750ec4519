/**
 * Aho–Corasick automaton over UTF-16 code units, in typed arrays. Time per character does not depend on the
 * number of patterns.
 *
 * States are numbered breadth-first with each state's children in code-unit order, so the children of a state are
 * consecutive states and edge k always leads to state k + 1: the trie is fully described by each state's child
 * count and each edge's code unit (the `Trie`, which is what gets shipped), and the failure links are derived from
 * it on load (`linkTrie`). The shallow states, visited on almost every character, sit together in memory.
 */
export interface Trie {
  /** per state: number of children */
  childCount: Int32Array;
  /** per edge: its code unit; edge k leads to state k + 1 */
  units: Uint16Array;
  /** per pattern: the state where it ends */
  terminal: Int32Array;
  /** per pattern: length in code units */
  patternLength: Int32Array;
}

export interface Automaton extends Trie {
  /** code unit → state, for the root (0: the unit starts no pattern) */
  rootNext: Int32Array;
  /** per state, NODE_FIELDS numbers: first edge, edge count, failure state, 1 when the state reports a pattern */
  nodes: Int32Array;
  /** per state: pattern ending exactly here, or -1 */
  outPattern: Int32Array;
  /** per state: nearest state on the failure chain with an output, or 0 */
  outLink: Int32Array;
  maxLength: number;
  /**
   * Bit set over hashed pairs of code units that begin some pattern. Most characters of a text leave the state
   * after one character (states 1 … rootChildren); when the pair is absent, no child can follow and the search
   * of that state's (often hundreds of) children is skipped.
   */
  pairs: Int32Array;
  rootChildren: number;
}

export const PAIR_BITS = 20;

/** Hash of two code units into PAIR_BITS bits. */
export const pairHash = (first: number, second: number) =>
  Math.imul((first << 16) | second, 0x9e3779b1) >>> (32 - PAIR_BITS);

export const NODE_FIELDS = 4;
export const NODE_FIRST = 0;
export const NODE_COUNT = 1;
export const NODE_FAIL = 2;
export const NODE_REPORTS = 3;

export function buildTrie(patterns: readonly string[]): Trie {
  const children: Map<number, number>[] = [new Map()];
  const endsAt: number[] = [];
  for (const p of patterns) {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const node = children[s] as Map<number, number>;
      const unit = p.charCodeAt(i);
      let next = node.get(unit);
      if (next === undefined) {
        next = children.length;
        node.set(unit, next);
        children.push(new Map());
      }
      s = next;
    }
    endsAt.push(s);
  }
  // Breadth-first renumbering, children in code-unit order.
  const order = [0];
  const units: number[] = [];
  for (let head = 0; head < order.length; head++)
    for (const [unit, t] of [...(children[order[head] as number] as Map<number, number>)].sort(
      (a, b) => a[0] - b[0],
    )) {
      order.push(t);
      units.push(unit);
    }
  const renumber = new Int32Array(order.length);
  order.forEach((old, i) => (renumber[old] = i));
  return {
    childCount: Int32Array.from(order, (old) => (children[old] as Map<number, number>).size),
    units: Uint16Array.from(units),
    terminal: Int32Array.from(endsAt, (s) => renumber[s] as number),
    patternLength: Int32Array.from(patterns, (p) => p.length),
  };
}

/** Derives the failure and output links (the part of the automaton that is cheap to recompute, not to ship). */
export function linkTrie(trie: Trie): Automaton {
  const { childCount, units, terminal, patternLength } = trie;
  const states = childCount.length;
  const nodes = new Int32Array(states * NODE_FIELDS);
  let edge = 0;
  for (let s = 0; s < states; s++) {
    nodes[s * NODE_FIELDS + NODE_FIRST] = edge;
    nodes[s * NODE_FIELDS + NODE_COUNT] = childCount[s] as number;
    edge += childCount[s] as number;
  }
  const outPattern = new Int32Array(states).fill(-1);
  let maxLength = 0;
  terminal.forEach((s, id) => {
    const len = patternLength[id] as number;
    if (len > 0 && outPattern[s] === -1) outPattern[s] = id;
    maxLength = Math.max(maxLength, len);
  });
  const rootNext = new Int32Array(0x10000);
  const outLink = new Int32Array(states);
  const rootChildren = childCount[0] ?? 0;
  const pairs = new Int32Array(1 << (PAIR_BITS - 5));
  const a: Automaton = { ...trie, rootNext, nodes, outPattern, outLink, maxLength, pairs, rootChildren };
  for (let e = 0; e < rootChildren; e++) rootNext[units[e] as number] = e + 1;

  // States are in breadth-first order, so a state's failure link is known before its children's are needed.
  for (let s = 1; s < states; s++) {
    const base = s * NODE_FIELDS;
    const first = nodes[base + NODE_FIRST] as number;
    const end = first + (nodes[base + NODE_COUNT] as number);
    for (let e = first; e < end; e++) {
      const unit = units[e] as number;
      let f = nodes[base + NODE_FAIL] as number;
      let target: number;
      for (;;) {
        target = f === 0 ? (rootNext[unit] as number) : child(a, f, unit);
        if (target > 0 || f === 0) break;
        f = nodes[f * NODE_FIELDS + NODE_FAIL] as number;
      }
      nodes[(e + 1) * NODE_FIELDS + NODE_FAIL] = target;
    }
    const f = nodes[base + NODE_FAIL] as number;
    outLink[s] = (outPattern[f] as number) >= 0 ? f : (outLink[f] as number);
    nodes[base + NODE_REPORTS] = (outPattern[s] as number) >= 0 || outLink[s] !== 0 ? 1 : 0;
  }
  for (let s = 1; s <= rootChildren; s++) {
    const from = nodes[s * NODE_FIELDS + NODE_FIRST] as number;
    for (let e = from; e < from + (childCount[s] as number); e++) {
      const h = pairHash(units[s - 1] as number, units[e] as number);
      pairs[h >>> 5] = (pairs[h >>> 5] as number) | (1 << (h & 31));
    }
  }
  return a;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  return linkTrie(buildTrie(patterns));
}

/** The child of state s on a code unit, or 0. */
export function child(a: Automaton, s: number, unit: number): number {
  let lo = a.nodes[s * NODE_FIELDS + NODE_FIRST] as number;
  let hi = lo + (a.nodes[s * NODE_FIELDS + NODE_COUNT] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a.units[mid] as number;
    if (v === unit) return mid + 1;
    if (v < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** The state after reading one code unit (the scanner inlines this loop). */
export function step(a: Automaton, state: number, unit: number): number {
  let s = state;
  while (s !== 0) {
    const t = child(a, s, unit);
    if (t !== 0) return t;
    s = a.nodes[s * NODE_FIELDS + NODE_FAIL] as number;
  }
  return a.rootNext[unit] as number;
}
