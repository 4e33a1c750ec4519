import { createNearViewport, type NearViewport } from './windowing';

/** Something the painter can draw: a range in a colour family, near the viewport when its anchor is. */
export interface PaintItem {
  readonly family: string;
  /** element whose nearness to the viewport decides drawing on large pages (null: always drawn) */
  readonly anchor: Element | null;
  range(): AbstractRange | null;
}

export interface PainterOptions {
  /** highlight names are prefix + family */
  prefix?: string;
  /** above this many items only those near the viewport are registered */
  windowAbove?: number;
  /** how far beyond the viewport counts as near */
  rootMargin?: string;
}

export interface Painter<T extends PaintItem> {
  /** Replaces everything drawn with these items. */
  paint(items: Iterable<T>): void;
  /** Incremental change: items that left the page and new ones. */
  update(removed: Iterable<T>, added: Iterable<T>): void;
  clear(): void;
  setVisible(visible: boolean): void;
  setHiddenFamilies(families: Iterable<string>): void;
  /** Marks one item as the focused one (drawn on top in the focus colour), or none. */
  focus(item: T | null): void;
  isDrawn(item: T): boolean;
  /** The item a registered range belongs to (for hit-testing with highlightsFromPoint). */
  itemOf(range: AbstractRange): T | undefined;
  readonly windowed: boolean;
  destroy(): void;
}

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

/**
 * Draws items with the CSS Custom Highlight API: one Highlight per colour family registered as
 * `<prefix><family>` in CSS.highlights, plus `<prefix>focus`. Nothing is added to the DOM. A name is registered
 * only while something is drawn under it. Past `windowAbove` items, only ranges whose anchors are near the
 * viewport are registered, because the browser's highlight painting cost grows with registered ranges.
 */
export function createPainter<T extends PaintItem>(
  win: Window = window,
  options: PainterOptions = {},
): Painter<T> {
  const prefix = options.prefix ?? 'clausemark-';
  const windowAbove = options.windowAbove ?? 2000;
  const registry = (win as Window & { CSS: { highlights?: HighlightRegistry } }).CSS?.highlights;
  const Ctor = (win as Window & { Highlight?: HighlightCtor }).Highlight;
  const supported = registry !== undefined && typeof Ctor === 'function';

  const items = new Set<T>();
  const drawn = new Map<T, AbstractRange>();
  const owners = new WeakMap<AbstractRange, T>();
  const families = new Map<string, Highlight>();
  const byAnchor = new Map<Element, Set<T>>();
  let visible = true;
  let hidden = new Set<string>();
  let near: NearViewport | null = null;
  let focused: { item: T; range: AbstractRange } | null = null;
  const focusName = `${prefix}focus`;
  const focusHighlight = supported ? new (Ctor as HighlightCtor)() : null;
  if (focusHighlight) focusHighlight.priority = 1;

  const highlightOf = (family: string): Highlight | null => {
    if (!supported) return null;
    let h = families.get(family);
    if (!h) {
      h = new (Ctor as HighlightCtor)();
      families.set(family, h);
    }
    return h;
  };

  const eligible = (item: T) =>
    visible && !hidden.has(item.family) && (!near || item.anchor === null || near.isNear(item.anchor));

  const draw = (item: T) => {
    if (drawn.has(item)) return;
    const r = item.range();
    const h = highlightOf(item.family);
    if (!r || !h) return;
    h.add(r);
    drawn.set(item, r);
    owners.set(r, item);
  };
  const undraw = (item: T) => {
    const r = drawn.get(item);
    if (!r) return;
    families.get(item.family)?.delete(r);
    drawn.delete(item);
  };

  const sync = () => {
    if (!supported) return;
    for (const [family, h] of families) {
      const name = prefix + family;
      if (h.size > 0) {
        if (registry.get(name) !== h) registry.set(name, h);
      } else if (registry.get(name) === h) registry.delete(name);
    }
    if (focusHighlight) {
      if (focusHighlight.size > 0) {
        if (registry.get(focusName) !== focusHighlight) registry.set(focusName, focusHighlight);
      } else if (registry.get(focusName) === focusHighlight) registry.delete(focusName);
    }
  };

  const anchorAdd = (item: T) => {
    const a = item.anchor;
    if (!a || !near) return;
    let set = byAnchor.get(a);
    if (!set) {
      set = new Set();
      byAnchor.set(a, set);
      near.observe(a);
    }
    set.add(item);
  };
  const anchorRemove = (item: T) => {
    const a = item.anchor;
    const set = a ? byAnchor.get(a) : undefined;
    if (!a || !set) return;
    set.delete(item);
    if (set.size === 0) {
      byAnchor.delete(a);
      near?.unobserve(a);
    }
  };

  const onNearChange = (anchor: Element, isNear: boolean) => {
    const set = byAnchor.get(anchor);
    if (!set) return;
    for (const item of set) {
      if (isNear && eligible(item)) draw(item);
      else if (!isNear) undraw(item);
    }
    sync();
  };

  /** Redraws from scratch, choosing windowed or not by the number of items. */
  const redraw = () => {
    for (const h of families.values()) h.clear();
    drawn.clear();
    const windowed = items.size > windowAbove;
    if (windowed && !near) near = createNearViewport(win, onNearChange, options.rootMargin ?? '150% 0px');
    if (!windowed && near) {
      near.destroy();
      near = null;
      byAnchor.clear();
    }
    if (near) for (const item of items) anchorAdd(item);
    for (const item of items) if (eligible(item)) draw(item);
    sync();
  };

  return {
    paint(list) {
      items.clear();
      byAnchor.clear();
      near?.destroy();
      near = null;
      for (const item of list) items.add(item);
      redraw();
    },
    update(removed, added) {
      for (const item of removed) {
        if (!items.delete(item)) continue;
        undraw(item);
        anchorRemove(item);
        if (focused?.item === item) this.focus(null);
      }
      const fresh: T[] = [];
      for (const item of added) if (!items.has(item)) fresh.push(item);
      for (const item of fresh) items.add(item);
      const shouldWindow = items.size > windowAbove;
      // Switch modes with some hysteresis so a page hovering around the threshold does not flip every batch.
      if ((shouldWindow && !near) || (!shouldWindow && near && items.size < windowAbove / 2)) {
        redraw();
        return;
      }
      for (const item of fresh) {
        anchorAdd(item);
        if (eligible(item)) draw(item);
      }
      sync();
    },
    clear() {
      items.clear();
      for (const h of families.values()) h.clear();
      drawn.clear();
      byAnchor.clear();
      near?.destroy();
      near = null;
      focusHighlight?.clear();
      focused = null;
      sync();
    },
    setVisible(v) {
      if (v === visible) return;
      visible = v;
      redrawEligible();
    },
    setHiddenFamilies(list) {
      hidden = new Set(list);
      redrawEligible();
    },
    focus(item) {
      if (!focusHighlight) return;
      focusHighlight.clear();
      focused = null;
      const r = item?.range();
      if (item && r) {
        focusHighlight.add(r);
        focused = { item, range: r };
      }
      sync();
    },
    isDrawn: (item) => drawn.has(item),
    itemOf: (range) => owners.get(range) ?? (focused?.range === range ? focused.item : undefined),
    get windowed() {
      return near !== null;
    },
    destroy() {
      this.clear();
      for (const family of families.keys())
        if (registry?.get(prefix + family) === families.get(family)) registry?.delete(prefix + family);
      families.clear();
    },
  };

  function redrawEligible() {
    for (const item of items) {
      if (eligible(item)) draw(item);
      else undraw(item);
    }
    sync();
  }
}
