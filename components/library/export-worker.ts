import { ClauseMarkDB } from '../../utils/db/database';
import { exportLibrary } from '../../utils/export';
import type { ExportReply, ExportRequest } from './export-protocol';

/**
 * Runs one export off the library page's main thread: reading a batch of captures from IndexedDB, turning it
 * into rows and encoding them as UTF-8 all happen here, so the page stays responsive whatever the library's
 * size. The page closes the worker when the file is done (or cancelled).
 */
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ExportRequest>) => void) | null;
  postMessage(reply: ExportReply, transfer?: Transferable[]): void;
};

scope.onmessage = async ({ data }) => {
  const db = new ClauseMarkDB(data.database);
  const encoder = new TextEncoder();
  try {
    for await (const chunk of exportLibrary(db, data.format, data.filter, { lang: data.lang })) {
      const bytes = encoder.encode(chunk);
      scope.postMessage({ kind: 'chunk', bytes }, [bytes.buffer]);
    }
    scope.postMessage({ kind: 'done' });
  } catch (err) {
    scope.postMessage({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
  } finally {
    db.close();
  }
};
