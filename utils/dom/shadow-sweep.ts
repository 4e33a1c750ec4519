import type { Slicer } from './scheduler';

/**
 * Finds open shadow roots not seen before. Attaching a shadow root makes no mutation record, so a root
 * attached to an element that was already in the page (rather than arriving with a new element) can only be
 * found by looking: every element of the document and of the known shadow trees is asked for its shadow root.
 * A TreeWalker steps through them in slices (one querySelectorAll('*') over a 100,000-element page is itself a
 * long task).
 */
export async function findNewShadowRoots(
  doc: Document,
  known: ReadonlySet<ShadowRoot>,
  slicer: Slicer,
): Promise<ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  const seen = new Set<ShadowRoot>(known);
  const trees: (Document | ShadowRoot)[] = [doc, ...known];
  for (let t = 0; t < trees.length; t++) {
    const walker = doc.createTreeWalker(trees[t] as Node, 1 /* NodeFilter.SHOW_ELEMENT */);
    let count = 0;
    for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
      const shadow = el.shadowRoot;
      if (shadow && !seen.has(shadow)) {
        seen.add(shadow);
        found.push(shadow);
        trees.push(shadow);
      }
      if ((++count & 255) === 0) await slicer.maybePause();
    }
    await slicer.maybePause();
  }
  return found;
}
