import { useLibrary } from './context';

export type UndoState =
  | { kind: 'deleted'; token: string; pages: number; matches: number }
  | { kind: 'restored'; pages: number }
  | { kind: 'failed'; error: string };

export interface UndoBarProps {
  state: UndoState | null;
  onUndo: (token: string) => void;
  onDismiss: () => void;
}

/** After a deletion: what went, and a button to bring it back (deleted pages wait in the trash for a week). */
export function UndoBar({ state, onUndo, onDismiss }: UndoBarProps) {
  const { t, tn } = useLibrary();
  return (
    <div class="undo-bar" role="status" aria-live="polite">
      {state && (
        <>
          <span>
            {state.kind === 'deleted' && tn('undo.deleted', state.pages, { matches: state.matches })}
            {state.kind === 'restored' && tn('undo.restored', state.pages)}
            {state.kind === 'failed' && state.error}
          </span>
          {state.kind === 'deleted' && (
            <button type="button" onClick={() => onUndo(state.token)}>
              {t('undo.undo')}
            </button>
          )}
          <button type="button" class="dismiss" onClick={onDismiss} aria-label={t('undo.dismiss')}>
            ×
          </button>
        </>
      )}
    </div>
  );
}
