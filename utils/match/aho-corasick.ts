/**
 * Aho–Corasick automaton over UTF-16 code units, flattened into typed arrays so that it can be built
 * once, cached, and stepped without allocation. Time per character does not depend on the number of
 * patterns: one table lookup at the root, a short scan of sorted children elsewhere, failure links when
 * a character does not continue the current prefix.
 */
export interface Automaton {
  /** code unit → state, for the root (0: the unit starts no pattern) */
  rootNext: Int32Array;
  /** per state: first child index and child count in childSym/childState (children sorted by code unit) */
  childFirst: Int32Array;
  childCount: Int32Array;
  childSym: Int32Array;
  childState: Int32Array;
  fail: Int32Array;
  /** per state: pattern ending exactly here, or -1 */
  outPattern: Int32Array;
  /** per state: nearest state on the failure chain with an output, or 0 */
  outLink: Int32Array;
  /** per state: 1 when reaching it reports at least one pattern */
  reports: Uint8Array;
  /** per pattern: length in code units */
  patternLength: Int32Array;
  maxLength: number;
}

export function buildAutomaton(patterns: readonly string[]): Automaton {
  // Trie with per-node Maps while building; flattened afterwards.
  const children: Map<number, number>[] = [new Map()];
  const depth: number[] = [0];
  const outPatternList: number[] = [-1];
  let maxLength = 0;
  const patternLength = new Int32Array(patterns.length);
  patterns.forEach((p, id) => {
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const sym = p.charCodeAt(i);
      const node = children[s] as Map<number, number>;
      let next = node.get(sym);
      if (next === undefined) {
        next = children.length;
        node.set(sym, next);
        children.push(new Map());
        depth.push(i + 1);
        outPatternList.push(-1);
      }
      s = next;
    }
    if (p.length > 0 && outPatternList[s] === -1) outPatternList[s] = id;
    patternLength[id] = p.length;
    maxLength = Math.max(maxLength, p.length);
  });

  const states = children.length;
  const childFirst = new Int32Array(states);
  const childCount = new Int32Array(states);
  let edges = 0;
  for (const m of children) edges += m.size;
  const childSym = new Int32Array(edges);
  const childState = new Int32Array(edges);
  let k = 0;
  children.forEach((m, s) => {
    childFirst[s] = k;
    childCount[s] = m.size;
    for (const [sym, t] of [...m.entries()].sort((a, b) => a[0] - b[0])) {
      childSym[k] = sym;
      childState[k] = t;
      k++;
    }
  });

  const rootNext = new Int32Array(0x10000);
  const fail = new Int32Array(states);
  const outPattern = Int32Array.from(outPatternList);
  const outLink = new Int32Array(states);
  const reports = new Uint8Array(states);
  const auto: Automaton = {
    rootNext,
    childFirst,
    childCount,
    childSym,
    childState,
    fail,
    outPattern,
    outLink,
    reports,
    patternLength,
    maxLength,
  };
  for (const [sym, t] of children[0] ?? []) {
    rootNext[sym] = t;
    reports[t] = (outPattern[t] as number) >= 0 ? 1 : 0;
  }

  // Breadth-first: failure links and output links.
  const queue: number[] = [];
  for (const t of children[0]?.values() ?? []) queue.push(t);
  for (let head = 0; head < queue.length; head++) {
    const s = queue[head] as number;
    for (const [sym, t] of children[s] ?? []) {
      let f = fail[s] as number;
      let target = 0;
      for (;;) {
        const next = f === 0 ? (rootNext[sym] as number) : findChild(auto, f, sym);
        if (next > 0 && next !== t) {
          target = next;
          break;
        }
        if (f === 0) break;
        f = fail[f] as number;
      }
      fail[t] = target;
      outLink[t] = (outPattern[target] as number) >= 0 ? target : (outLink[target] as number);
      reports[t] = (outPattern[t] as number) >= 0 || outLink[t] !== 0 ? 1 : 0;
      queue.push(t);
    }
  }
  return auto;
}

function findChild(a: Automaton, s: number, sym: number): number {
  let lo = a.childFirst[s] as number;
  let hi = lo + (a.childCount[s] as number) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = a.childSym[mid] as number;
    if (v === sym) return a.childState[mid] as number;
    if (v < sym) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** The state after reading one code unit. */
export function step(a: Automaton, state: number, unit: number): number {
  const sym = unit;
  let s = state;
  while (s !== 0) {
    const t = findChild(a, s, sym);
    if (t !== 0) return t;
    s = a.fail[s] as number;
  }
  return a.rootNext[sym] as number;
}
