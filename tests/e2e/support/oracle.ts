import { familyOf } from '../../../utils/clauses';
import { defaultEntries } from '../../../utils/lexicon';
import { createMatcher, type Matcher } from '../../../utils/match';
import type { Highlighted, PassageExpectations } from './expectations';
import type { HighlightReport } from './probes';

let matcher: Matcher | undefined;

/** The family a match is drawn in: that of its first Article 10 clause (else its first clause). */
export function familyOfClauses(clauses: readonly string[]): string {
  const first = clauses.find((c) => c.startsWith('bj-microblog-2011/')) ?? clauses[0] ?? '';
  return familyOf(first);
}

/** What the matching engine, with the default lexicon, finds in a passage's text. */
export function engineHighlights(text: string): Highlighted {
  matcher ??= createMatcher(defaultEntries());
  return matcher.match(text).map((m) => [familyOfClauses(m.clauses), m.text]);
}

/**
 * Checks the fixtures against the default lexicon before blaming the browser side: returns a message naming
 * each passage where the engine itself disagrees with the expectation, or '' when they agree.
 */
export function lexiconDisagreements(texts: Record<string, string>, expected: PassageExpectations): string {
  const problems: string[] = [];
  for (const [id, want] of Object.entries(expected)) {
    const text = texts[id];
    if (text === undefined) {
      problems.push(`#${id}: no such passage in the page`);
      continue;
    }
    const got = engineHighlights(text);
    if (JSON.stringify(got) !== JSON.stringify(want))
      problems.push(
        `#${id} ${JSON.stringify(text)}: engine finds ${JSON.stringify(got)}, fixture expects ${JSON.stringify(want)}`,
      );
  }
  return problems.length ? `the default lexicon disagrees with the fixture:\n${problems.join('\n')}` : '';
}

/** The highlights the page shows inside the given passages, as [family, text] lists in registration order. */
export function highlightsByPassage(report: HighlightReport, ids: readonly string[]): PassageExpectations {
  const out: PassageExpectations = Object.fromEntries(ids.map((id) => [id, [] as Highlighted]));
  for (const [name, ranges] of Object.entries(report.ranges)) {
    const family = name.replace(/^clausemark-/, '');
    if (family === 'focus') continue;
    for (const r of ranges) out[r.anchor]?.push([family, r.text]);
  }
  return out;
}

/** Same as highlightsByPassage, ordered by text so registration order does not matter. */
export function sortedPassages(p: PassageExpectations): PassageExpectations {
  return Object.fromEntries(
    Object.entries(p).map(([id, list]) => [id, [...list].sort((a, b) => (a.join() < b.join() ? -1 : 1))]),
  );
}

/** Number of ranges in each family's highlight (the focus highlight excluded), keys sorted. */
export function familySizes(report: HighlightReport): Record<string, number> {
  const out: [string, number][] = [];
  for (const [name, size] of Object.entries(report.sizes))
    if (name.startsWith('clausemark-') && name !== 'clausemark-focus' && size > 0)
      out.push([name.slice('clausemark-'.length), size]);
  return Object.fromEntries(out.sort(([a], [b]) => (a < b ? -1 : 1)));
}
