import { linkTrie } from './aho-corasick';
import type { CompiledLexicon, PatternUse } from './compile';
import { LEVELS, VARIANT_KINDS, type ResolvedEntry, type VariantKind } from './lexicon';

/**
 * A compiled lexicon as compact JSON. The extension build ships the default lexicon in this form, so a content
 * script starts matching without compiling thousands of terms in every frame: only the trie travels (two numbers
 * per state, as base64), the failure links are recomputed on load, and entries' repeated notes and clause lists
 * are stored once.
 */
export interface SerializedLexicon {
  format: 'clausemark-compiled/4';
  childCount: string;
  units: string;
  terminal: string;
  patterns: string[];
  boundaries: string;
  /** per pattern: [kind, entry, part, variant kind index + 1 (0: none), text as written ('' when it is the pattern)] */
  uses: [number, number, number, number, string][][];
  strings: string[];
  /** per entry: [lexicon, lang, note, clause list, term or -1, variants [text, kind], exceptions, rule or 0, level] */
  entries: [
    number,
    number,
    number,
    number,
    string | -1,
    [string, number][],
    string[],
    [parts: string[][], window: string | number, written: string] | 0,
    number,
  ][];
  clauseLists: string[][];
  ruleEntries: number[];
}

const LANGS = ['zh', 'en'] as const;
// Index 0 is the unnamed variant; the rest follow the schema's list.
const KINDS: (VariantKind | 'variant')[] = ['variant', ...VARIANT_KINDS];

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

type Base64Decoder = { fromBase64?: (s: string) => Uint8Array };

function fromBase64(b64: string): Uint8Array {
  // Native where the browser has it (Chromium 140+, Firefox 133+): a content script decodes the default
  // lexicon on every page load.
  const native = (Uint8Array as Base64Decoder).fromBase64;
  if (typeof native === 'function') return native.call(Uint8Array, b64);
  const s = atob(b64);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

const bytesOf = (a: ArrayBufferView) => toBase64(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
const int32 = (b64: string) => {
  const b = fromBase64(b64);
  return new Int32Array(b.buffer, b.byteOffset, b.byteLength / 4);
};
const uint16 = (b64: string) => {
  const b = fromBase64(b64);
  return new Uint16Array(b.buffer, b.byteOffset, b.byteLength / 2);
};

/** Interns values, giving each distinct one an index. */
function interner<T>(key: (v: T) => string = String) {
  const index = new Map<string, number>();
  const values: T[] = [];
  return {
    values,
    of(v: T): number {
      const k = key(v);
      let i = index.get(k);
      if (i === undefined) {
        i = values.length;
        index.set(k, i);
        values.push(v);
      }
      return i;
    },
  };
}

/** Child counts fit 16 bits (a state has at most one child per code unit, and only the root could have 65,536). */
function counts16(counts: Int32Array): Uint16Array {
  const out = new Uint16Array(counts.length);
  counts.forEach((c, i) => {
    if (c > 0xffff)
      throw new RangeError(`state ${i} has ${c} children; the compact form holds at most 65,535`);
    out[i] = c;
  });
  return out;
}

export function serializeLexicon(c: CompiledLexicon): SerializedLexicon {
  const a = c.automaton;
  const strings = interner<string>();
  const clauseLists = interner<string[]>((l) => l.join('\n'));
  return {
    format: 'clausemark-compiled/4',
    childCount: bytesOf(counts16(a.childCount)),
    units: bytesOf(a.units),
    terminal: bytesOf(a.terminal),
    patterns: c.patterns,
    boundaries: toBase64(c.boundaries),
    uses: c.uses.map((list, p) =>
      list.map((u) => [
        u.kind,
        u.entry,
        u.part,
        u.variant ? KINDS.indexOf(u.variant) + 1 : 0,
        u.text === c.patterns[p] ? '' : u.text,
      ]),
    ),
    strings: strings.values,
    entries: c.entries.map((e) => [
      strings.of(e.lexicon),
      LANGS.indexOf(e.lang),
      strings.of(e.note),
      clauseLists.of(e.clauses),
      e.term ?? -1,
      e.variants.map((v) => [v.text, v.kind ? KINDS.indexOf(v.kind) : -1]),
      e.exceptions,
      e.rule ? [e.rule.parts, e.rule.window, e.id.slice(e.lexicon.length + 1)] : 0,
      LEVELS.indexOf(e.level),
    ]),
    clauseLists: clauseLists.values,
    ruleEntries: c.ruleEntries,
  };
}

export function deserializeLexicon(s: SerializedLexicon): CompiledLexicon {
  const automaton = linkTrie({
    childCount: Int32Array.from(uint16(s.childCount)),
    units: uint16(s.units),
    terminal: int32(s.terminal),
    patternLength: Int32Array.from(s.patterns, (p) => p.length),
  });
  const entries = s.entries.map(
    ([lexicon, lang, note, clauses, term, variants, exceptions, rule, level]): ResolvedEntry => {
      const lex = s.strings[lexicon] ?? '';
      const parts = rule
        ? { parts: rule[0], window: rule[1] === 'sentence' ? 'sentence' : Number(rule[1]) }
        : undefined;
      const name = term === -1 ? (rule ? rule[2] : '') : term;
      return {
        id: `${lex}:${name}`,
        lexicon: lex,
        path: '',
        lang: LANGS[lang] ?? 'zh',
        level: LEVELS[level] ?? 'strict',
        clauses: s.clauseLists[clauses] ?? [],
        note: s.strings[note] ?? '',
        exceptions,
        ...(term === -1 ? {} : { term }),
        variants: variants.map(([text, kind]) => ({
          text,
          kind: kind < 0 ? undefined : (KINDS[kind] as VariantKind),
        })),
        ...(parts ? { rule: parts as ResolvedEntry['rule'] } : {}),
      };
    },
  );
  return {
    automaton,
    patterns: s.patterns,
    uses: s.uses.map((list, p) =>
      list.map(([kind, entry, part, variant, text]): PatternUse => ({
        kind: kind as PatternUse['kind'],
        entry,
        part,
        variant: variant ? KINDS[variant - 1] : undefined,
        text: text || (s.patterns[p] ?? ''),
      })),
    ),
    boundaries: fromBase64(s.boundaries),
    entries,
    ruleEntries: s.ruleEntries,
  };
}
