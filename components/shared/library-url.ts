import { browser } from 'wxt/browser';

/**
 * The library page's address, optionally at one capture or section: what the popup's "open in the library"
 * link opens (with tabs.create, which needs no permission).
 */
export function libraryUrl(
  target: { page?: string; section?: 'pages' | 'packs' | 'settings' } = {},
  api: Pick<typeof browser, 'runtime'> = browser,
): string {
  const hash = target.page
    ? `#page=${encodeURIComponent(target.page)}`
    : target.section
      ? `#${target.section}`
      : '';
  return api.runtime.getURL(`/library.html${hash}`);
}
