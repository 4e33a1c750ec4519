import type { CDPSession, Page } from 'playwright-core';

const sessions = new WeakMap<Page, Promise<CDPSession>>();
const worlds = new WeakMap<Page, { loaderId: string; contextId: number }>();

/**
 * Evaluates a self-contained function in a DevTools isolated world of the page's top frame: it shares the
 * DOM and CSS.highlights with the page and the content script, but none of the page's JavaScript globals.
 */
export async function inIsolatedWorld<R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  try {
    return await evaluate(page, fn, arg);
  } catch (err) {
    // the world went away with its document (reload, document.open): make a new one once
    if (!/context/i.test((err as Error).message)) throw err;
    worlds.delete(page);
    return evaluate(page, fn, arg);
  }
}

async function evaluate<R, A>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  let pending = sessions.get(page);
  if (!pending) {
    pending = page.context().newCDPSession(page);
    sessions.set(page, pending);
  }
  const session = await pending;
  const { frameTree } = (await session.send('Page.getFrameTree')) as {
    frameTree: { frame: { id: string; loaderId: string } };
  };
  let world = worlds.get(page);
  if (world?.loaderId !== frameTree.frame.loaderId) {
    const created = (await session.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'clausemark-e2e-probe',
    })) as { executionContextId: number };
    world = { loaderId: frameTree.frame.loaderId, contextId: created.executionContextId };
    worlds.set(page, world);
  }
  const res = (await session.send('Runtime.evaluate', {
    expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
    contextId: world.contextId,
    awaitPromise: true,
    returnByValue: true,
  })) as { result: { value: R }; exceptionDetails?: { exception?: { description?: string }; text: string } };
  if (res.exceptionDetails)
    throw new Error(
      `probe failed: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`,
    );
  return res.result.value;
}
