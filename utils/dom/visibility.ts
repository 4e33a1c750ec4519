/**
 * Whether an element and its text are drawn, asked once per element and remembered for one pass (styles
 * change, so each pass makes its own; plain Maps, since a pass is short-lived and WeakMaps slow the garbage
 * collector down on 100,000 keys). Uses checkVisibility() where the browser has it: it answers from the
 * style the page already computed, where walking ancestors with getComputedStyle allocates a style object
 * per element.
 */
export interface Visibility {
  /** false when the element has no box: display:none on it or an ancestor, content-visibility:hidden */
  isRendered(el: Element): boolean;
  /** isRendered, and its own text is not visibility:hidden (which a descendant may override) */
  isTextVisible(el: Element): boolean;
  /** whether line breaks in this element's text are drawn (white-space: pre, pre-wrap, pre-line) */
  keepsLineBreaks(el: Element): boolean;
}

type CheckVisibility = (options?: { visibilityProperty?: boolean }) => boolean;
const WITH_VISIBILITY = { visibilityProperty: true };

export function createVisibility(win: Window = window): Visibility {
  const rendered = new Map<Element, boolean>();
  const textVisible = new Map<Element, boolean>();
  const breaks = new Map<Element, boolean>();
  const style = (el: Element) => win.getComputedStyle(el);
  const check = (el: Element, options?: { visibilityProperty?: boolean }): boolean | undefined => {
    const fn = (el as Element & { checkVisibility?: CheckVisibility }).checkVisibility;
    return typeof fn === 'function' ? fn.call(el, options) : undefined;
  };
  // display:contents has no box of its own, so checkVisibility() says false; its children are drawn all the same.
  const contents = (el: Element) => style(el).display === 'contents';
  const parentOf = (el: Element) => el.parentElement ?? hostOf(el);

  const isRendered = (el: Element): boolean => {
    let known = rendered.get(el);
    if (known === undefined) {
      const checked = check(el);
      if (checked === undefined) {
        const parent = parentOf(el);
        known = style(el).display !== 'none' && (parent ? isRendered(parent) : true);
      } else if (!checked && contents(el)) {
        const parent = parentOf(el);
        known = parent ? isRendered(parent) : true;
      } else known = checked;
      rendered.set(el, known);
    }
    return known;
  };

  const isTextVisible = (el: Element): boolean => {
    let known = textVisible.get(el);
    if (known === undefined) {
      const checked = check(el, WITH_VISIBILITY);
      if (checked === undefined || (!checked && contents(el))) {
        const v = style(el).visibility;
        known = isRendered(el) && v !== 'hidden' && v !== 'collapse';
      } else known = checked;
      textVisible.set(el, known);
    }
    return known;
  };

  const keepsLineBreaks = (el: Element): boolean => {
    let known = breaks.get(el);
    if (known === undefined) {
      const s = style(el);
      const collapse = (s as CSSStyleDeclaration & { whiteSpaceCollapse?: string }).whiteSpaceCollapse;
      known = collapse
        ? collapse === 'preserve' || collapse === 'preserve-breaks' || collapse === 'break-spaces'
        : /^(pre|pre-wrap|pre-line|break-spaces)$/.test(s.whiteSpace);
      breaks.set(el, known);
    }
    return known;
  };

  return { isRendered, isTextVisible, keepsLineBreaks };
}

function hostOf(el: Element): Element | null {
  const root = el.parentNode;
  return root && root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
}
