import { REGISTRY } from '../../utils/clauses';
import type { Lang } from '../../utils/i18n';
import { clauseColor, documentTitle } from './format';
import type { PickOption } from './MultiPick';

/** Every clause of the registry as a drop-down option ("Art. 10 (v) Cults…"), grouped by document. */
export function clauseOptions(lang: Lang): PickOption[] {
  return REGISTRY.clauses.map((c) => ({
    value: c.id,
    label: `${c.locator[lang]} ${c.label[lang]}`,
    color: clauseColor(c.id),
    group: documentTitle(c.document, lang),
  }));
}
