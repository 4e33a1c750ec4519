import type { ExportReply, ExportRequest } from './export-protocol';

export interface ExportProgress {
  signal?: AbortSignal;
  /** bytes received so far */
  onProgress?: (bytes: number) => void;
}

/**
 * An export made by a worker (components/library/export-worker.ts) and gathered here into a Blob from its
 * byte chunks: the page only receives finished bytes. Rejects with the worker's error; aborting stops the
 * worker. Resolves to null where workers cannot start, so the caller can export on the page instead.
 */
export function exportInWorker(
  request: ExportRequest,
  mimeType: string,
  { signal, onProgress }: ExportProgress = {},
): Promise<Blob | null> {
  let worker: Worker;
  try {
    // written out in full so the bundler finds the worker script and emits it with the page
    worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise<Blob | null>((resolve, reject) => {
    const parts: Uint8Array[] = [];
    let bytes = 0;
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason ?? new DOMException('The export was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return abort();
    signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
      if (data.kind === 'chunk') {
        parts.push(data.bytes);
        bytes += data.bytes.byteLength;
        onProgress?.(bytes);
      } else if (data.kind === 'done') {
        finish();
        resolve(new Blob(parts as BlobPart[], { type: mimeType }));
      } else {
        finish();
        reject(new Error(data.message));
      }
    };
    // a worker script that fails to load reports an error event before any message
    worker.onerror = (e) => {
      e.preventDefault();
      finish();
      if (parts.length === 0) resolve(null);
      else reject(new Error(e.message || 'the export stopped'));
    };
    worker.postMessage(request);
  });
}
