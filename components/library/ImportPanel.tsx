import { useId, useState } from 'preact/hooks';
import type { ImportResult } from '../../utils/export/import';
import { useLibrary } from './context';
import { ImportSummary } from './ImportSummary';

export interface ImportPanelProps {
  onImported: () => void;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'running'; file: string }
  | { kind: 'done'; file: string; result: ImportResult }
  | { kind: 'failed'; file: string; error: string };

/**
 * Imports a ClauseMark library file, merging it into the library. The storage layer checks the whole file
 * before writing anything, so a refusal means nothing changed; its message names the first bad field.
 */
export function ImportPanel({ onImported }: ImportPanelProps) {
  const { t, backend } = useLibrary();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setStatus({ kind: 'running', file: file.name });
    try {
      const result = await backend.importLibrary(await file.text());
      setStatus({ kind: 'done', file: file.name, result });
      onImported();
    } catch (err) {
      setStatus({ kind: 'failed', file: file.name, error: err instanceof Error ? err.message : String(err) });
    } finally {
      // the same file can be chosen again after fixing it
      input.value = '';
    }
  };

  return (
    <section class="import-panel" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('import.heading')}</h3>
      <label for={id}>{t('import.choose')}</label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        disabled={status.kind === 'running'}
        onChange={(e) => void onFile(e.currentTarget)}
      />
      <div role="status" class="status">
        {status.kind === 'running' && t('import.running', { file: status.file })}
        {status.kind === 'done' && <ImportSummary file={status.file} result={status.result} />}
      </div>
      {status.kind === 'failed' && (
        <div class="error" role="alert">
          <p>{t('import.failed', { file: status.file })}</p>
          <p class="reason">{status.error}</p>
        </div>
      )}
    </section>
  );
}
