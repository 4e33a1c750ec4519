// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useAnchorSummary } from '../../components/popup/use-anchor-summary';
import { quoteAt } from '../../utils/anchor/quote';
import { summarizeAnchors } from '../../utils/anchor/summary';

const lines = Array.from({ length: 350 }, (_, i) => `第${i}条：有人在讲法轮功的事。`);
const before = lines.join('\n');
// each post's number is its own quote, so a post taken down has no twin elsewhere to re-anchor to
const saved = lines.map((line, i) => {
  const quote = `第${i}条`;
  const start = lines.slice(0, i).join('\n').length + (i > 0 ? 1 : 0) + line.indexOf(quote);
  return { id: `m${i}`, ...quoteAt(before, start, start + quote.length) };
});

describe('popup: re-anchoring a capture a slice at a time', () => {
  it('gives the same summary as re-anchoring all at once', async () => {
    // every third post taken down, one reworded
    const after = lines
      .filter((_, i) => i % 3 !== 0)
      .map((l) => (l.startsWith('第100条') ? l.replace('第100条', '第一百条') : l))
      .join('\n');
    const { result } = renderHook(() => useAnchorSummary(saved, after));
    expect(result.current).toBeNull();
    await waitFor(() => expect(result.current).not.toBeNull());
    const whole = summarizeAnchors(saved, after);
    expect(result.current?.counts).toEqual(whole.counts);
    expect(result.current?.gone.map((g) => g.saved.id)).toEqual(whole.gone.map((g) => g.saved.id));
    expect(result.current?.present).toHaveLength(whole.present.length);
    expect(whole.gone).toHaveLength(118);
  });
});
