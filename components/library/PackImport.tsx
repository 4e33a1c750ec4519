import { useMemo, useRef, useState } from 'preact/hooks';
import { packFromList, packIdFor } from '../../utils/packs/build-pack';
import { readKeywordList } from '../../utils/packs/keyword-list';
import type { CategoryMapping, KeywordList, Pack } from '../../utils/packs/pack';
import { useLibrary } from './context';
import { PackMappingForm } from './PackMappingForm';
import { PackPreview } from './PackPreview';

export interface PackImportProps {
  onSaved: () => void;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/**
 * A researcher's keyword list (CSV with keyword and category columns, or one keyword per line) made into a
 * lexicon pack: read the file, map its categories to clauses, preview, save. A file that cannot be read shows
 * the error naming its line, and nothing is saved until the preview builds.
 */
export function PackImport({ onSaved }: PackImportProps) {
  const { t, tn, backend } = useLibrary();
  const [list, setList] = useState<KeywordList | null>(null);
  const current = useRef(list);
  current.current = list;
  const [fileError, setFileError] = useState<string | null>(null);
  const [mapping, setMapping] = useState<CategoryMapping>({});
  const [name, setName] = useState('');
  const [skipUnmapped, setSkipUnmapped] = useState(false);
  const [enabled, setEnabled] = useState(true);
  const [replace, setReplace] = useState(false);
  const [saving, setSaving] = useState<{ kind: 'idle' | 'saving' } | { kind: 'failed'; error: string }>({
    kind: 'idle',
  });

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setList(null);
    setMapping({});
    setSaving({ kind: 'idle' });
    try {
      const read = readKeywordList(await file.text(), file.name);
      setList(read);
      setName(file.name.replace(/\.[^.]*$/, ''));
      setFileError(null);
    } catch (err) {
      setFileError(errorText(err));
    }
  };

  const built = useMemo((): { pack: Pack } | { error: string } | null => {
    if (!list || Object.keys(mapping).length === 0) return null;
    try {
      return {
        pack: packFromList(list, mapping, {
          id: packIdFor(list.fileName),
          name: name.trim() || list.fileName,
          unmapped: skipUnmapped ? 'skip' : 'error',
        }),
      };
    } catch (err) {
      return { error: errorText(err) };
    }
  }, [list, mapping, name, skipUnmapped]);

  const save = async () => {
    if (!list || !built || !('pack' in built)) return;
    setSaving({ kind: 'saving' });
    try {
      await backend.addPack({
        name: built.pack.name,
        source: list,
        mapping,
        lexicon: built.pack.lexicon,
        enabled,
        replace,
      });
      // a list chosen while this one was being saved keeps its form
      if (current.current === list) {
        setList(null);
        setMapping({});
        setSaving({ kind: 'idle' });
      }
      onSaved();
    } catch (err) {
      if (current.current === list) setSaving({ kind: 'failed', error: errorText(err) });
    }
  };

  return (
    <section class="pack-import" aria-labelledby="pack-import-heading">
      <h3 id="pack-import-heading">{t('packs.importHeading')}</h3>
      <p class="hint">{t('packs.importHint')}</p>
      <label>
        {t('packs.chooseFile')}
        <input
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          onChange={(e) => void onFile(e.currentTarget)}
        />
      </label>
      {fileError && (
        <div class="error" role="alert">
          <p>{t('packs.fileError')}</p>
          <p class="reason">{fileError}</p>
        </div>
      )}
      {list && (
        <form
          class="pack-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p>
            {tn('packs.read', list.rows.length, { file: list.fileName, format: list.format.toUpperCase() })}
          </p>
          <label>
            {t('packs.name')}
            <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <PackMappingForm list={list} mapping={mapping} onChange={setMapping} />
          <label>
            <input
              type="checkbox"
              checked={skipUnmapped}
              onChange={(e) => setSkipUnmapped(e.currentTarget.checked)}
            />
            {t('packs.skipUnmapped')}
          </label>
          <label>
            <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} />
            {t('packs.enableOnSave')}
          </label>
          <label>
            <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.currentTarget.checked)} />
            {t('packs.replace')}
          </label>
          {built === null && <p class="hint">{t('packs.mapFirst')}</p>}
          {built && 'error' in built && (
            <p class="error" role="alert">
              {built.error}
            </p>
          )}
          {built && 'pack' in built && <PackPreview lexicon={built.pack.lexicon} />}
          <div class="actions">
            <button type="submit" disabled={!built || !('pack' in built) || saving.kind === 'saving'}>
              {t('packs.save')}
            </button>
            <button type="button" onClick={() => setList(null)}>
              {t('packs.cancel')}
            </button>
          </div>
          {saving.kind === 'failed' && (
            <div class="error" role="alert">
              <p>{t('packs.saveFailed')}</p>
              <p class="reason">{saving.error}</p>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
