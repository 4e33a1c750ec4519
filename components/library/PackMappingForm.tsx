import { useMemo } from 'preact/hooks';
import { ALL_CATEGORIES, categoriesOf } from '../../utils/packs/keyword-list';
import type { CategoryMapping, KeywordList } from '../../utils/packs/pack';
import { clauseOptions } from './clause-options';
import { useLibrary } from './context';
import { MultiPick } from './MultiPick';

export interface PackMappingFormProps {
  list: KeywordList;
  mapping: CategoryMapping;
  onChange: (mapping: CategoryMapping) => void;
}

/** Which clauses each category of a keyword list falls under: one clause picker per category. */
export function PackMappingForm({ list, mapping, onChange }: PackMappingFormProps) {
  const { t, tn, lang } = useLibrary();
  const options = useMemo(() => clauseOptions(lang), [lang]);
  const categories = useMemo(() => categoriesOf(list), [list]);
  const set = (category: string, ids: string[]) => {
    const next = { ...mapping };
    if (ids.length > 0) next[category] = ids;
    else delete next[category];
    onChange(next);
  };
  return (
    <fieldset class="pack-mapping">
      <legend>{t('packs.mapping')}</legend>
      <p class="hint">{t('packs.mappingHint')}</p>
      {categories.map((c) => {
        const name =
          c.category === ALL_CATEGORIES
            ? t('packs.allKeywords')
            : c.category === ''
              ? t('packs.emptyCategory')
              : c.category;
        return (
          <div class="category" key={c.category} data-category={c.category}>
            <MultiPick
              label={tn('packs.category', c.count, { name, line: c.line })}
              placeholder={t('packs.chooseClause')}
              addLabel={t('packs.addClause')}
              removeLabel={(label) => t('filter.remove', { value: label })}
              options={options}
              chosen={mapping[c.category] ?? []}
              onChange={(ids) => set(c.category, ids)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
