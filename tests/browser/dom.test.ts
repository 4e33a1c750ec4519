import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startHarness, type Harness } from './support/harness';
import type { PageApi, TestLexicon } from './support/page-entry';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 120_000);
afterAll(async () => {
  await h?.close();
});

const LEXICON: TestLexicon = {
  'bj-microblog-2011/art10-5': ['法轮功'],
  'bj-microblog-2011/art10-2': ['六四', 'Tiananmen'],
  'bj-microblog-2011/art10-7': ['大麻'],
};

type Live = ReturnType<PageApi['live']>;
declare global {
  interface Window {
    cm: PageApi;
    live?: Live;
  }
}

async function startLive(page: Page, lexicon = LEXICON, windowAbove?: number) {
  await page.evaluate(
    async (a) => {
      window.live = window.cm.live(a.lexicon, { windowAbove: a.windowAbove });
      await window.live.ready;
    },
    { lexicon, windowAbove },
  );
}

/** Polls a condition in the page until it holds (live updates happen in idle time). */
async function until<R>(page: Page, fn: () => R, ok: (r: R) => boolean, timeout = 5000): Promise<R> {
  const end = Date.now() + timeout;
  for (;;) {
    const r = (await page.evaluate(fn)) as R;
    if (ok(r) || Date.now() > end) return r;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const registered = () =>
  Object.fromEntries(
    [...CSS.highlights].filter(([n]) => n.startsWith('clausemark-')).map(([n, hl]) => [n, hl.size]),
  );

describe('extraction against real layout', () => {
  test('reads what is drawn: hidden by style sheet, visibility, display:contents, closed details, content-visibility', async () => {
    const page = await h.page(`
      <style>.gone { display: none } .quiet { visibility: hidden } .loud { visibility: visible }</style>
      <p>可见的<span class="gone">隐藏的</span>法轮功</p>
      <p class="quiet">hidden <span class="loud">back</span></p>
      <div style="display: contents">contents text</div>
      <details><summary>summary</summary>closed content</details>
      <div style="content-visibility: hidden"><p>skipped content</p></div>
      <p hidden="until-found">found later</p>
      <div style="content-visibility: auto">auto content</div>
      <pre>line one
line two</pre>
      <p>source
line</p>
      <p>before<br>after</p>
      <textarea>typed</textarea><div contenteditable>editable</div><input value="x">`);
    const blocks = await page.evaluate(() => window.cm.extractText(document.body).blocks.map((b) => b.text));
    expect(blocks).toEqual([
      '可见的法轮功',
      'back',
      'contents text',
      'summary',
      'auto content',
      'line one\nline two',
      'source line',
      'before',
      'after',
    ]);
    await page.close();
  });

  test('open shadow roots are read in place, slotted light nodes where their slot is', async () => {
    const page = await h.page(`
      <p>开头</p>
      <my-card><template shadowrootmode="open"><p>影子里 <slot></slot> 结束</p><p>第二段</p></template><b>投射的法轮功</b></my-card>
      <closed-card><template shadowrootmode="closed"><p>closed inside</p></template>light of closed</closed-card>
      <p>结尾</p>`);
    const r = await page.evaluate(() => {
      const walker = new window.cm.BlockWalker(document);
      walker.run();
      return { blocks: walker.blocks.map((b) => b.text), shadows: walker.shadowRoots.length };
    });
    expect(r.blocks).toEqual(['开头', '影子里 投射的法轮功 结束', '第二段', 'light of closed', '结尾']);
    expect(r.shadows).toBe(1);
    await page.close();
  });

  test('text split mid-word and mid-surrogate-pair maps back to the right nodes; ranges span them', async () => {
    const page = await h.page('<p id="p"></p>');
    const r = await page.evaluate(() => {
      const p = document.getElementById('p') as HTMLElement;
      const face = '😀';
      p.append('法', document.createElement('wbr'), '轮', '功', face[0] as string, `${face[1]}六`, '四');
      const { text, segments } = window.cm.extractText(document.body);
      const from = window.cm.pointAt(segments, 0, 'start');
      const to = window.cm.pointAt(segments, 3, 'end');
      const range = new Range();
      range.setStart(from!.node, from!.offset);
      range.setEnd(to!.node, to!.offset);
      return {
        text,
        nodes: segments.nodes.length,
        range: range.toString(),
        face: segments.nodes.slice(3, 5).map((n) => n.data.length),
        // childNodes[5] is "\ude00六" (childNodes[1] is the <wbr>): its offset 1 is 六
        back: text[window.cm.offsetOf(segments, p.childNodes[5] as Text, 1)],
      };
    });
    expect(r.text).toBe('法轮功😀六四');
    expect(r.nodes).toBe(6);
    expect(r.range).toBe('法轮功');
    expect(r.face).toEqual([1, 2]);
    expect(r.back).toBe('六');
    await page.close();
  });

  test('10,000 levels of nesting are read without overflowing the stack', async () => {
    const page = await h.page('<div id="root"></div>');
    const text = await page.evaluate(() => {
      let inner: HTMLElement = document.createElement('span');
      inner.append('深处的法轮功');
      for (let i = 0; i < 10_000; i++) {
        const outer = document.createElement(i % 2 ? 'div' : 'span');
        outer.append(inner);
        inner = outer;
      }
      document.getElementById('root')?.append(inner);
      return window.cm.extractText(document.body).text;
    });
    expect(text).toBe('深处的法轮功');
    await page.close();
  });
});

describe('painting', () => {
  test('one StaticRange per match in a Highlight per family, registered only while drawn', async () => {
    const page = await h.page(`
      <p>法轮功 and 法<b>轮</b>功</p><p>六四 and Tiananmen</p><p>大麻</p><p>nothing here</p>`);
    await startLive(page);
    expect(await page.evaluate(registered)).toEqual({
      'clausemark-art10-5': 2,
      'clausemark-art10-2': 2,
      'clausemark-art10-7': 1,
    });
    const kinds = await page.evaluate(() =>
      [...(CSS.highlights.get('clausemark-art10-5') ?? [])].map((r) => [
        r.constructor.name,
        String(r.startContainer.textContent),
      ]),
    );
    expect(kinds).toEqual([
      ['StaticRange', '法轮功 and 法'],
      ['StaticRange', '法轮功 and 法'],
    ]);

    await page.evaluate(() => window.live?.painter.setHiddenFamilies(['art10-2']));
    expect(Object.keys(await page.evaluate(registered)).sort()).toEqual([
      'clausemark-art10-5',
      'clausemark-art10-7',
    ]);
    await page.evaluate(() => window.live?.painter.setVisible(false));
    expect(await page.evaluate(registered)).toEqual({});
    await page.evaluate(() => window.live?.painter.setVisible(true));
    await page.evaluate(() => window.live?.painter.focus(window.live.scanner.model.matches()[1] ?? null));
    expect((await page.evaluate(registered))['clausemark-focus']).toBe(1);
    await page.evaluate(() => window.live?.stop());
    expect(await page.evaluate(registered)).toEqual({});
    await page.close();
  });

  test('past the threshold only matches near the viewport are registered, following the scroll', async () => {
    const page = await h.page(
      Array.from({ length: 400 }, (_, i) => `<p id="p${i}">第${i}段：法轮功，六四，大麻</p>`).join(''),
      { height: 400 },
    );
    await startLive(page, LEXICON, 300);
    const total = await page.evaluate(() => window.live?.scanner.model.matches().length);
    expect(total).toBe(1200);
    const near = () => {
      const all = [...CSS.highlights].filter(([n]) => n.startsWith('clausemark-art10'));
      const ids = new Set<string>();
      for (const [, hl] of all)
        for (const r of hl) ids.add((r.startContainer.parentElement as HTMLElement).id);
      return {
        size: all.reduce((n, [, hl]) => n + hl.size, 0),
        top: ids.has('p0'),
        bottom: ids.has('p399'),
        windowed: window.live?.painter.windowed,
      };
    };
    const atTop = await until(page, near, (r) => r.size > 0);
    expect(atTop.windowed).toBe(true);
    expect(atTop.top).toBe(true);
    expect(atTop.bottom).toBe(false);
    expect(atTop.size).toBeLessThan(total as number);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const atBottom = await until(page, near, (r) => r.bottom && !r.top);
    expect(atBottom).toMatchObject({ top: false, bottom: true });
    await page.close();
  });
});

describe('hover hit-testing with real coordinates', () => {
  const setup = async () => {
    const page = await h.page(
      `<p id="a">这里提到了法轮功，也提到了<span>六四</span>。</p><p id="b">没有匹配的文字。</p>`,
    );
    await startLive(page);
    const rects = await page.evaluate(() =>
      (window.live?.scanner.model.matches() ?? []).map((m) => {
        const r = m.range() as AbstractRange;
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const b = live.getBoundingClientRect();
        return {
          text: live.toString(),
          x: b.x + b.width / 2,
          y: b.y + b.height / 2,
          right: b.right,
          left: b.left,
        };
      }),
    );
    return { page, rects };
  };
  const hitAt = (page: Page, x: number, y: number) =>
    page.evaluate(
      (p) => {
        const m = window.live?.hit(p.x, p.y);
        return m ? m.block.text.slice(m.start, m.end) : null;
      },
      { x, y },
    );

  test('the match under the pointer, none beside it, none when its family is hidden', async () => {
    const { page, rects } = await setup();
    expect(rects.map((r) => r.text)).toEqual(['法轮功', '六四']);
    for (const r of rects) expect(await hitAt(page, r.x, r.y)).toBe(r.text);
    const [first] = rects;
    expect(await hitAt(page, first!.left - 20, first!.y)).toBeNull();
    expect(await hitAt(page, 790, first!.y)).toBeNull();
    await page.evaluate(() => window.live?.painter.setHiddenFamilies(['art10-5']));
    expect(await hitAt(page, first!.x, first!.y)).toBeNull();
    await page.close();
  });

  test('without highlightsFromPoint, the caret position finds the same matches', async () => {
    const { page, rects } = await setup();
    await page.evaluate(() => {
      Object.defineProperty(Object.getPrototypeOf(CSS.highlights), 'highlightsFromPoint', {
        value: undefined,
      });
    });
    for (const r of rects) expect(await hitAt(page, r.x, r.y)).toBe(r.text);
    expect(await hitAt(page, rects[0]!.left - 20, rects[0]!.y)).toBeNull();
    await page.close();
  });
});

describe('live pages', () => {
  test('new posts are read and highlighted, removed ones drop out, edited text is re-read', async () => {
    const page = await h.page('<div id="feed"><article><p>第一帖：六四</p></article></div>');
    await startLive(page);
    expect(await page.evaluate(() => window.live?.texts())).toEqual(['六四']);
    await page.evaluate(() => {
      const feed = document.getElementById('feed') as HTMLElement;
      for (let i = 0; i < 3; i++) {
        const post = document.createElement('article');
        const p = document.createElement('p');
        p.append(`新帖${i}：法轮功`);
        post.append(p);
        feed.append(post);
      }
    });
    expect(
      await until(
        page,
        () => window.live?.texts() ?? [],
        (t) => t.length === 4,
      ),
    ).toEqual(['六四', '法轮功', '法轮功', '法轮功']);
    await page.evaluate(() => {
      document.querySelector('article')?.remove();
      const last = document.querySelector('article:last-child p')?.firstChild as Text;
      last.data = '改过的：大麻';
    });
    expect(
      await until(
        page,
        () => window.live?.texts() ?? [],
        (t) => t.join() === '法轮功,法轮功,大麻',
      ),
    ).toEqual(['法轮功', '法轮功', '大麻']);
    expect(await page.evaluate(registered)).toEqual({ 'clausemark-art10-5': 2, 'clausemark-art10-7': 1 });
    await page.close();
  });

  test('changes inside an open shadow root are seen', async () => {
    const page = await h.page(
      '<x-post><template shadowrootmode="open"><p id="in">影子</p></template></x-post>',
    );
    await startLive(page);
    await page.evaluate(() => {
      const p = document.querySelector('x-post')?.shadowRoot?.getElementById('in');
      p?.append('里的法轮功');
    });
    expect(
      await until(
        page,
        () => window.live?.texts() ?? [],
        (t) => t.length === 1,
      ),
    ).toEqual(['法轮功']);
    await page.close();
  });

  test('shadow roots attached to elements already read are found by a sweep, nested ones too', async () => {
    const page = await h.page('<div id="a"></div><div id="b"></div>');
    const r = await page.evaluate(async () => {
      const known = new Set<ShadowRoot>([
        (document.getElementById('a') as HTMLElement).attachShadow({ mode: 'open' }),
      ]);
      const late = (document.getElementById('b') as HTMLElement).attachShadow({ mode: 'open' });
      const inner = document.createElement('span');
      late.append(inner);
      const nested = inner.attachShadow({ mode: 'open' });
      const found = await window.cm.findNewShadowRoots(document, known, new window.cm.Slicer());
      return { count: found.length, late: found[0] === late, nested: found[1] === nested };
    });
    expect(r).toEqual({ count: 2, late: true, nested: true });
    await page.close();
  });

  test('a page replacing its body every 100 ms gets bounded work and stays correct', async () => {
    const page = await h.page('<p>法轮功</p>');
    await startLive(page);
    await page.evaluate(() => {
      let n = 0;
      const timer = setInterval(() => {
        const body = document.createElement('body');
        const p = document.createElement('p');
        p.append(`第${++n}次：法轮功 六四`);
        body.append(p);
        document.body.replaceWith(body);
        if (n === 20) clearInterval(timer);
      }, 100);
    });
    await page.waitForTimeout(2600);
    const r = await until(
      page,
      () => ({ texts: window.live?.texts(), changes: window.live?.changes, body: document.body.textContent }),
      (x) => x.texts?.length === 2,
    );
    expect(r.body).toBe('第20次：法轮功 六四');
    expect(r.texts).toEqual(['法轮功', '六四']);
    // 20 replacements in 2 s; full rescans are capped at one a second (plus the first pass)
    expect(r.changes).toBeLessThanOrEqual(5);
    await page.close();
  });

  test('a single long text node is matched in pieces, each match found once', async () => {
    const page = await h.page('<pre id="big"></pre>');
    const r = await page.evaluate(async () => {
      const parts: string[] = [];
      for (let i = 0; i < 20_000; i++) parts.push(i % 97 === 0 ? `第${i}行法轮功。` : `第${i}行普通的文字。`);
      (document.getElementById('big') as HTMLElement).append(parts.join(''));
      const slicer = new window.cm.Slicer();
      const walker = await window.cm.extractSliced(document.body, {}, slicer);
      const matcher = window.cm.matcherOf({ 'bj-microblog-2011/art10-5': ['法轮功'] });
      const found = await window.cm.matchBlocks(
        walker.blocks,
        { match: (t) => matcher.match(t), classify: (m) => ({ family: 'art10-5', clauses: m.clauses }) },
        slicer,
      );
      const list = [...found.values()].flat();
      return {
        length: walker.blocks[0]?.text.length,
        count: list.length,
        distinct: new Set(list.map((m) => m.start)).size,
      };
    });
    expect(r.length).toBeGreaterThan(200_000);
    expect(r.count).toBe(Math.ceil(20_000 / 97));
    expect(r.distinct).toBe(r.count);
    await page.close();
  });
});
