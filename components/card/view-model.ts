import { colorOf, familyOf, getClause, getDocument } from '../../utils/clauses';
import { pick, translator, type Lang } from '../../utils/i18n';
import type { Step } from '../../utils/match';
import { CARD_STRINGS, type CardKey } from './strings';

/** What the card is built from: a match as the content script knows it, without DOM references. */
export interface CardInput {
  text: string;
  term: string;
  base: string;
  variant?: string | undefined;
  steps: readonly Step[];
  clauses: readonly string[];
  implied: readonly string[];
  note: string;
}

export interface CardClause {
  id: string;
  locator: string;
  label: string;
  document: string;
}

/** Everything the card shows, in the UI language; pure data, so it is tested without a DOM. */
export interface CardView {
  lang: Lang;
  color: string;
  clause: CardClause;
  others: CardClause[];
  text: string;
  term: string;
  /** "homophone of “法轮功”" when a variant matched */
  variant: string | null;
  steps: string[];
  implied: CardClause[];
  note: string;
}

function clauseView(id: string, lang: Lang): CardClause {
  const c = getClause(id);
  if (!c) return { id, locator: id, label: '', document: '' };
  const doc = getDocument(c.document);
  return {
    id,
    locator: pick(c.locator, lang),
    label: pick(c.label, lang),
    document: doc ? pick(doc.title, lang) : '',
  };
}

export function cardView(input: CardInput, lang: Lang): CardView {
  const t = translator(CARD_STRINGS, lang);
  const [first = '', ...rest] = input.clauses;
  const kindKey = `variant.${input.variant ?? 'variant'}` as CardKey;
  const kind = kindKey in CARD_STRINGS.en ? t(kindKey) : t('variant.variant');
  return {
    lang,
    color: colorOf(familyOf(first)),
    clause: clauseView(first, lang),
    others: rest.map((id) => clauseView(id, lang)),
    text: input.text,
    term: input.term,
    variant: input.variant && input.term !== input.base ? t('variantOf', { kind, base: input.base }) : null,
    steps: input.steps.map((s) => t(`step.${s}` as CardKey)),
    implied: input.implied.map((id) => clauseView(id, lang)),
    note: input.note,
  };
}
