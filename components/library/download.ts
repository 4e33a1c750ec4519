/** Longest stretch the page spends collecting an export before it lets the browser paint and take input. */
const SLICE_MS = 12;

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface CollectOptions {
  signal?: AbortSignal;
  /** characters collected so far, after each chunk (about the bytes of a mostly-ASCII file) */
  onProgress?: (chars: number) => void;
}

/**
 * Gathers a streamed export into a Blob (strings are stored as UTF-8), giving the event loop back every few
 * milliseconds so the page stays responsive however large the library is.
 */
export async function collectBlob(
  chunks: AsyncIterable<string>,
  type: string,
  { signal, onProgress }: CollectOptions = {},
): Promise<Blob> {
  const parts: string[] = [];
  let chars = 0;
  let sliceStart = performance.now();
  for await (const chunk of chunks) {
    signal?.throwIfAborted();
    parts.push(chunk);
    chars += chunk.length;
    onProgress?.(chars);
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
  signal?.throwIfAborted();
  return new Blob(parts, { type });
}

/** How long a download's Blob URL stays valid: long enough for the browser to have read it. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a Blob as a file through a Blob URL and an <a download> click: the browser's own download, so the
 * extension needs no "downloads" permission. The link is attached while clicked (Firefox ignores clicks on
 * detached links).
 */
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const win = doc.defaultView ?? globalThis;
  const url = win.URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  win.setTimeout(() => win.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
