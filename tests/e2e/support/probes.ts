/**
 * Functions that run inside a fixture page to read what ClauseMark did there. They are serialised into the
 * page, so each is self-contained. Run them in an isolated world (see isolated.ts) so a hostile page's
 * overridden built-ins cannot change what they report.
 */

export interface HighlightRange {
  text: string;
  /** id of the nearest element with an id around the range start (crossing shadow roots), or '' */
  anchor: string;
  connected: boolean;
}

export interface HighlightReport {
  /** every registered name, sorted */
  names: string[];
  sizes: Record<string, number>;
  /** up to `limit` ranges per ClauseMark highlight, in document order of registration */
  ranges: Record<string, HighlightRange[]>;
}

export function readHighlights(limit: number): HighlightReport {
  const report: HighlightReport = { names: [], sizes: {}, ranges: {} };
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return report;
  registry.forEach((highlight, name) => {
    report.names.push(name);
    report.sizes[name] = highlight.size;
    if (!name.startsWith('clausemark-')) return;
    const list: HighlightRange[] = [];
    for (const r of highlight) {
      if (list.length >= limit) break;
      let text = '';
      try {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        text = live.toString();
      } catch {
        text = '<invalid range>';
      }
      let node: Node | null = r.startContainer;
      let anchor = '';
      while (node && !anchor) {
        if (node instanceof Element && node.id) anchor = node.id;
        node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
      }
      list.push({ text, anchor, connected: r.startContainer.isConnected });
    }
    report.ranges[name] = list;
  });
  report.names.sort();
  return report;
}

/** Serialisation of the whole document (doctype included), with its length and SHA-256. */
export async function domFingerprint(): Promise<{ length: number; sha256: string }> {
  const text = new XMLSerializer().serializeToString(document);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const sha256 = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return { length: text.length, sha256 };
}

/** The serialisation itself, cut to a window around `at` (to show where two documents differ). */
export function domExcerpt(window: { at: number; size: number } | null): string {
  const text = new XMLSerializer().serializeToString(document);
  return window ? text.slice(Math.max(0, window.at - window.size), window.at + window.size) : text;
}

/** Positions and sizes of the first elements, and the scroll size: changes when anything moves. */
export function layoutFingerprint(limit: number): string {
  const parts: string[] = [
    `${document.documentElement.scrollWidth}x${document.documentElement.scrollHeight}`,
  ];
  const all = document.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < limit; i++) {
    const r = (all[i] as Element).getBoundingClientRect();
    parts.push(`${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)},${Math.round(r.height)}`);
  }
  return parts.join(';');
}

/** Viewport rectangle of the i-th range of a highlight, for pointing at it. */
export function highlightRect(arg: {
  name: string;
  index: number;
}): { x: number; y: number; width: number; height: number } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const highlight = registry?.get(arg.name);
  if (!highlight) return null;
  let i = 0;
  for (const r of highlight) {
    if (i++ !== arg.index) continue;
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const el = r.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center' });
    const rect = live.getClientRects()[0] ?? live.getBoundingClientRect();
    return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
  }
  return null;
}

/** Elements ClauseMark may add (its card host) and anything else not written by the page. */
export function cardHosts(): number {
  return document.getElementsByTagName('clausemark-card').length;
}

/** textContent of elements by id, searching open shadow roots too; missing ids are left out. */
export function readPassages(ids: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const roots: (Document | ShadowRoot)[] = [document];
  for (let i = 0; i < roots.length; i++) {
    const root = roots[i] as Document | ShadowRoot;
    for (const id of ids) {
      const el = root.getElementById(id);
      if (el && !(id in out)) out[id] = el.textContent ?? '';
    }
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
  }
  return out;
}
