import { isBlockElement } from './blocks';

/**
 * Tree relations that look through open shadow roots, as the page is drawn rather than as nodes nest:
 * document order across shadow trees, containment, and which block a node's text belongs to.
 */

/** The parent in the composed tree: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  const p = node.parentNode;
  if (p) return p;
  return node.nodeType === 11 ? ((node as ShadowRoot).host ?? null) : null;
}

/** Whether node is ancestor or inside it, looking through shadow roots. */
export function composedContains(ancestor: Node, node: Node): boolean {
  for (let n: Node | null = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/** The node and the host of every shadow tree it is in, innermost first, each with its tree's root. */
function treeChain(node: Node): { root: Node; at: Node }[] {
  const chain: { root: Node; at: Node }[] = [];
  let at: Node | null = node;
  while (at) {
    const root = at.getRootNode();
    chain.push({ root, at });
    at = root.nodeType === 11 ? ((root as ShadowRoot).host ?? null) : null;
  }
  return chain;
}

/** Negative when a comes before b in composed document order (a shadow tree comes right after its host). */
export function composedCompare(a: Node, b: Node): number {
  if (a === b) return 0;
  if (a.getRootNode() === b.getRootNode()) return order(a, b);
  const ca = treeChain(a);
  const cb = treeChain(b);
  for (const x of ca) {
    const y = cb.find((c) => c.root === x.root);
    if (!y) continue;
    if (x.at === y.at) return x.at === a ? -1 : y.at === b ? 1 : 0;
    return order(x.at, y.at);
  }
  return 0;
}

function order(a: Node, b: Node): number {
  const pos = a.compareDocumentPosition(b);
  if (pos & 4 /* FOLLOWING */) return -1;
  if (pos & 2 /* PRECEDING */) return 1;
  return 0;
}

/**
 * The block whose run holds this node's text: the nearest block-element ancestor, shadow root or document,
 * following slots to where slotted nodes are drawn. A shadow host stands for its shadow root.
 */
export function ownerOf(node: Node): Node {
  let n: Node = node;
  for (;;) {
    const slot = (n as Element | Text).assignedSlot;
    if (slot) {
      n = slot;
      continue;
    }
    const p = n.parentNode;
    if (!p) return n;
    if (p.nodeType === 9 || p.nodeType === 11) return p;
    if (p.nodeType === 1 && isBlockElement(p as Element)) return (p as Element).shadowRoot ?? p;
    n = p;
  }
}

/** The owner of runs directly inside a container: the container itself when it is a block. */
export function ownerWithin(container: Node): Node {
  if (container.nodeType === 1 && isBlockElement(container as Element))
    return (container as Element).shadowRoot ?? container;
  if (container.nodeType === 9 || container.nodeType === 11) return container;
  return ownerOf(container);
}

/** Calls back with every Text node under root, open shadow trees included (for nodes taken out of the page). */
export function forEachText(root: Node, callback: (t: Text) => void): void {
  if (root.nodeType === 3) {
    callback(root as Text);
    return;
  }
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as Node;
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) callback(c as Text);
      else if (c.nodeType === 1) {
        stack.push(c);
        const shadow = (c as Element).shadowRoot;
        if (shadow) stack.push(shadow);
      }
    }
  }
}
