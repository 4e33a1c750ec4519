import { describe, expect, it } from 'vitest';
import { defaultEntries } from '../../utils/lexicon';
import { createMatcher } from '../../utils/match';
import { loadLabelledSet } from '../eval/labelled-set';
import { scoreLabelled } from '../eval/scores';

// The labelled set was written before the lexicon was tuned and is kept as written.
describe('default lexicon on the labelled set', () => {
  const { items } = scoreLabelled(createMatcher(defaultEntries()), loadLabelledSet());

  it.each(items.map((s) => [s.clause, s] as const))(
    '%s has ≥ 20 positive and ≥ 20 negative cases',
    (_, s) => {
      expect(s.positives).toBeGreaterThanOrEqual(20);
      expect(s.negatives).toBeGreaterThanOrEqual(20);
    },
  );

  it.each(items.map((s) => [s.clause, s] as const))('%s: precision and recall ≥ 0.9', (_, s) => {
    expect(s.precision).toBeGreaterThanOrEqual(0.9);
    expect(s.recall).toBeGreaterThanOrEqual(0.9);
  });
});
