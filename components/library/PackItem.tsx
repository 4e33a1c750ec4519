import { useMemo, useState } from 'preact/hooks';
import type { PackRow } from '../../utils/db/rows';
import { packSourceFileName, packSourceText } from '../../utils/packs/export-pack';
import { Pack } from '../../utils/packs/pack';
import { useLibrary } from './context';
import { downloadBlob } from './download';
import { clauseLocator, formatInstant } from './format';

export interface PackItemProps {
  pack: PackRow;
  onToggle: (enabled: boolean) => Promise<void>;
  onRemove: () => Promise<void>;
}

/** The pack as utils/packs knows it, when it was made from a keyword list (lexicon files have no list). */
function keywordPack(row: PackRow): Pack | null {
  if (!row.source) return null;
  const parsed = Pack.safeParse({
    id: row.id,
    name: row.name,
    source: row.source,
    mapping: row.mapping,
    lexicon: row.lexicon,
  });
  return parsed.success ? parsed.data : null;
}

function keywordCount(lexicon: unknown): number {
  const lex = lexicon as { groups?: { entries?: unknown[] }[]; entries?: unknown[] } | null;
  return (lex?.groups ?? []).reduce((n, g) => n + (g.entries?.length ?? 0), lex?.entries?.length ?? 0);
}

/** One stored pack: its switch, what it maps to, export (as the keyword list and as a lexicon), delete (asked twice). */
export function PackItem({ pack, onToggle, onRemove }: PackItemProps) {
  const { t, tn, lang } = useLibrary();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<void>) =>
    action().then(
      () => setError(null),
      (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
    );
  const list = useMemo(() => keywordPack(pack), [pack]);
  const exportList = (p: Pack) =>
    downloadBlob(
      new Blob([packSourceText(p)], {
        type: p.source.format === 'csv' ? 'text/csv;charset=utf-8' : 'text/plain;charset=utf-8',
      }),
      packSourceFileName(p),
    );
  const exportLexicon = () =>
    downloadBlob(
      new Blob([`${JSON.stringify(pack.lexicon, null, 2)}\n`], { type: 'application/json' }),
      `${pack.id}.lexicon.json`,
    );
  return (
    <li class="pack-item" data-pack-id={pack.id}>
      <div class="pack-head">
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={pack.enabled}
            onChange={(e) => void run(() => onToggle(e.currentTarget.checked))}
          />
          <span class="pack-name">{pack.name}</span>
        </label>
        <span class="pack-state">{pack.enabled ? t('packs.on') : t('packs.off')}</span>
      </div>
      <p class="pack-facts">
        {tn('packs.facts', keywordCount(pack.lexicon), {
          id: pack.id,
          file: pack.sourceFile || '—',
          when: formatInstant(pack.createdAt, lang),
        })}
      </p>
      {Object.keys(pack.mapping).length > 0 && (
        <ul class="pack-mapping-summary" aria-label={t('packs.mapping')}>
          {Object.entries(pack.mapping).map(([category, ids]) => (
            <li key={category}>
              {category === '*' ? t('packs.allKeywords') : category} →{' '}
              {ids.map((id) => clauseLocator(id, lang)).join(', ')}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        {list && (
          <button type="button" onClick={() => exportList(list)}>
            {t('packs.exportList', { format: list.source.format === 'csv' ? 'CSV' : 'TXT' })}
          </button>
        )}
        <button type="button" onClick={exportLexicon}>
          {t('packs.export')}
        </button>
        {confirming ? (
          <>
            <button type="button" class="danger" onClick={() => void run(onRemove)}>
              {t('packs.confirmDelete', { name: pack.name })}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('packs.cancel')}
            </button>
          </>
        ) : (
          <button type="button" onClick={() => setConfirming(true)}>
            {t('packs.delete')}
          </button>
        )}
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
