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
  // In a Firefox sandbox the registry is behind an Xray, which cannot iterate; waive it (wrappedJSObject).
  const css = CSS as unknown as {
    highlights?: Map<string, Set<AbstractRange>>;
    wrappedJSObject?: typeof CSS;
  };
  const registry = ((css.wrappedJSObject as typeof css | undefined) ?? css).highlights;
  if (!registry) return report;
  // for…of rather than forEach: a frame sandboxed without allow-scripts cannot run a callback
  for (const [name, highlight] of registry) {
    report.names.push(name);
    report.sizes[name] = highlight.size;
    if (!name.startsWith('clausemark-')) continue;
    const list: HighlightRange[] = [];
    for (const r of highlight) {
      if (list.length >= limit) break;
      let text = '';
      try {
        const live = new Range();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        text = live.toString();
      } catch {
        text = '<invalid range>';
      }
      let node: Node | null = r.startContainer;
      let anchor = '';
      // nodeType rather than instanceof: in a Firefox sandbox the nodes come from another compartment
      while (node && !anchor) {
        if (node.nodeType === 1 && (node as Element).id) anchor = (node as Element).id;
        node = node.parentNode ?? (node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null);
      }
      list.push({ text, anchor, connected: r.startContainer.isConnected });
    }
    report.ranges[name] = list;
  }
  report.names.sort();
  return report;
}

/**
 * Serialisation of the whole document (doctype included), with its length and a 64-bit FNV-1a hash (two
 * 32-bit lanes). Synchronous, so it also works in frames sandboxed without scripts or a secure context.
 */
export function domFingerprint(): { length: number; hash: string } {
  const text = new XMLSerializer().serializeToString(document);
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return { length: text.length, hash: `${(h1 >>> 0).toString(16)}${(h2 >>> 0).toString(16)}` };
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
  // In a Firefox sandbox the registry is behind an Xray, which cannot iterate; waive it (wrappedJSObject).
  const css = CSS as unknown as {
    highlights?: Map<string, Set<AbstractRange>>;
    wrappedJSObject?: typeof CSS;
  };
  const registry = ((css.wrappedJSObject as typeof css | undefined) ?? css).highlights;
  const highlight = registry?.get(arg.name);
  if (!highlight) return null;
  let i = 0;
  for (const r of highlight) {
    if (i++ !== arg.index) continue;
    const live = new Range();
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
