/** The library's sections; the address names one so the popup and bookmarks can open it directly. */
export const SECTIONS = ['pages', 'packs', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Route {
  section: Section;
  /** the capture shown in the detail panel (pages section only) */
  page: string | null;
}

/**
 * Reads "#pages", "#packs", "#settings" or "#page=<id>" (also accepted in the query string, so
 * library.html?page=<id> works as well). Anything else is the page list.
 */
export function parseRoute(hash: string, search = ''): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const query = new URLSearchParams(search.replace(/^\?/, ''));
  const page = params.get('page') || query.get('page');
  if (page) return { section: 'pages', page };
  const name = hash.replace(/^#/, '') || query.get('section') || '';
  const section = (SECTIONS as readonly string[]).includes(name) ? (name as Section) : 'pages';
  return { section, page: null };
}

export function routeHash(route: Route): string {
  if (route.section === 'pages' && route.page) return `#page=${encodeURIComponent(route.page)}`;
  return `#${route.section}`;
}
