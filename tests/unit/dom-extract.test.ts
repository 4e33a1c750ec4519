// @vitest-environment happy-dom
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { BlockWalker, extractBlocks, extractText, joinBlocks } from '../../utils/dom/extract';
import { offsetOf, pointAt, segmentAt } from '../../utils/dom/segments';

/** Builds the body from DOM calls (no HTML parsing of strings), so each test says exactly which nodes exist. */
function el(tag: string, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  for (const c of children) e.append(c);
  return e;
}
function styled(tag: string, style: string, ...children: (Node | string)[]): HTMLElement {
  const e = el(tag, ...children);
  e.setAttribute('style', style);
  return e;
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe('extractText', () => {
  test('inline elements join into one block; block elements and <br> separate blocks with "\\n"', () => {
    document.body.append(
      el('p', '法', el('b', '轮'), '功'),
      el('div', '六四', el('br'), '8964'),
      el('li', 'Falun ', el('span', el('em', 'Gong'))),
    );
    const { text, segments, blocks } = extractText(document.body);
    expect(text).toBe('法轮功\n六四\n8964\nFalun Gong');
    expect(blocks.map((b) => b.text)).toEqual(['法轮功', '六四', '8964', 'Falun Gong']);
    expect(segments.nodes.map((n) => n.data)).toEqual(['法', '轮', '功', '六四', '8964', 'Falun ', 'Gong']);
    expect(segments.starts).toEqual([0, 1, 2, 4, 7, 12, 18]);
    expect(segments.ends).toEqual([1, 2, 3, 6, 11, 18, 22]);
  });

  test('a block between two runs of its parent splits the parent into two blocks with the same owner', () => {
    const div = el('div', 'before ', el('p', 'inside'), ' after');
    document.body.append(div);
    const blocks = extractBlocks(document.body);
    expect(blocks.map((b) => [b.text, (b.owner as Element).tagName])).toEqual([
      ['before ', 'DIV'],
      ['inside', 'P'],
      [' after', 'DIV'],
    ]);
  });

  test('skips scripts, styles, form fields, contenteditable, the hidden attribute and display:none', () => {
    const editable = el('div', '可编辑的法轮功');
    editable.setAttribute('contenteditable', '');
    const notEditable = el('div', '不可编辑');
    notEditable.setAttribute('contenteditable', 'false');
    const hiddenAttr = el('p', '隐藏');
    hiddenAttr.hidden = true;
    const textarea = el('textarea');
    (textarea as HTMLTextAreaElement).value = 'typed 法轮功';
    const input = document.createElement('input');
    input.value = 'typed';
    const select = el('select', el('option', '选项'));
    document.body.append(
      el('script', 'var x = "法轮功";'),
      el('style', 'p { color: red }'),
      el('noscript', 'enable js'),
      textarea,
      input,
      select,
      editable,
      notEditable,
      hiddenAttr,
      styled('p', 'display:none', 'none'),
      el('p', 'shown'),
    );
    expect(extractText(document.body).text).toBe('不可编辑\nshown');
  });

  test('whitespace-only runs between blocks are not blocks; leading blank nodes are dropped', () => {
    document.body.append('\n  ', el('p', '\n   ', el('b', '法轮功'), '  '), '\n\t', el('p', 'x'), '   ');
    const { blocks } = extractText(document.body);
    expect(blocks.map((b) => b.text)).toEqual(['法轮功  ', 'x']);
  });

  test('source line breaks in ordinary text read as spaces (same length), so offsets still map 1:1', () => {
    document.body.append(el('p', '法轮\n功 and\r\nmore'));
    const { text, segments } = extractText(document.body);
    expect(text).toBe('法轮 功 and  more');
    expect(segments.ends[0]).toBe((segments.nodes[0] as Text).data.length);
  });

  test('the skip option leaves out a subtree (the card host)', () => {
    const card = document.createElement('clausemark-card');
    card.append('card text');
    document.body.append(el('p', 'page'), card);
    expect(extractText(document.body).text).toBe('page');
  });

  test('enters open shadow roots as their own blocks, in place of the host’s light children', () => {
    const host = el('my-widget');
    host.append('light, not slotted');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(el('p', '影子里的法轮功'));
    document.body.append(el('p', 'before'), host, el('p', 'after'));
    const walker = new BlockWalker(document.body);
    walker.run();
    expect(walker.blocks.map((b) => b.text)).toEqual(['before', '影子里的法轮功', 'after']);
    expect(walker.shadowRoots).toEqual([shadow]);
  });

  test('shallow mode reads only the root’s own runs and lists the nested blocks it did not enter', () => {
    const inner = el('p', 'nested');
    const root = el('div', 'own ', el('b', 'text'), inner, 'tail');
    document.body.append(root);
    const walker = new BlockWalker(root, { shallow: true });
    walker.run();
    expect(walker.blocks.map((b) => b.text)).toEqual(['own text', 'tail']);
    expect(walker.nested).toEqual([inner]);
  });

  test('a walk stopped by its deadline resumes where it was and gives the same blocks', () => {
    for (let i = 0; i < 600; i++) document.body.append(el('p', `第${i}段 `, el('b', '法轮功'), ' end'));
    const whole = extractBlocks(document.body).map((b) => b.text);
    const walker = new BlockWalker(document.body);
    let slices = 0;
    // A deadline already past: each run() reads one batch of nodes and stops.
    while (!walker.run(performance.now() - 1)) slices++;
    expect(slices).toBeGreaterThan(1);
    expect(walker.blocks.map((b) => b.text)).toEqual(whole);
  });
});

describe('offset ↔ node map', () => {
  test('surrogate pairs split across nodes join in the text and map back to each half', () => {
    const face = '😀';
    document.body.append(el('p', `a${face[0]}`, `${face[1]}b`));
    const { text, segments } = extractText(document.body);
    expect(text).toBe(`a${face}b`);
    expect(pointAt(segments, 2, 'start')).toEqual({ node: segments.nodes[1], offset: 0 });
    expect(pointAt(segments, 2, 'end')).toEqual({ node: segments.nodes[0], offset: 2 });
  });

  test('offsets in a separator map to the end of the node before or the start of the node after', () => {
    document.body.append(el('p', 'ab'), el('p', 'cd'));
    const { segments } = extractText(document.body);
    // "ab\ncd": offset 2 is the end of "ab", offset 3 the start of "cd"
    expect(pointAt(segments, 2, 'end')).toEqual({ node: segments.nodes[0], offset: 2 });
    expect(pointAt(segments, 3, 'start')).toEqual({ node: segments.nodes[1], offset: 0 });
    expect(pointAt(segments, 3, 'end')).toEqual({ node: segments.nodes[0], offset: 2 });
    expect(segmentAt(segments, -1)).toBe(-1);
  });

  test('offset → (node, offset) → offset is the identity at every offset inside a node', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), {
          minLength: 1,
          maxLength: 6,
        }),
        (paragraphs) => {
          document.body.replaceChildren(
            ...paragraphs.map((words) => el('p', ...words.map((w) => el('span', `x${w}`)))),
          );
          const { text, segments } = extractText(document.body);
          const index = new Map(segments.nodes.map((n, i) => [n as Node, i]));
          for (let i = 0; i < segments.nodes.length; i++) {
            const node = segments.nodes[i] as Text;
            for (let k = 0; k < node.data.length; k++) {
              const offset = (segments.starts[i] as number) + k;
              expect(pointAt(segments, offset, 'start')).toEqual({ node, offset: k });
              expect(offsetOf(segments, node, k, index)).toBe(offset);
              expect(text[offset]).toBe(node.data[k] === '\n' ? ' ' : node.data[k]);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  test('joinBlocks offsets each block by the text before it and one separator', () => {
    document.body.append(el('p', 'one'), el('p', 'two', el('i', '2')));
    const blocks = extractBlocks(document.body);
    const { text, segments } = joinBlocks(blocks);
    expect(text).toBe('one\ntwo2');
    expect(segments.starts).toEqual([0, 4, 7]);
    expect(offsetOf(segments, segments.nodes[2] as Text, 1)).toBe(8);
    expect(offsetOf(segments, document.body, 0)).toBe(-1);
  });
});
