import { useId, useState } from 'preact/hooks';
import { useLibrary } from './context';
import { ListEditor } from './ListEditor';
import { useDraft } from './use-draft';

const sameList = (a: readonly string[], b: readonly string[]) => a.join('\n') === b.join('\n');

export interface PageMetaEditorProps {
  note: string;
  tags: readonly string[];
  /** resolves when stored; rejects with the storage layer's reason */
  onSave: (change: { note: string; tags: string[] }) => Promise<void>;
}

/** The researcher's note and tags on a capture, saved together. */
export function PageMetaEditor({ note, tags, onSave }: PageMetaEditorProps) {
  const { t } = useLibrary();
  const id = useId();
  const [draftNote, setDraftNote] = useDraft(note);
  const [draftTags, setDraftTags] = useDraft<readonly string[]>(tags, sameList);
  const [status, setStatus] = useState<
    { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; error: string }
  >({
    kind: 'idle',
  });
  const changed = draftNote !== note || !sameList(draftTags, tags);

  const save = async () => {
    setStatus({ kind: 'saving' });
    try {
      await onSave({ note: draftNote, tags: [...draftTags] });
      setStatus({ kind: 'saved' });
    } catch (err) {
      setStatus({ kind: 'failed', error: err instanceof Error ? err.message : String(err) });
    }
  };

  return (
    <section class="page-describe" aria-label={t('detail.describe')}>
      <label for={id}>{t('detail.pageNote')}</label>
      <textarea id={id} rows={3} value={draftNote} onInput={(e) => setDraftNote(e.currentTarget.value)} />
      <ListEditor
        label={t('detail.tags')}
        items={draftTags}
        onChange={setDraftTags}
        addLabel={t('detail.addTag')}
        removeLabel={(tag) => t('detail.removeTag', { tag })}
      />
      <div class="actions">
        <button type="button" onClick={() => void save()} disabled={!changed || status.kind === 'saving'}>
          {t('detail.saveDescription')}
        </button>
        <span role="status">{status.kind === 'saved' && !changed ? t('detail.saved') : ''}</span>
      </div>
      {status.kind === 'failed' && (
        <p class="error" role="alert">
          {status.error}
        </p>
      )}
    </section>
  );
}
