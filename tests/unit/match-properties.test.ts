import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMatcher, normalize, normalizeTerm, toOriginal } from '../../utils/match';
import { STARTER } from './helpers/lexicon';

const matcher = createMatcher(STARTER);
const RUNS = Number(process.env.CLAUSEMARK_PROPERTY_RUNS ?? 2000);

// Arbitrary Unicode, weighted towards what the normaliser treats specially, with lexicon terms mixed in.
const interesting = fc.constantFrom(
  ...'法輪轮功大麻烦六四坦克河蟹被和谐 \u200b\u200d*.,，。！\n\t①ＦＬＧflgFalun Gong8964𝐟𝐥😀é\u0301\ud800\udc00'.split(
    '',
  ),
  '法轮功',
  'Falun Gong',
  '路口交通',
  '5月35日',
);
const text = fc
  .array(fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), interesting), {
    maxLength: 30,
  })
  .map((parts) => parts.join(''));

const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const onCodePointBoundary = (s: string, i: number) =>
  i === 0 || i === s.length || !(isLowSurrogate(s.charCodeAt(i)) && isHighSurrogate(s.charCodeAt(i - 1)));

describe('normaliser and matcher on arbitrary Unicode', () => {
  it('never throw; offsets lie inside the text on code-point boundaries; the slice normalises to the term', () => {
    fc.assert(
      fc.property(text, (s) => {
        for (const m of matcher.match(s)) {
          expect(0 <= m.start && m.start < m.end && m.end <= s.length).toBe(true);
          expect(onCodePointBoundary(s, m.start) && onCodePointBoundary(s, m.end)).toBe(true);
          expect(m.text).toBe(s.slice(m.start, m.end));
          if (!m.parts) expect(normalize(m.text).text).toBe(normalizeTerm(m.term));
          else
            for (const p of m.parts)
              expect(normalize(s.slice(p.start, p.end)).text).toBe(normalizeTerm(p.term));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('maps every normalised unit back inside the original on code-point boundaries', () => {
    fc.assert(
      fc.property(text, (s) => {
        const n = normalize(s);
        if (!n.map) expect(n.text).toBe(s);
        for (let i = 0; i < n.text.length; i++) {
          const [a, b] = toOriginal(n, i, i + 1);
          expect(0 <= a && a < b && b <= s.length).toBe(true);
          expect(onCodePointBoundary(s, a) && onCodePointBoundary(s, b)).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('finds a term wherever it is planted, whatever surrounds it', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const s = `${before}\n法轮功\n${after}`;
        const at = before.length + 1;
        expect(matcher.match(s).some((m) => m.start === at && m.end === at + 3 && m.term === '法轮功')).toBe(
          true,
        );
      }),
      { numRuns: RUNS },
    );
  });
});
