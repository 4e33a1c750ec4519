import { traditionalTables } from './traditional';

/**
 * What normalisation does to one original character, packed into a number and cached per code unit.
 *
 * bits 0–15  folded UTF-16 code unit (KIND_MAP) or index into the expansion list (KIND_EXPAND)
 * bits 16–18 kind
 * bits 19+   character classes and the steps that changed it
 */
export const KIND_MAP = 1 << 16; // one code unit out (possibly itself)
export const KIND_DROP = 2 << 16; // removed wherever it stands (zero-width, combining marks, selectors)
export const KIND_EXPAND = 3 << 16; // several code units out, or a surrogate pair in
export const KIND_SURROGATE = 4 << 16; // half of a pair: look at the whole code point
export const KIND_MASK = 7 << 16;

export const CLS_HAN = 1 << 19; // a CJK ideograph: noise between two of these is removed
export const CLS_NOISE = 1 << 20; // punctuation, symbols: removable between CJK characters
export const CLS_SPACE = 1 << 21; // whitespace other than line breaks: runs collapse to one space
export const CLS_BREAK = 1 << 22; // line/paragraph break: a hard boundary nothing bridges
export const CLS_WORD = 1 << 23; // letters and digits outside CJK scripts: English word boundaries
export const CLS_SENTENCE = 1 << 24; // sentence/clause punctuation: ends a rule's sentence window

export const STEP_TRADITIONAL = 1 << 25;
export const STEP_WIDTH = 1 << 26; // NFKC compatibility: full-width, circled, styled letters, ligatures
export const STEP_CASE = 1 << 27;
export const STEP_DIACRITICS = 1 << 28; // accents and tone marks stripped (pinyin fǎlún → falun)
export const STEP_ZERO_WIDTH = 1 << 29;
export const CLS_CLAUSE = 1 << 30; // clause punctuation (，、：and sentence ends): guards noise removal

const UNKNOWN = 0;

const cache = new Uint32Array(0x10000);
const expansions: string[] = [];
const astral = new Map<number, number>();

const RE_MARK = /\p{M}/gu;
const RE_HAN = /^[\p{Script=Han}\u3007]$/u;
const RE_KANA_HANGUL = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const RE_WORD = /^[\p{L}\p{N}]$/u;
const RE_NOISE = /^[\p{P}\p{S}\p{Cc}\p{Cf}\p{Co}\p{Cn}]$/u;
const RE_SPACE = /^[\p{Zs}\t\v\f\u0085]$/u;
const RE_BREAK = /^[\n\r\u2028\u2029]$/u;
const SENTENCE = new Set([...'。！？；!?;…\n\r\u2028\u2029']);
const CLAUSE = new Set([...'，、：,:｡､']);
// Invisible characters evaders put between letters; removed everywhere (NFKC keeps most of them).
const RE_INVISIBLE =
  /^[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\u{e0000}-\u{e0fff}]$/u;

function classify(original: string, folded: string): number {
  let cls = 0;
  const f = String.fromCodePoint((folded || original).codePointAt(0) ?? 0);
  if (RE_HAN.test(f)) cls |= CLS_HAN;
  else if (RE_BREAK.test(original)) cls |= CLS_BREAK;
  else if (RE_SPACE.test(original)) cls |= CLS_SPACE;
  else if (RE_WORD.test(f) && !RE_KANA_HANGUL.test(f)) cls |= CLS_WORD;
  else if (RE_NOISE.test(original) || RE_NOISE.test(f)) cls |= CLS_NOISE;
  if (SENTENCE.has(f) || SENTENCE.has(original)) cls |= CLS_SENTENCE | CLS_CLAUSE;
  else if (CLAUSE.has(f) || CLAUSE.has(original)) cls |= CLS_CLAUSE;
  return cls;
}

/** Folds one whole character (one code point) to its normalised string and the steps that applied. */
export function foldCodePoint(cp: number): { out: string; steps: number; drop: boolean } {
  const ch = String.fromCodePoint(cp);
  if (RE_INVISIBLE.test(ch)) return { out: '', steps: STEP_ZERO_WIDTH, drop: true };
  let steps = 0;
  const decomposed = ch.normalize('NFKD');
  const stripped = decomposed.replace(RE_MARK, '');
  if (stripped.length === 0) return { out: '', steps: STEP_DIACRITICS, drop: true };
  if (stripped !== decomposed) steps |= STEP_DIACRITICS;
  let out = stripped.normalize('NFKC');
  if (ch.normalize('NFKC') !== ch.normalize('NFC')) steps |= STEP_WIDTH;
  const lower = out.toLowerCase();
  if (lower !== out) steps |= STEP_CASE;
  out = lower;
  const { toSimplified, simplified } = traditionalTables();
  let simp = '';
  for (const c of out) {
    const code = c.codePointAt(0) ?? 0;
    const s = toSimplified.get(code);
    if (s !== undefined) {
      simp += String.fromCodePoint(s);
      if (!simplified.has(code)) steps |= STEP_TRADITIONAL;
    } else simp += c;
  }
  return { out: simp, steps, drop: false };
}

function compute(cp: number): number {
  const ch = String.fromCodePoint(cp);
  const { out, steps, drop } = foldCodePoint(cp);
  if (drop) return KIND_DROP | steps;
  const cls = classify(ch, out);
  if (out.length === 1 && cp < 0x10000) return KIND_MAP | cls | steps | out.charCodeAt(0);
  expansions.push(out);
  return KIND_EXPAND | cls | steps | (expansions.length - 1);
}

/** Info for a BMP code unit (a lone surrogate is treated as noise). */
export function infoOf(unit: number): number {
  const v = cache[unit] ?? UNKNOWN;
  if (v !== UNKNOWN) return v;
  const computed = unit >= 0xd800 && unit <= 0xdfff ? KIND_SURROGATE | CLS_NOISE | unit : compute(unit);
  cache[unit] = computed;
  return computed;
}

/** Info for a supplementary-plane code point (always KIND_EXPAND or KIND_DROP). */
export function infoOfAstral(cp: number): number {
  let v = astral.get(cp);
  if (v === undefined) {
    v = compute(cp);
    astral.set(cp, v);
  }
  return v;
}

export function expansionOf(info: number): string {
  return expansions[info & 0xffff] ?? '';
}

/** The info table itself, for the matcher's hot loop (entries are filled on first use via infoOf). */
export const INFO_CACHE = cache;
