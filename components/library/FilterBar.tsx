import { useEffect, useId } from 'preact/hooks';
import { REGISTRY } from '../../utils/clauses';
import { VERDICTS, type Verdict } from '../../utils/db/rows';
import type { LibraryKey } from '../../utils/i18n/library';
import type { Facets } from './backend';
import { useLibrary } from './context';
import { clauseColor, clauseName, documentTitle } from './format';
import { dateRangeProblem, EMPTY_FILTER, isFiltered, type FilterState, type SortField } from './filter-query';
import { MultiPick } from './MultiPick';
import { useDraft } from './use-draft';

/** How long typing may pause before the search runs: one query per word typed, not per key. */
const TYPING_PAUSE_MS = 150;

const SORTS: { by: SortField; dir: 'asc' | 'desc'; key: LibraryKey }[] = [
  { by: 'flaggedAt', dir: 'desc', key: 'sort.newest' },
  { by: 'flaggedAt', dir: 'asc', key: 'sort.oldest' },
  { by: 'title', dir: 'asc', key: 'sort.titleAsc' },
  { by: 'title', dir: 'desc', key: 'sort.titleDesc' },
  { by: 'domain', dir: 'asc', key: 'sort.domain' },
  { by: 'matchCount', dir: 'desc', key: 'sort.mostMatches' },
  { by: 'matchCount', dir: 'asc', key: 'sort.fewestMatches' },
];
const sortValue = (s: { by: SortField; dir: 'asc' | 'desc' }) => `${s.by}-${s.dir}`;

export interface FilterBarProps {
  filter: FilterState;
  facets: Facets | null;
  onChange: (filter: FilterState) => void;
}

/** Search, filters and sort of the page list; every control is a labelled native form control. */
export function FilterBar({ filter, facets, onChange }: FilterBarProps) {
  const { t, lang } = useLibrary();
  const ids = { text: useId(), from: useId(), to: useId(), sort: useId() };
  const [text, setText] = useDraft(filter.text);
  useEffect(() => {
    if (text === filter.text) return;
    const timer = setTimeout(() => onChange({ ...filter, text }), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const set = (patch: Partial<FilterState>) => onChange({ ...filter, text, ...patch });

  const counted = (value: string, count: number) => `${value} (${count})`;
  const clauseOptions = (facets?.clauseIds ?? []).map((f) => ({
    value: f.value,
    label: counted(clauseName(f.value, lang), f.count),
    color: clauseColor(f.value),
    group: documentTitle(REGISTRY.clauses.find((c) => c.id === f.value)?.document ?? '', lang),
  }));
  const domainOptions = (facets?.domains ?? []).map((f) => ({
    value: f.value,
    label: counted(f.value, f.count),
  }));
  const tagOptions = (facets?.tags ?? []).map((f) => ({ value: f.value, label: counted(f.value, f.count) }));
  const pick = (name: string) => ({
    placeholder: t('filter.choose'),
    addLabel: t('filter.add'),
    removeLabel: (label: string) => t('filter.remove', { value: label }),
    label: name,
  });
  const toggleVerdict = (v: Verdict, on: boolean) =>
    set({ verdicts: on ? [...filter.verdicts, v] : filter.verdicts.filter((x) => x !== v) });

  return (
    <form
      class="filter-bar"
      role="search"
      aria-label={t('filter.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div class="field search">
        <label for={ids.text}>{t('filter.text')}</label>
        <input
          id={ids.text}
          type="search"
          value={text}
          placeholder={t('filter.textHint')}
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') set({ text: e.currentTarget.value });
          }}
        />
      </div>
      <MultiPick
        {...pick(t('filter.clause'))}
        options={clauseOptions}
        chosen={filter.clauseIds}
        onChange={(clauseIds) => set({ clauseIds })}
      />
      <MultiPick
        {...pick(t('filter.domain'))}
        options={domainOptions}
        chosen={filter.domains}
        onChange={(domains) => set({ domains })}
      />
      <MultiPick
        {...pick(t('filter.tag'))}
        options={tagOptions}
        chosen={filter.tags}
        onChange={(tags) => set({ tags })}
      />
      <fieldset class="verdicts">
        <legend>{t('filter.verdict')}</legend>
        {VERDICTS.map((v) => (
          <label key={v}>
            <input
              type="checkbox"
              checked={filter.verdicts.includes(v)}
              onChange={(e) => toggleVerdict(v, e.currentTarget.checked)}
            />
            {t(`verdict.${v}`)}
          </label>
        ))}
      </fieldset>
      <div class="field dates">
        <label for={ids.from}>{t('filter.from')}</label>
        <input
          id={ids.from}
          type="date"
          value={filter.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
        <label for={ids.to}>{t('filter.to')}</label>
        <input
          id={ids.to}
          type="date"
          value={filter.to}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
        {dateRangeProblem(filter) && (
          <p class="problem" role="alert">
            {t('filter.reversed')}
          </p>
        )}
      </div>
      <div class="field sort">
        <label for={ids.sort}>{t('filter.sort')}</label>
        <select
          id={ids.sort}
          value={sortValue({ by: filter.sortBy, dir: filter.sortDir })}
          onChange={(e) => {
            const s = SORTS.find((x) => sortValue(x) === e.currentTarget.value);
            if (s) set({ sortBy: s.by, sortDir: s.dir });
          }}
        >
          {SORTS.map((s) => (
            <option key={s.key} value={sortValue(s)}>
              {t(s.key)}
            </option>
          ))}
        </select>
      </div>
      {isFiltered({ ...filter, text }) && (
        <button
          type="button"
          class="clear"
          onClick={() => onChange({ ...EMPTY_FILTER, sortBy: filter.sortBy, sortDir: filter.sortDir })}
        >
          {t('filter.clear')}
        </button>
      )}
    </form>
  );
}
