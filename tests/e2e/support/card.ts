import type { Page } from 'playwright-core';

/** A node of DevTools' DOM.getDocument tree (pierced: shadow roots and frame documents included). */
export interface CdpNode {
  nodeId: number;
  backendNodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

export interface RenderedCard {
  /** the text of the card's shadow tree (style sheets left out), whitespace collapsed */
  text: string;
  links: { href: string; text: string; target: string; backendNodeId: number }[];
  shadowRootTypes: string[];
}

/** A node's children in the pierced tree: shadow roots first, then children, then a frame's document. */
export function kids(n: CdpNode): CdpNode[] {
  return [...(n.shadowRoots ?? []), ...(n.children ?? []), ...(n.contentDocument ? [n.contentDocument] : [])];
}

function textOf(n: CdpNode): string {
  if (n.nodeType === 3) return n.nodeValue;
  if (n.nodeName === 'STYLE' || n.nodeName === 'SCRIPT') return '';
  return kids(n).map(textOf).join(' ');
}

function attr(n: CdpNode, name: string): string {
  const a = n.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1] ?? '';
  return '';
}

/**
 * Reads the card's host through DevTools with pierce (its shadow root is closed, so neither the page nor
 * page.evaluate can see inside it). Null when no clausemark-card element is in the page.
 */
export async function readCardHost<T>(page: Page, read: (host: CdpNode) => T): Promise<T | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const stack = [root];
    while (stack.length) {
      const n = stack.pop() as CdpNode;
      if (n.nodeName === 'CLAUSEMARK-CARD') return read(n);
      stack.push(...kids(n));
    }
    return null;
  } finally {
    await session.detach().catch(() => undefined);
  }
}

/** The card as rendered: its text, links and shadow root types. Null when no card is in the page. */
export function renderedCard(page: Page): Promise<RenderedCard | null> {
  return readCardHost(page, (host) => {
    const links: RenderedCard['links'] = [];
    const walk = [...kids(host)];
    while (walk.length) {
      const n = walk.pop() as CdpNode;
      if (n.nodeName === 'A')
        links.push({
          href: attr(n, 'href'),
          text: textOf(n).replace(/\s+/g, ' ').trim(),
          target: attr(n, 'target'),
          backendNodeId: n.backendNodeId,
        });
      walk.push(...kids(n));
    }
    return {
      text: textOf(host).replace(/\s+/g, ' ').trim(),
      links,
      shadowRootTypes: (host.shadowRoots ?? []).map(
        (s) => (s as CdpNode & { shadowRootType?: string }).shadowRootType ?? '',
      ),
    };
  });
}

/** Centre of a node in viewport coordinates, from DevTools' box model. */
export async function nodeCentre(page: Page, backendNodeId: number): Promise<{ x: number; y: number }> {
  const session = await page.context().newCDPSession(page);
  try {
    const { model } = (await session.send('DOM.getBoxModel', { backendNodeId })) as {
      model: { border: number[] };
    };
    const xs = [0, 2, 4, 6].map((i) => model.border[i] ?? 0);
    const ys = [1, 3, 5, 7].map((i) => model.border[i] ?? 0);
    return { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  } finally {
    await session.detach().catch(() => undefined);
  }
}
