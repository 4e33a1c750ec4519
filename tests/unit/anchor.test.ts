import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteAt, reanchor, summarizeAnchors } from '../../utils/anchor';

const BEFORE = [
  '今天的新闻：某地发生群体性事件，网友称警方已经到场，现场的情况目前还不清楚，记者正在核实更多的细节。',
  '另有消息说法轮功学员在广场聚集，随后被带走，具体人数没有公布，官方也未回应。',
  '评论区有人呼吁游行示威，这条评论很快就被删除了，转发的人也收到了警告。',
].join('');

function saved(text: string, quote: string, nth = 0) {
  let at = -1;
  for (let i = 0; i <= nth; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`fixture: ${quote} not in text`);
  return quoteAt(text, at, at + quote.length);
}

describe('quoteAt', () => {
  it('keeps 32 characters of context on each side, cut at the text edges', () => {
    const q = saved(BEFORE, '法轮功');
    expect(q.prefix).toHaveLength(32);
    expect(q.prefix.endsWith('另有消息说')).toBe(true);
    expect(q.suffix.startsWith('学员在广场')).toBe(true);
    const first = saved(BEFORE, '今天');
    expect(first.prefix).toBe('');
  });

  it('never splits a surrogate pair in the context', () => {
    const text = '𠮷'.repeat(20) + '法轮功' + '𠮷'.repeat(20);
    const q = quoteAt(text, 40, 43);
    expect(q.prefix.length % 2).toBe(0);
    expect(q.suffix.length % 2).toBe(0);
    expect(q.prefix.length).toBeLessThanOrEqual(32);
    expect(q.prefix.length).toBeGreaterThanOrEqual(30);
  });
});

