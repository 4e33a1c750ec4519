/**
 * Deterministic pages and lexicons for the page benchmark: the same seed gives the same text, so runs are
 * comparable. Generated terms are random CJK trigrams and Latin pseudo-words; the pages contain the first
 * SHARED of them, so every lexicon size finds the same matches and only the automaton's size changes.
 */
import { mulberry32 } from '../../fixtures/random';

export const SHARED = 300;

const ZH_WORDS =
  '今天 天气 朋友 公园 吃饭 工作 周末 电影 音乐 城市 地铁 咖啡 图书馆 学校 老师 学生 上班 下班 晚饭 早上 中午 晚上 手机 照片 旅行 火车 超市 水果 蔬菜 面包 牛奶 跑步 篮球 比赛 报纸 小说 邻居 小区 快递 外卖 排队 雨伞 阳光 树叶 花园 厨房 午觉'.split(
    ' ',
  );
const EN_WORDS =
  'the a of and to in is was for on with as at by this that from or an be are have has it weather park train coffee library market dinner morning evening music film match neighbour garden kitchen umbrella'.split(
    ' ',
  );

export interface Terms {
  /** every term, in generation order (the first SHARED appear in the pages) */
  all: string[];
  lang: ('zh' | 'en')[];
}

export function generateTerms(count: number, seed = 7): Terms {
  const r = mulberry32(seed);
  const all: string[] = [];
  const lang: ('zh' | 'en')[] = [];
  const seen = new Set<string>();
  const syllables = [
    'ka',
    'zor',
    'vel',
    'mir',
    'tus',
    'qen',
    'dro',
    'pli',
    'xan',
    'bor',
    'yel',
    'fum',
    'gri',
    'sol',
  ];
  while (all.length < count) {
    let term: string;
    const en = r() < 0.2;
    if (en) {
      const word = () =>
        Array.from(
          { length: 2 + Math.floor(r() * 2) },
          () => syllables[Math.floor(r() * syllables.length)],
        ).join('');
      term = `${word()} ${word()}`;
    } else {
      term = Array.from({ length: 3 }, () => String.fromCharCode(0x4e00 + Math.floor(r() * 0x51a0))).join('');
    }
    if (seen.has(term)) continue;
    seen.add(term);
    all.push(term);
    lang.push(en ? 'en' : 'zh');
  }
  return { all, lang };
}

/** The generated terms as default-lexicon files (one group per clause and language). */
export function lexiconFiles(terms: Terms): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  const byFile = new Map<string, { zh: string[]; en: string[] }>();
  terms.all.forEach((t, i) => {
    const file = `art10-${(i % 11) + 1}.json`;
    const slot = byFile.get(file) ?? { zh: [], en: [] };
    slot[terms.lang[i] ?? 'zh'].push(t);
    byFile.set(file, slot);
  });
  const names = [...Array.from({ length: 11 }, (_, i) => `art10-${i + 1}.json`), 'baselines.json'];
  for (const file of names) {
    const slot = byFile.get(file) ?? { zh: [], en: [] };
    const clause = `bj-microblog-2011/${file.replace('.json', '')}`;
    const groups = (['zh', 'en'] as const)
      .filter((l) => slot[l].length)
      .map((l) => ({ note: 'Generated benchmark term.', clauses: [clause], lang: l, entries: slot[l] }));
    files[file] = {
      format: 'clausemark-lexicon/1',
      id: 'default',
      name: { zh: '基准词库', en: 'Benchmark lexicon' },
      groups,
    };
  }
  return files;
}

/** Real default-lexicon terms, so the default build finds something in the same pages. */
const REAL = ['法轮功', '8964', '出售大麻', 'Falun Gong'];

function sentence(r: () => number, en: boolean): string {
  const words = en ? EN_WORDS : ZH_WORDS;
  const n = 3 + Math.floor(r() * 6);
  const parts = Array.from({ length: n }, () => words[Math.floor(r() * words.length)]);
  return en ? `${parts.join(' ')}. ` : `${parts.join('')}。`;
}

/** Text for the index-th text node: filler, with a shared term in one node of every `every`. */
function nodeText(r: () => number, terms: Terms, index: number, chars: number, every = 40): string {
  const en = r() < 0.2;
  let text = '';
  while (text.length < chars) text += sentence(r, en);
  text = text.slice(0, chars);
  if (index % every === Math.floor(every / 2)) {
    const term = terms.all[Math.floor(r() * Math.min(SHARED, terms.all.length))] ?? '';
    const at = Math.floor(r() * text.length);
    text = `${text.slice(0, at)} ${term} ${text.slice(at)}`;
  }
  if (index % 400 === 7) text += ` ${REAL[Math.floor(r() * REAL.length)]} `;
  return text;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(title: string, body: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><script src="/bench/in-page.js"></script></head><body>${body}</body></html>`;
}

/** An article: about 8,000 text nodes of about 25 characters (inline links and emphasis split them). */
export function articlePage(terms: Terms, nodes = 8000): string {
  const r = mulberry32(11);
  const paras: string[] = [];
  for (let i = 0; i < nodes; i += 10) {
    const pieces: string[] = [];
    for (let k = 0; k < 10; k++) {
      const t = esc(nodeText(r, terms, i + k, 25));
      pieces.push(k % 3 === 1 ? `<a href="#p${i}">${t}</a>` : k % 3 === 2 ? `<b>${t}</b>` : t);
    }
    // adjacent plain pieces merge into one text node; a span keeps each a node of its own
    paras.push(`<p>${pieces.map((p) => (p.startsWith('<') ? p : `<span>${p}</span>`)).join('')}</p>`);
  }
  return page('文章', `<article><h1>长文</h1>${paras.join('\n')}</article>`);
}

/** A feed of 25,000 posts, four text nodes each (about 100,000 nodes, 5 MB of text). */
export function hugeFeedPage(terms: Terms, posts = 25_000): string {
  const r = mulberry32(13);
  const out: string[] = [];
  for (let i = 0; i < posts; i++)
    out.push(
      `<article><span>用户${i % 997}</span><time>6月${(i % 28) + 1}日 ${i % 24}:${i % 60}</time><p>${esc(nodeText(r, terms, i * 4, 170))}</p><div>转发 ${i % 50} 评论 ${i % 30}</div></article>`,
    );
  return page('信息流', `<main id="feed">${out.join('')}</main>`);
}

/** The infinite feed's empty page, and the post texts it appends (one in five with a shared term). */
export function infiniteFeed(terms: Terms): { html: string; texts: string[] } {
  const r = mulberry32(17);
  const texts = Array.from({ length: 500 }, (_, i) => nodeText(r, terms, i, 120, 5));
  return { html: page('无限信息流', '<main id="feed"></main>'), texts };
}
