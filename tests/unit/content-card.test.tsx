// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Card } from '../../components/card/Card';
import { cardView, type CardInput } from '../../components/card/view-model';
import { colorOf } from '../../utils/clauses';

afterEach(cleanup);

const TRADITIONAL: CardInput = {
  text: '法*輪*功',
  term: '法轮功',
  base: '法轮功',
  steps: ['traditional', 'noise-removed'],
  clauses: ['bj-microblog-2011/art10-5'],
  implied: ['seven-baselines-2013/1', 'seven-baselines-2013/5'],
  note: 'Falun Gong, banned as a cult in 1999.',
};

describe('card view', () => {
  test('says which clause, what matched and how, in words, with the implied baselines', () => {
    const v = cardView(TRADITIONAL, 'en');
    expect(v.clause).toMatchObject({ locator: 'Art. 10 (v)', label: 'Cults & superstition' });
    expect(v.color).toBe(colorOf('art10-5'));
    expect(v.steps).toEqual(['matched in Traditional characters', 'noise characters removed']);
    expect(v.implied.map((c) => c.locator)).toEqual(['Baseline 1', 'Baseline 5']);
    expect(v.variant).toBeNull();
  });

  test('a variant is named by its kind, in the UI language', () => {
    const input = { ...TRADITIONAL, term: 'falun gong', variant: 'pinyin', steps: [] };
    expect(cardView(input, 'en').variant).toBe('pinyin of “法轮功”');
    expect(cardView(input, 'zh').variant).toBe('“法轮功”的拼音');
    expect(cardView(input, 'zh').clause.locator).toBe('第十条第（五）项');
    expect(cardView(TRADITIONAL, 'zh').steps).toEqual(['按繁体字匹配', '已去除干扰字符']);
  });

  test('further clauses are listed after the first', () => {
    const v = cardView(
      { ...TRADITIONAL, clauses: ['bj-microblog-2011/art10-2', 'bj-microblog-2011/art10-5'] },
      'en',
    );
    expect(v.clause.locator).toBe('Art. 10 (ii)');
    expect(v.others.map((c) => c.locator)).toEqual(['Art. 10 (v)']);
  });
});

describe('Card', () => {
  const url = (id: string) => `chrome-extension://x/popup.html?clause=${encodeURIComponent(id)}`;

  test('renders the view; "Full text" links to the popup at the clause and asks to open it', () => {
    const onOpen = vi.fn();
    const onClose = vi.fn();
    const { container, getByText } = render(
      <Card view={cardView(TRADITIONAL, 'en')} clauseUrl={url} onOpenClause={onOpen} onClose={onClose} />,
    );
    const text = container.textContent ?? '';
    for (const part of [
      'Art. 10 (v)',
      'Cults & superstition',
      '法*輪*功',
      '法轮功',
      'matched in Traditional characters',
      'Baseline 5',
    ])
      expect(text).toContain(part);
    const link = getByText('Full text') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(url('bj-microblog-2011/art10-5'));
    expect(link.getAttribute('target')).toBe('_blank');
    fireEvent.click(link);
    expect(onOpen).toHaveBeenCalledWith('bj-microblog-2011/art10-5');
    fireEvent.keyDown(container.querySelector('.card') as Element, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  test('page text is shown as text, never parsed as markup', () => {
    const hostile = { ...TRADITIONAL, text: '<img src=x onerror=alert(1)>法轮功', note: '<b>note</b>' };
    const { container } = render(
      <Card
        view={cardView(hostile, 'en')}
        clauseUrl={url}
        onOpenClause={() => undefined}
        onClose={() => undefined}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.note b')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>法轮功');
  });
});