describe('reanchor', () => {
  it('finds an untouched quote where it was, with full confidence', () => {
    const q = saved(BEFORE, '法轮功');
    expect(reanchor(q, BEFORE)).toEqual({
      status: 'unchanged',
      found: true,
      start: q.start,
      end: q.end,
      confidence: 1,
    });
  });

  it('follows a quote moved by text inserted before it', () => {
    const q = saved(BEFORE, '法轮功');
    const after = '【置顶】编者按：本文已更新。' + BEFORE;
    const r = reanchor(q, after);
    expect(r.status).toBe('moved');
    expect(r.start).toBe(q.start + 14);
    expect(after.slice(r.start, r.end)).toBe('法轮功');
    expect(r.confidence).toBe(1);
  });

  it('tells duplicated quotes apart by their context, not by the nearest position', () => {
    const text = '第一段：游行示威被禁止。'.padEnd(60, '。') + '第二段：有人号召游行示威到底。';
    const second = saved(text, '游行示威', 1);
    // the first occurrence moves next to where the second one was; context must still pick the second
    const shifted = '第二段：有人号召游行示威到底。' + '第一段：游行示威被禁止。'.padEnd(60, '。');
    const r = reanchor(second, shifted);
    expect(r.found).toBe(true);
    expect(r.start).toBe(shifted.indexOf('号召游行示威') + 2);
  });

  it('prefers the occurrence nearest the old position when the context cannot decide', () => {
    const text = 'x'.repeat(10) + 'ABC' + 'x'.repeat(100) + 'ABC' + 'x'.repeat(10);
    const q = quoteAt(text, 113, 116);
    const r = reanchor({ ...q, prefix: '', suffix: '' }, text);
    expect(r.start).toBe(113);
    const far = reanchor({ ...q, prefix: '', suffix: '', start: 5, end: 8 }, text);
    expect(far.start).toBe(10);
  });

  it('flags a quote whose surroundings were rewritten as context-changed, with lower confidence', () => {
    const q = saved(BEFORE, '法轮功');
    const after = '完全不同的开头，没有任何相同的上下文。法轮功。结尾也重写了，与原文毫无关系。';
    const r = reanchor(q, after);
    expect(r.status).toBe('context-changed');
    expect(r.found).toBe(true);
    expect(after.slice(r.start, r.end)).toBe('法轮功');
    expect(r.confidence).toBeLessThan(0.9);
    expect(r.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('reports an edited passage: quote replaced, context still there', () => {
    const q = saved(BEFORE, '法轮功学员');
    const after = BEFORE.replace('法轮功学员', '某些人');
    const r = reanchor(q, after);
    expect(r).toMatchObject({ status: 'edited', found: false, current: '某些人' });
    expect(after.slice(r.start, r.end)).toBe('某些人');
    expect(r.confidence).toBeGreaterThan(0.2);
    expect(r.confidence).toBeLessThan(0.7);
  });

  it('reports a removed passage as missing', () => {
    const q = saved(BEFORE, '法轮功');
    const after = '今天的新闻：某地发生群体性事件，网友称警方到场。';
    expect(reanchor(q, after)).toEqual({ status: 'missing', found: false, confidence: 0 });
  });

  it('does not call a quote edited when the replacement gap is implausibly long', () => {
    const q = saved(BEFORE, '法轮功');
    const after = BEFORE.replace('法轮功', '很长的替换文字'.repeat(30));
    expect(reanchor(q, after).status).toBe('missing');
  });

  it('lowers confidence when the same quote and context occur twice', () => {
    const block =
      '前文前文前文前文前文前文前文前文前文前文前文前文前文前文前文前文敏感词后文后文后文后文后文后文后文后文后文后文后文后文后文后文后文后文';
    const q = saved(block, '敏感词');
    const r = reanchor(q, block + block);
    expect(r.status).toBe('unchanged');
    expect(r.confidence).toBeLessThan(1);
  });

  it('works on English text and a quote at the very end', () => {
    const text = 'Members of Falun Gong gathered. They chanted Falun Gong';
    const q = quoteAt(text, 45, 55);
    expect(q.suffix).toBe('');
    expect(reanchor(q, text + '.')).toMatchObject({ status: 'unchanged', start: 45 });
    expect(reanchor(q, 'Update: Members of Falun Gong gathered. They chanted Falun Gong').status).toBe(
      'moved',
    );
    expect(reanchor(q, 'Members gathered. They chanted Falun Gong').status).toBe('context-changed');
  });
});

describe('summarizeAnchors', () => {
  it('sorts the saved quotes of a capture into still present and gone', () => {
    const quotes = [
      { id: 'a', ...saved(BEFORE, '群体性事件') },
      { id: 'b', ...saved(BEFORE, '法轮功学员') },
      { id: 'c', ...saved(BEFORE, '游行示威') },
    ];
    const after = BEFORE.replace('法轮功学员', '某些人').replace(/评论区.*$/, '');
    const s = summarizeAnchors(quotes, after);
    expect(s.counts).toEqual({ unchanged: 1, moved: 0, 'context-changed': 0, edited: 1, missing: 1 });
    expect(s.present.map((i) => i.saved.id)).toEqual(['a']);
    expect(s.gone.map((i) => [i.saved.id, i.result.status])).toEqual([
      ['b', 'edited'],
      ['c', 'missing'],
    ]);
  });
});

describe('reanchor properties', () => {
  const text = fc.string({
    unit: fc.constantFrom(...'法轮功游行示威abc 。，'),
    minLength: 1,
    maxLength: 200,
  });

  it('always finds a quote in its own text, and again after text is inserted before it', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), text, (t, a, b, inserted) => {
        const start = a % t.length;
        const end = start + 1 + (b % (t.length - start));
        const q = quoteAt(t, start, end);
        const same = reanchor(q, t);
        expect(same.found).toBe(true);
        expect(t.slice(same.start, same.end)).toBe(q.quote);
        const moved = reanchor(q, inserted + t);
        expect(moved.found).toBe(true);
        expect((inserted + t).slice(moved.start, moved.end)).toBe(q.quote);
      }),
    );
  });
});
