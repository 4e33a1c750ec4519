import type { PageModel } from '../../utils/dom/model';
import type { PageMatch } from '../../utils/dom/page-match';
import type { ContentSnapshot, ContentState, MatchSummary } from '../../utils/messages';

const CONTEXT = 32;

/** Matches as reported outside the page: offsets into the page text (blocks joined by "\n"), with context. */
export function summarize(model: PageModel): MatchSummary[] {
  const { text, offsets } = model.text();
  return model.matches().map((pm, index) => {
    const base = offsets.get(pm.block) ?? 0;
    const start = base + pm.start;
    const end = base + pm.end;
    const m = pm.match;
    return {
      index,
      start,
      end,
      text: text.slice(start, end),
      term: m.term,
      base: m.base,
      clauses: [...pm.clauses],
      implied: [...m.implied],
      steps: [...m.steps],
      ...(m.variant ? { variant: m.variant } : {}),
      entry: m.entry,
      note: m.note,
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    };
  });
}

/** Matches per clause (each match counts once for each clause it falls under directly). */
export function countClauses(matches: readonly PageMatch[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const pm of matches) for (const c of pm.clauses) counts[c] = (counts[c] ?? 0) + 1;
  return counts;
}

/** What the answer to get-state is made of. */
export interface StateSource {
  url: string;
  model: PageModel | null;
  scanning: boolean;
  visible: boolean;
  hiddenFamilies: readonly string[];
  focused: PageMatch | null;
  card: { match: PageMatch; text: string } | null;
  drawMode: ContentState['drawMode'];
  timing: ContentState['timing'];
}

export function buildState(s: StateSource): ContentState {
  const matches = s.model?.matches() ?? [];
  const indexOf = (m: PageMatch | null | undefined) => {
    const i = m ? matches.indexOf(m) : -1;
    return i < 0 ? null : i;
  };
  return {
    url: s.url,
    total: matches.length,
    counts: countClauses(matches),
    visible: s.visible,
    hiddenFamilies: [...s.hiddenFamilies],
    focused: indexOf(s.focused),
    card: { shown: s.card !== null, matchIndex: indexOf(s.card?.match), text: s.card?.text ?? '' },
    matches: s.model ? summarize(s.model) : [],
    status: !s.model ? 'off' : s.scanning ? 'scanning' : 'done',
    drawMode: s.drawMode,
    timing: s.timing,
  };
}

export function buildSnapshot(url: string, title: string, model: PageModel | null): ContentSnapshot {
  return { url, title, text: model?.text().text ?? '', matches: model ? summarize(model) : [] };
}
