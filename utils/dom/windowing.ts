/**
 * Which elements are near the viewport, from an IntersectionObserver with a generous margin. Observing does
 * not touch the DOM. Elements without a box of their own (display: contents) never intersect, so they count
 * as near: their text is drawn all the same.
 */
export interface NearViewport {
  isNear(el: Element): boolean;
  observe(el: Element): void;
  unobserve(el: Element): void;
  destroy(): void;
}

export function createNearViewport(
  win: Window,
  onChange: (el: Element, near: boolean) => void,
  rootMargin = '150% 0px',
): NearViewport {
  const near = new WeakSet<Element>();
  const IO = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (typeof IO !== 'function') return { isNear: () => true, observe() {}, unobserve() {}, destroy() {} };
  const observer = new IO(
    (entries) => {
      try {
        for (const e of entries) {
          const box = e.boundingClientRect;
          const isNear = e.isIntersecting || (box.width === 0 && box.height === 0);
          if (isNear === near.has(e.target)) continue;
          if (isNear) near.add(e.target);
          else near.delete(e.target);
          onChange(e.target, isNear);
        }
      } catch (err) {
        // An observer callback: nothing may reach the page, so report here.
        console.error('[clausemark] drawing near the viewport:', err);
      }
    },
    { rootMargin },
  );
  return {
    isNear: (el) => near.has(el),
    observe: (el) => observer.observe(el),
    unobserve: (el) => {
      observer.unobserve(el);
      near.delete(el);
    },
    destroy: () => observer.disconnect(),
  };
}
