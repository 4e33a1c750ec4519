import type { ImportResult } from '../../utils/export/import';
import { useLibrary } from './context';

/** Conflicts listed in full before the rest are only counted. */
const LISTED = 50;

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** What an import added and merged, and where the two libraries disagreed (the library's value was kept). */
export function ImportSummary({ file, result }: { file: string; result: ImportResult }) {
  const { t } = useLibrary();
  const { added, merged, conflicts } = result;
  return (
    <div class="import-summary">
      <p>{t('import.done', { file })}</p>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('import.pages')}</th>
            <th scope="col">{t('import.matches')}</th>
            <th scope="col">{t('import.verdicts')}</th>
            <th scope="col">{t('import.packs')}</th>
          </tr>
        </thead>
        <tbody>
          {(
            [
              ['import.added', added],
              ['import.merged', merged],
            ] as const
          ).map(([key, n]) => (
            <tr key={key}>
              <th scope="row">{t(key)}</th>
              <td>{n.pages}</td>
              <td>{n.matches}</td>
              <td>{n.verdicts}</td>
              <td>{n.packs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{t('import.conflicts', { n: conflicts.length })}</p>
      {conflicts.length > 0 && (
        <ul class="conflicts">
          {conflicts.slice(0, LISTED).map((c, i) => (
            <li key={i}>
              {t('import.conflict', {
                table: c.table,
                id: c.id,
                field: c.field,
                kept: show(c.kept),
                incoming: show(c.incoming),
              })}
            </li>
          ))}
          {conflicts.length > LISTED && (
            <li>{t('import.moreConflicts', { n: conflicts.length - LISTED })}</li>
          )}
        </ul>
      )}
    </div>
  );
}
