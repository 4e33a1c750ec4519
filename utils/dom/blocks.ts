/**
 * Which elements the text extractor enters, and which ones start a new block. Block-ness is decided by tag
 * rather than computed style: reading `display` for every element of a 100,000-node page costs more than
 * the whole text pass, and a block boundary only has to stop matches from running across paragraphs.
 */

/** The one element ClauseMark adds to a page; never scanned or observed. */
export const CARD_TAG = 'CLAUSEMARK-CARD';

/** Never scanned: not rendered as text, form fields whose contents are the user's own, ClauseMark's card. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  CARD_TAG,
  'HEAD',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'DATALIST',
  'IFRAME',
  'FRAME',
  'FRAMESET',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'MAP',
  'TITLE',
  // SVG (tag names keep their case): only <text> content is drawn.
  'script',
  'style',
  'title',
  'desc',
  'defs',
  'metadata',
  'clipPath',
  'mask',
  'pattern',
  'symbol',
  'marker',
]);

/** Elements whose boxes break the line: text on either side never forms one match. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'BUTTON',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'svg',
  'text',
  'foreignObject',
]);

/**
 * Block-level for extraction: a block tag, a custom element (frameworks style nearly all of them as blocks,
 * and post wrappers in feeds are often custom elements), or a shadow host (its shadow tree is its own scope).
 */
export function isBlockElement(el: Element): boolean {
  const tag = el.tagName;
  return BLOCK_TAGS.has(tag) || tag.includes('-') || el.shadowRoot !== null;
}

/** Elements whose subtree is never scanned, whatever their style. */
export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return true;
  if (el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}
