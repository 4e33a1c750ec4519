/**
 * Aho–Corasick automaton over UTF-16 code units, flattened into typed arrays so that it can be built once,
 * cached, and stepped without allocation. Time per character does not depend on the number of patterns.
 *
 * Layout is chosen for the cache: states are numbered breadth-first (the shallow states, visited on almost
 * every character, sit together), and each state's fields share one 16-byte record.
 */
export interface Automaton {
  /** code unit → state, for the root (0: the unit starts no pattern) */
  rootNext: Int32Array;
  /** per state, NODE_FIELDS numbers: first edge, edge count, failure state, 1 when the state reports a pattern */
  nodes: Int32Array;
  /** per edge, two numbers: code unit, target state; a state's edges are sorted by code unit */
  edges: Int32Array;
  /** per state: pattern ending exactly here, or -1 */
  outPattern: Int32Array;
  /** per state: nearest state on the failure chain with an output, or 0 */
  outLink: Int32Array;
  /** per pattern: length in code units */
  patternLength: Int32Array;
  maxLength: number;
}

export const NODE_FIELDS = 4;
export const NODE_FIRST = 0;
export const NODE_COUNT = 1;
export const NODE_FAIL = 2;
export const NODE_REPORTS = 3;

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Trie with per-node Maps while building.
  const children: Map<number, number>[] = [new Map()];
  const terminal: number[] = [-1];
  const patternLength = new Int32Array(patterns.length);
  let maxLength = 0;
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const node = children[s] as Map<number, number>;
      const unit = p.charCodeAt(i);
      let next = node.get(unit);
      if (next === undefined) {
        next = children.length;
        node.set(unit, next);
        children.push(new Map());
        terminal.push(-1);
      }
      s = next;
    }
    if (p.length > 0 && terminal[s] === -1) terminal[s] = id;
    patternLength[id] = p.length;
    maxLength = Math.max(maxLength, p.length);
  });

  // Breadth-first renumbering.
  const order = [0];
  for (let head = 0; head < order.length; head++)
    for (const t of [...(children[order[head] as number] as Map<number, number>).entries()]
      .sort((a, b) => a[0] - b[0])
      .map((e) => e[1]))
      order.push(t);
  const renumber = new Int32Array(order.length);
  order.forEach((old, i) => (renumber[old] = i));

  const states = order.length;
  const nodes = new Int32Array(states * NODE_FIELDS);
  const outPattern = new Int32Array(states).fill(-1);
  let edgeCount = 0;
  for (const m of children) edgeCount += m.size;
  const edges = new Int32Array(edgeCount * 2);
  let k = 0;
  order.forEach((old, s) => {
    const m = children[old] as Map<number, number>;
    nodes[s * NODE_FIELDS + NODE_FIRST] = k;
    nodes[s * NODE_FIELDS + NODE_COUNT] = m.size;
    outPattern[s] = terminal[old] as number;
    for (const [unit, t] of [...m.entries()].sort((a, b) => a[0] - b[0])) {
      edges[k * 2] = unit;
      edges[k * 2 + 1] = renumber[t] as number;
      k++;
    }
  });

  const rootNext = new Int32Array(0x10000);
  const outLink = new Int32Array(states);
  const auto: Automaton = { rootNext, nodes, edges, outPattern, outLink, patternLength, maxLength };
  for (let e = 0; e < (nodes[NODE_COUNT] as number); e++)
    rootNext[edges[e * 2] as number] = edges[e * 2 + 1] as number;

  // Failure and output links, breadth first (state numbers are already in breadth-first order).
  for (let s = 1; s < states; s++) {
    const base = s * NODE_FIELDS;
    const first = nodes[base + NODE_FIRST] as number;
    const count = nodes[base + NODE_COUNT] as number;
    for (let e = first; e < first + count; e++) {
      const unit = edges[e * 2] as number;
      const t = edges[e * 2 + 1] as number;
      let f = nodes[base + NODE_FAIL] as number;
      let target = 0;
      for (;;) {
        const next = f === 0 ? (rootNext[unit] as number) : findChild(auto, f, unit);
        if (next > 0) {
          target = next;
          break;
        }
        if (f === 0) break;
        f = nodes[f * NODE_FIELDS + NODE_FAIL] as number;
      }
      nodes[t * NODE_FIELDS + NODE_FAIL] = target;
    }
  }
  for (let s = 1; s < states; s++) {
    const f = nodes[s * NODE_FIELDS + NODE_FAIL] as number;
    outLink[s] = (outPattern[f] as number) >= 0 ? f : (outLink[f] as number);
    nodes[s * NODE_FIELDS + NODE_REPORTS] = (outPattern[s] as number) >= 0 || outLink[s] !== 0 ? 1 : 0;
  }
  return auto;
}

function findChild(a: Automaton, s: number, unit: number): number {
  let lo = a.nodes[s * NODE_FIELDS + NODE_FIRST] as number;
  let hi = lo + (a.nodes[s * NODE_FIELDS + NODE_COUNT] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a.edges[mid * 2] as number;
    if (v === unit) return a.edges[mid * 2 + 1] as number;
    if (v < unit) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** The state after reading one code unit (the scanner inlines this loop). */
export function step(a: Automaton, state: number, unit: number): number {
  let s = state;
  while (s !== 0) {
    const t = findChild(a, s, unit);
    if (t !== 0) return t;
    s = a.nodes[s * NODE_FIELDS + NODE_FAIL] as number;
  }
  return a.rootNext[unit] as number;
}
