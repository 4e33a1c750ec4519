import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Matcher } from '../../utils/match';

/** The benign corpus lives beside the checkout (../shared/eval); it is read from there, never copied in. */
export const BENIGN_DIR =
  process.env.CLAUSEMARK_EVAL_DIR ?? resolve(import.meta.dirname, '../../../shared/eval');

export interface BenignDoc {
  corpus: 'headlines' | 'headlines-politics-society' | 'wikipedia';
  id: string;
  text: string;
}

export function benignAvailable(dir = BENIGN_DIR): boolean {
  return (
    existsSync(join(dir, 'benign', 'thucnews-headlines-dev.tsv')) &&
    existsSync(join(dir, 'benign', 'wikitext2-valid.txt'))
  );
}

const POLITICS_SOCIETY = new Set(['5', '6']);

/** THUCNews headlines (politics and society apart) and WikiText-2 articles (split at top-level headings). */
export function loadBenign(dir = BENIGN_DIR): BenignDoc[] {
  const docs: BenignDoc[] = [];
  readFileSync(join(dir, 'benign', 'thucnews-headlines-dev.tsv'), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const [headline, cls] = line.split('\t');
      if (!headline || cls === undefined) return;
      const corpus = POLITICS_SOCIETY.has(cls.trim()) ? 'headlines-politics-society' : 'headlines';
      docs.push({ corpus, id: `thucnews:${i + 1}`, text: headline });
    });
  let title = '';
  let body: string[] = [];
  const flush = () => {
    if (title && body.length)
      docs.push({ corpus: 'wikipedia', id: `wikitext:${title}`, text: body.join('\n') });
    body = [];
  };
  for (const line of readFileSync(join(dir, 'benign', 'wikitext2-valid.txt'), 'utf8').split('\n')) {
    const heading = /^ = ([^=].*[^=]) = $/.exec(line);
    if (heading) {
      flush();
      title = heading[1]?.trim() ?? '';
    } else if (line.trim()) body.push(line.trim());
  }
  flush();
  return docs;
}

export interface CorpusScore {
  corpus: BenignDoc['corpus'];
  docs: number;
  chars: number;
  flaggedDocs: number;
  flags: number;
  /** per Article 10 item (and baseline ids where entries point straight at one) */
  byClause: Map<string, { flaggedDocs: number; flags: number }>;
}

export interface TermFiring {
  term: string;
  clauses: string[];
  count: number;
  example: string;
}

export function scoreBenign(m: Matcher, docs: readonly BenignDoc[]) {
  const corpora = new Map<string, CorpusScore>();
  const terms = new Map<string, TermFiring>();
  for (const d of docs) {
    let s = corpora.get(d.corpus);
    if (!s)
      corpora.set(
        d.corpus,
        (s = { corpus: d.corpus, docs: 0, chars: 0, flaggedDocs: 0, flags: 0, byClause: new Map() }),
      );
    s.docs++;
    s.chars += d.text.length;
    const matches = m.match(d.text);
    if (matches.length) s.flaggedDocs++;
    s.flags += matches.length;
    const seen = new Set<string>();
    for (const match of matches) {
      for (const c of match.clauses) {
        let b = s.byClause.get(c);
        if (!b) s.byClause.set(c, (b = { flaggedDocs: 0, flags: 0 }));
        b.flags++;
        if (!seen.has(c)) b.flaggedDocs++;
        seen.add(c);
      }
      const key = `${match.entry}|${match.term}`;
      const t = terms.get(key);
      if (t) t.count++;
      else
        terms.set(key, {
          term: match.term,
          clauses: match.clauses,
          count: 1,
          example: `${d.id}: …${d.text.slice(Math.max(0, match.start - 20), match.end + 20).replace(/\s+/g, ' ')}…`,
        });
    }
  }
  const top = [...terms.values()].sort((a, b) => b.count - a.count).slice(0, 20);
  return { corpora, top };
}
