// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { chunkTexts, partAt, PIECE_OVERLAP } from '../../utils/dom/chunks';
import { extractBlocks } from '../../utils/dom/extract';
import { matchBlocks } from '../../utils/dom/scan';
import { Slicer } from '../../utils/dom/scheduler';
import { createMatcher, parseLexicon } from '../../utils/match';

const LEXICON = {
  format: 'clausemark-lexicon/1',
  id: 'test',
  name: { zh: '测试', en: 'Test' },
  groups: [
    {
      note: 'test group',
      lang: 'zh',
      clauses: ['bj-microblog-2011/art10-5'],
      entries: ['法轮功'],
    },
    {
      note: 'test group',
      lang: 'en',
      clauses: ['bj-microblog-2011/art10-2', 'seven-baselines-2013/3'],
      entries: ['Tiananmen'],
    },
  ],
};
const matcher = createMatcher(parseLexicon(LEXICON, 'test.json').entries);
const setup = {
  match: (text: string) => matcher.match(text),
  classify: (m: { clauses: string[] }) => ({ family: m.clauses[0]!.split('/')[1]!, clauses: m.clauses }),
};

describe('chunkTexts', () => {
  test('joins short texts with "\\n" up to the size and says where each one starts', () => {
    const chunks = [...chunkTexts(['aaaa', 'bb', 'cccccc', 'd'], 8)];
    expect(chunks.map((c) => c.text)).toEqual(['aaaa\nbb', 'cccccc\nd']);
    expect(chunks[0]!.parts.map((p) => [p.index, p.at])).toEqual([
      [0, 0],
      [1, 5],
    ]);
    expect(partAt(chunks[1]!, 7)?.index).toBe(3);
    expect(partAt(chunks[1]!, 6)?.index).toBe(2);
  });

  test('cuts a long text into overlapping pieces whose kept parts tile it exactly', () => {
    const long = 'x'.repeat(10_000);
    const chunks = [...chunkTexts(['a', long, 'b'], 3000)];
    const pieces = chunks.filter((c) => c.parts[0]?.index === 1);
    expect(pieces.length).toBe(4);
    let covered = 0;
    for (const c of pieces) {
      const p = c.parts[0]!;
      expect(p.keepFrom).toBe(covered);
      expect(p.from).toBeLessThanOrEqual(p.keepFrom);
      expect(p.from + c.text.length).toBe(Math.min(long.length, p.keepTo + PIECE_OVERLAP));
      covered = p.keepTo;
    }
    expect(covered).toBe(long.length);
  });
});

describe('matchBlocks', () => {
  test('matches land in their own block at block offsets; nothing matches across blocks', async () => {
    const p1 = document.createElement('p');
    p1.append('xx法轮', document.createElement('b'));
    const p2 = document.createElement('p');
    p2.append('功 and Tiananmen, ', '法轮功');
    document.body.replaceChildren(p1, p2);
    const blocks = extractBlocks(document.body);
    const found = await matchBlocks(blocks, setup, new Slicer(), 8);
    expect(found.get(blocks[0]!)).toBeUndefined();
    const second = found.get(blocks[1]!) ?? [];
    expect(second.map((m) => [m.start, m.end, blocks[1]!.text.slice(m.start, m.end), m.family])).toEqual([
      [6, 15, 'Tiananmen', 'art10-2'],
      [17, 20, '法轮功', 'art10-5'],
    ]);
  });

  test('a term on the cut between two pieces of a long block is found once, at its place', async () => {
    const maxChars = 4096;
    const filler = '的'.repeat(maxChars - 1);
    const text = `${filler}法轮功${'的'.repeat(5000)}法轮功`;
    const p = document.createElement('p');
    p.append(text);
    document.body.replaceChildren(p);
    const blocks = extractBlocks(document.body);
    const found = (await matchBlocks(blocks, setup, new Slicer(), maxChars)).get(blocks[0]!) ?? [];
    expect(found.map((m) => m.start)).toEqual([maxChars - 1, maxChars + 2 + 5000]);
  });

  test('a slicer whose signal was aborted stops the work at the next pause', async () => {
    const controller = new AbortController();
    const texts = Array.from({ length: 50 }, (_, i) => `第${i}段 法轮功`);
    const p = document.createElement('div');
    for (const t of texts) {
      const para = document.createElement('p');
      para.append(t);
      p.append(para);
    }
    document.body.replaceChildren(p);
    const blocks = extractBlocks(document.body);
    const slicer = new Slicer(controller.signal, 0);
    controller.abort();
    await expect(matchBlocks(blocks, setup, slicer, 16)).rejects.toThrow('aborted');
  });
});
