// Loaded by the benchmark's generated pages (never by fixtures or the extension). Records long tasks, long
// animation frames and frame times from the start, and carries the competitors the benchmark compares with:
// the floor (read all text), mark.js and plain splitText + <mark> wrapping. The page's own globals are fine
// here: the same page is loaded with and without ClauseMark.
(() => {
  const bench = {
    longtasks: [],
    loafs: [],
    frames: [],
    inserted: new Map(),
    highlighted: new Map(),
    appended: 0,
  };
  window.__bench = bench;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        bench.loafs.push({
          start: e.startTime,
          duration: e.duration,
          scripts: (e.scripts || []).map((s) => s.sourceURL || s.invoker || ''),
        });
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // long-animation-frame not supported: longest frame is left empty
  }
  const frame = (t) => {
    if (bench.frames.length < 5000) bench.frames.push(t);
    if (bench.watchHighlights) watchHighlights(t);
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  /** Reads every text node once, as cheaply as a scanner possibly could: the floor. */
  bench.floor = () => {
    const t = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let nodes = 0;
    let chars = 0;
    while (walker.nextNode()) {
      nodes++;
      chars += walker.currentNode.nodeValue.length;
    }
    return { ms: performance.now() - t, nodes, chars };
  };

  bench.markjs = (terms) =>
    new Promise((resolve) => {
      const t = performance.now();
      let marks = 0;
      new window.Mark(document.body).mark(terms, {
        separateWordSearch: false,
        diacritics: false,
        each: () => marks++,
        done: () => resolve({ ms: performance.now() - t, marks }),
      });
    });

  /** The naive way: for every text node and every term, split the node and wrap each hit in <mark>. */
  bench.wrap = (terms) => {
    const t = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    let marks = 0;
    for (let node of nodes) {
      for (const term of terms) {
        let at = node.nodeValue.indexOf(term);
        while (at >= 0) {
          const hit = node.splitText(at);
          const rest = hit.splitText(term.length);
          const mark = document.createElement('mark');
          hit.parentNode.replaceChild(mark, hit);
          mark.appendChild(hit);
          marks++;
          node = rest;
          at = node.nodeValue.indexOf(term);
        }
      }
    }
    return { ms: performance.now() - t, marks };
  };

  /** Infinite feed: 50 posts every 100 ms for 10 s; each post's insertion time is kept by id. */
  bench.feed = (texts, { every = 100, batch = 50, forMs = 10_000 } = {}) =>
    new Promise((resolve) => {
      const feed = document.getElementById('feed');
      const started = performance.now();
      let i = 0;
      const timer = setInterval(() => {
        const now = performance.now();
        if (now - started > forMs) {
          clearInterval(timer);
          resolve({ appended: bench.appended, ms: now - started });
          return;
        }
        for (let k = 0; k < batch; k++, i++) {
          const post = document.createElement('article');
          post.id = `f${i}`;
          const p = document.createElement('p');
          p.textContent = texts[i % texts.length];
          post.appendChild(p);
          feed.appendChild(post);
          bench.inserted.set(post.id, now);
          bench.appended++;
        }
      }, every);
    });

  const seenStarts = new WeakSet();
  function watchHighlights(now) {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('clausemark-') || name === 'clausemark-focus') continue;
      for (const r of highlight) {
        const node = r.startContainer;
        if (seenStarts.has(node)) continue;
        seenStarts.add(node);
        const post = node.parentElement && node.parentElement.closest('article');
        if (post && bench.inserted.has(post.id) && !bench.highlighted.has(post.id))
          bench.highlighted.set(post.id, now - bench.inserted.get(post.id));
      }
    }
  }
})();
