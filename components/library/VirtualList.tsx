import type { ComponentChildren, CSSProperties, HTMLAttributes } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { rowWindow, scrollToShow, type RowWindow } from './virtual-window';

/** Row height before the sizer has been measured (and in DOMs without layout). */
const FALLBACK_ROW_HEIGHT = 56;

export interface VirtualListProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  count: number;
  /** one row; `style` places it and must be applied to the row's outer element */
  renderRow: (index: number, style: CSSProperties) => ComponentChildren;
  /** called when the rendered rows change, so their data can be loaded */
  onWindow?: (window: RowWindow) => void;
  /** scrolls this row into view whenever it changes */
  ensureVisible?: number | null;
  /** back to the top whenever this changes (a new filter is a new list) */
  scrollKey?: string;
  overscan?: number;
}

/**
 * A list that renders only the rows in view (plus a few either side), positioned in a spacer as tall as the
 * whole list, so 10,000 rows cost what 30 do. Row height comes from CSS (the sizer's height, which follows
 * the font size and zoom), not from a constant here.
 */
export function VirtualList(props: VirtualListProps) {
  const { count, renderRow, onWindow, ensureVisible, overscan, scrollKey, ...rest } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const sizer = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(FALLBACK_ROW_HEIGHT);
  const [view, setView] = useState({ top: 0, height: 0 });

  useLayoutEffect(() => {
    const el = scroller.current;
    const sz = sizer.current;
    if (!el || !sz) return;
    const measure = () => {
      if (sz.offsetHeight > 0) setRowHeight(sz.offsetHeight);
      setView({ top: el.scrollTop, height: el.clientHeight });
    };
    measure();
    const Observer = el.ownerDocument.defaultView?.ResizeObserver;
    const observer = Observer ? new Observer(measure) : undefined;
    observer?.observe(el);
    observer?.observe(sz);
    return () => observer?.disconnect();
  }, []);

  // before layout is known (hidden, or no layout engine) show a screenful rather than nothing
  const viewport = view.height > 0 ? view.height : rowHeight * 20;
  const win = rowWindow(view.top, viewport, rowHeight, count, overscan);
  useEffect(() => onWindow?.(win), [win.first, win.last, onWindow]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || ensureVisible === null || ensureVisible === undefined || ensureVisible >= count) return;
    const target = scrollToShow(ensureVisible, el.scrollTop, el.clientHeight || viewport, rowHeight);
    if (target !== null) el.scrollTop = target;
  }, [ensureVisible, rowHeight]);

  // re-render only when the scroll brings other rows into the window, not on every scrolled pixel
  const firstKey = useRef(scrollKey);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || firstKey.current === scrollKey) return;
    firstKey.current = undefined;
    el.scrollTop = 0;
    setView({ top: 0, height: el.clientHeight });
  }, [scrollKey]);

  const onScroll = () => {
    const el = scroller.current;
    if (!el) return;
    const next = rowWindow(el.scrollTop, viewport, rowHeight, count, overscan);
    if (next.first !== win.first || next.last !== win.last)
      setView({ top: el.scrollTop, height: el.clientHeight });
  };

  const rows: ComponentChildren[] = [];
  for (let i = win.first; i < win.last; i++)
    rows.push(
      renderRow(i, {
        position: 'absolute',
        top: `${i * rowHeight}px`,
        left: 0,
        right: 0,
        height: `${rowHeight}px`,
      }),
    );
  return (
    <div {...rest} ref={scroller} onScroll={onScroll} data-rendered-rows={win.last - win.first}>
      <div class="vl-sizer" ref={sizer} aria-hidden="true" />
      <div class="vl-spacer" style={{ position: 'relative', height: `${count * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
