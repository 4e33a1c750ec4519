import { useEffect, useRef, useState } from 'preact/hooks';
import type { LibraryFilter } from '../../utils/db/query-schema';
import { EXPORT_FORMATS, exportFileName, type ExportFormat } from '../../utils/export/formats';
import { useLibrary } from './context';
import { downloadBlob } from './download';
import { formatCount } from './format';

export interface ExportPanelProps {
  /** the list's current filter, or null when it shows the whole library */
  filter: LibraryFilter | null;
  /** pages the current filter shows */
  shown: number | null;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; bytes: number }
  | { kind: 'done'; fileName: string; bytes: number }
  | { kind: 'failed'; error: string };

/** Exports the library or the current filter in one of the four formats, as a download. */
export function ExportPanel({ filter, shown }: ExportPanelProps) {
  const { t, lang, backend } = useLibrary();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [scope, setScope] = useState<'all' | 'filter'>('all');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    if (!filter) setScope('all');
  }, [filter === null]);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'running', bytes: 0 });
    try {
      const exportedAt = new Date().toISOString();
      const chosen = scope === 'filter' && filter ? filter : {};
      const blob = await backend.exportFile(
        { format, filter: chosen, lang },
        { signal: controller.signal, onProgress: (bytes) => setStatus({ kind: 'running', bytes }) },
      );
      const fileName = exportFileName(format, exportedAt);
      downloadBlob(blob, fileName);
      setStatus({ kind: 'done', fileName, bytes: blob.size });
    } catch (err) {
      if (controller.signal.aborted) setStatus({ kind: 'idle' });
      else setStatus({ kind: 'failed', error: err instanceof Error ? err.message : String(err) });
    } finally {
      abort.current = null;
    }
  };

  return (
    <section class="export-panel" aria-labelledby="export-heading">
      <h3 id="export-heading">{t('export.heading')}</h3>
      <fieldset>
        <legend>{t('export.format')}</legend>
        {EXPORT_FORMATS.map((f) => (
          <label key={f}>
            <input
              type="radio"
              name="export-format"
              value={f}
              checked={format === f}
              onChange={() => setFormat(f)}
            />
            {t(`export.format.${f}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('export.scope')}</legend>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'all'}
            onChange={() => setScope('all')}
          />
          {t('export.scope.all')}
        </label>
        <label>
          <input
            type="radio"
            name="export-scope"
            checked={scope === 'filter'}
            disabled={!filter}
            onChange={() => setScope('filter')}
          />
          {t('export.scope.filter', { n: shown === null ? '…' : formatCount(shown, lang) })}
        </label>
      </fieldset>
      <div class="actions">
        <button type="button" onClick={run} disabled={status.kind === 'running'}>
          {t('export.run')}
        </button>
        {status.kind === 'running' && (
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('export.cancel')}
          </button>
        )}
      </div>
      <p class="status" role="status">
        {status.kind === 'running' &&
          t('export.running', { kb: formatCount(Math.round(status.bytes / 1024), lang) })}
        {status.kind === 'done' &&
          t('export.done', { file: status.fileName, kb: formatCount(Math.ceil(status.bytes / 1024), lang) })}
      </p>
      {status.kind === 'failed' && (
        <p class="error" role="alert">
          {t('export.failed', { error: status.error })}
        </p>
      )}
    </section>
  );
}
