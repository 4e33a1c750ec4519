import { describe, expect, it } from 'vitest';
import {
  ARTICLE_10_IDS,
  BASELINE_IDS,
  REGISTRY,
  colorOf,
  familyOf,
  getClause,
  getDocument,
  impliedClauses,
  loadRegistry,
} from '../../utils/clauses';

describe('clause registry', () => {
  it('has the public ids: eleven Article 10 items and seven baselines, in order', () => {
    expect(ARTICLE_10_IDS).toEqual(Array.from({ length: 11 }, (_, i) => `bj-microblog-2011/art10-${i + 1}`));
    expect(BASELINE_IDS).toEqual(Array.from({ length: 7 }, (_, i) => `seven-baselines-2013/${i + 1}`));
  });

  it('carries the official Chinese wording of Article 10 and the seed English', () => {
    expect(getClause('bj-microblog-2011/art10-5')?.text.zh).toBe(
      '（五）破坏国家宗教政策，宣扬邪教和封建迷信的',
    );
    expect(getClause('bj-microblog-2011/art10-7')?.text.en).toBe(
      '(vii) spreading obscenity, pornography, gambling, violence, terror or instigating crimes;',
    );
    expect(getClause('bj-microblog-2011/art10-11')?.locator.en).toBe('Art. 10 (xi)');
    expect(getClause('seven-baselines-2013/6')?.text.zh).toBe('道德风尚底线');
  });

  it('names each source document with its seed file', () => {
    expect(getDocument('bj-microblog-2011')?.seed).toBe('003_7828c21dec4f4dd9.txt');
    expect(getDocument('seven-baselines-2013')?.date).toBe('2013-08-10');
    for (const d of REGISTRY.documents) expect(d.seed).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
  });

  it('gives every Article 10 item its own colour family and at least one baseline', () => {
    const colours = new Set(ARTICLE_10_IDS.map((id) => colorOf(familyOf(id))));
    expect(colours.size).toBe(11);
    for (const id of ARTICLE_10_IDS)
      expect(impliedClauses([id]).some((c) => BASELINE_IDS.includes(c))).toBe(true);
  });

  it('reports convention duties as implied only when their documents are enabled', () => {
    const id = 'bj-microblog-2011/art10-5';
    expect(impliedClauses([id])).toEqual([
      'seven-baselines-2013/1',
      'seven-baselines-2013/5',
      'seven-baselines-2013/6',
    ]);
    expect(impliedClauses([id], ['seven-baselines-2013', 'bj-app-convention-2014'])).toContain(
      'bj-app-convention-2014/point-4',
    );
  });

  it('rejects bad registry data with the path of the problem', () => {
    const bad = structuredClone(REGISTRY);
    bad.crosswalk.push({
      from: 'bj-microblog-2011/art10-1',
      to: 'nowhere/1',
      rationale: { zh: 'x', en: 'x' },
    });
    expect(() => loadRegistry(bad)).toThrow(/crosswalk\.\d+\.to: unknown clause nowhere\/1/);
    const dup = structuredClone(REGISTRY);
    dup.clauses.push({ ...dup.clauses[0]! });
    expect(() => loadRegistry(dup)).toThrow(/duplicate bj-microblog-2011\/art10-1/);
  });
});
