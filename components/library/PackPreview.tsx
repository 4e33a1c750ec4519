import type { Lexicon } from '../../utils/match/lexicon';
import { useLibrary } from './context';
import { clauseName } from './format';

const SAMPLE = 8;

type Entry = Lexicon['entries'][number];
const entryText = (e: Entry) => (typeof e === 'string' ? e : 'term' in e ? e.term : e.rule);

/** What a pack will match: per group, the clauses, the language and the first few keywords. */
export function PackPreview({ lexicon }: { lexicon: Lexicon }) {
  const { t, tn, lang } = useLibrary();
  const total = lexicon.groups.reduce((n, g) => n + g.entries.length, lexicon.entries.length);
  return (
    <section class="pack-preview" aria-labelledby="pack-preview-heading">
      <h4 id="pack-preview-heading">{tn('packs.preview', total, { id: lexicon.id })}</h4>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('packs.group')}</th>
            <th scope="col">{t('packs.clauses')}</th>
            <th scope="col">{t('packs.keywords')}</th>
          </tr>
        </thead>
        <tbody>
          {lexicon.groups.map((g, i) => (
            <tr key={i}>
              <td>
                {g.note} <span class="lang">({g.lang})</span>
              </td>
              <td>{g.clauses.map((id) => clauseName(id, lang)).join('; ')}</td>
              <td>
                {g.entries.slice(0, SAMPLE).map(entryText).join(' · ')}
                {g.entries.length > SAMPLE && ` ${t('packs.more', { n: g.entries.length - SAMPLE })}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
