import type { Slicer } from './scheduler';

/**
 * Finds open shadow roots not seen before. Attaching a shadow root makes no mutation record, so a root
 * attached to an element that was already in the page (rather than arriving with a new element) can only be
 * found by looking: every element of the document and of the known shadow trees is asked for its shadow root,
 * in slices.
 */
export async function findNewShadowRoots(
  doc: Document,
  known: ReadonlySet<ShadowRoot>,
  slicer: Slicer,
): Promise<ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  const trees: (Document | ShadowRoot)[] = [doc, ...known];
  for (let t = 0; t < trees.length; t++) {
    const elements = (trees[t] as Document | ShadowRoot).querySelectorAll('*');
    for (let i = 0; i < elements.length; i++) {
      const shadow = (elements[i] as Element).shadowRoot;
      if (shadow && !known.has(shadow) && !found.includes(shadow)) {
        found.push(shadow);
        trees.push(shadow);
      }
      if ((i & 1023) === 1023) await slicer.maybePause();
    }
    await slicer.maybePause();
  }
  return found;
}
