import type { Automaton } from './aho-corasick';
import type { CompiledLexicon, PatternUse } from './compile';
import type { ResolvedEntry } from './lexicon';

/**
 * A compiled lexicon as plain JSON: typed arrays as base64, uses as tuples. The extension build ships the
 * default lexicon in this form, so a content script starts matching without compiling thousands of terms in
 * every frame.
 */
export interface SerializedLexicon {
  format: 'clausemark-compiled/1';
  maxLength: number;
  /** [code unit, state] pairs of the root's transitions (the full table is mostly zeros) */
  root: string;
  nodes: string;
  edges: string;
  outPattern: string;
  outLink: string;
  patternLength: string;
  boundaries: string;
  patterns: string[];
  /** per pattern: [kind, entry, part, variant kind or '', text as written] tuples */
  uses: [number, number, number, string, string][][];
  entries: ResolvedEntry[];
  ruleEntries: number[];
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(b64: string): Uint8Array {
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const int32 = (a: Int32Array) => toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
const toInt32 = (b64: string) => {
  const bytes = fromBase64(b64);
  return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
};

export function serializeLexicon(c: CompiledLexicon): SerializedLexicon {
  const a = c.automaton;
  const root: number[] = [];
  a.rootNext.forEach((state, unit) => {
    if (state) root.push(unit, state);
  });
  return {
    format: 'clausemark-compiled/1',
    maxLength: a.maxLength,
    root: int32(Int32Array.from(root)),
    nodes: int32(a.nodes),
    edges: int32(a.edges),
    outPattern: int32(a.outPattern),
    outLink: int32(a.outLink),
    patternLength: int32(a.patternLength),
    boundaries: toBase64(c.boundaries),
    patterns: c.patterns,
    uses: c.uses.map((list) => list.map((u) => [u.kind, u.entry, u.part, u.variant ?? '', u.text])),
    entries: c.entries,
    ruleEntries: c.ruleEntries,
  };
}

export function deserializeLexicon(s: SerializedLexicon): CompiledLexicon {
  const rootNext = new Int32Array(0x10000);
  const root = toInt32(s.root);
  for (let i = 0; i < root.length; i += 2) rootNext[root[i] as number] = root[i + 1] as number;
  const automaton: Automaton = {
    rootNext,
    nodes: toInt32(s.nodes),
    edges: toInt32(s.edges),
    outPattern: toInt32(s.outPattern),
    outLink: toInt32(s.outLink),
    patternLength: toInt32(s.patternLength),
    maxLength: s.maxLength,
  };
  return {
    automaton,
    patterns: s.patterns,
    uses: s.uses.map((list) =>
      list.map(([kind, entry, part, variant, text]): PatternUse => ({
        kind: kind as PatternUse['kind'],
        entry,
        part,
        variant: (variant || undefined) as PatternUse['variant'],
        text,
      })),
    ),
    boundaries: fromBase64(s.boundaries),
    entries: s.entries,
    ruleEntries: s.ruleEntries,
  };
}
