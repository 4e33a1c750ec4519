import { configure, render, type RenderResult } from '@testing-library/preact';
import { vi } from 'vitest';
import { App } from '../../components/library/App';
import type { LibraryBackend } from '../../components/library/backend';
import { extensionBackend } from '../../components/library/extension-backend';
import { createStorageHandler } from '../../utils/background/storage';
import type { ClauseMarkDB } from '../../utils/db/database';
import type { LibraryToBackground } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { buildSampleLibrary, makeDb } from '../fixtures/db/library';

// the page answers through a real database and the background's handler; on a busy machine that can take
// longer than the default second
configure({ asyncUtilTimeout: 5000 });

export interface LibraryWorld {
  db: ClauseMarkDB;
  backend: LibraryBackend;
  /** every message the page sent to the background, in order */
  sent: LibraryToBackground[];
  /** what the background wrote where content scripts read their configuration */
  mirrored: { settings?: Settings; activePacks?: unknown[] }[];
}

/**
 * The library page's real storage path in memory: a ClauseMark database in fake-indexeddb, the background's
 * own storage handler answering the page's messages (after a JSON round trip, as between extension contexts),
 * and the page reading the same database directly.
 */
export async function libraryWorld({ sample = true } = {}): Promise<LibraryWorld> {
  const db = makeDb();
  if (sample) await buildSampleLibrary(db);
  const mirrored: LibraryWorld['mirrored'] = [];
  const handler = createStorageHandler(db, {
    set: async (items) => {
      mirrored.push(JSON.parse(JSON.stringify(items)));
    },
  });
  const sent: LibraryToBackground[] = [];
  const backend = extensionBackend(db, async (message) => {
    const copy = JSON.parse(JSON.stringify(message));
    sent.push(copy);
    return JSON.parse(JSON.stringify(await handler.handle(copy)));
  });
  return { db, backend, sent, mirrored };
}

/** The whole library page at an address hash ('#packs', '#page=<id>'). */
export function renderLibrary(backend: LibraryBackend, hash = ''): RenderResult {
  window.location.hash = hash;
  return render(<App backend={backend} win={window} />);
}

/** A file as an <input type=file> hands it over. */
export function chooseFile(input: HTMLElement, name: string, text: string, type = 'text/plain'): File {
  const file = new File([text], name, { type });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return file;
}

/**
 * Catches the library's downloads (a Blob URL on a link it clicks): call in beforeEach; the returned list
 * fills with each file as it is saved. A link not in the document is refused, as Firefox does not follow it.
 */
export function captureDownloads(): { name: string; blob: Blob }[] {
  const downloads: { name: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();
  vi.spyOn(window.URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(window.URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (!this.isConnected) throw new Error('a detached link is not followed in Firefox');
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
  return downloads;
}
