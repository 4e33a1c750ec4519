import { randomBytes } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * WXT's content-script context announces each start with a DOM event on the page's document and stops older
 * instances when it hears one; the event's name is the extension id and entry name, so a page that knows the id
 * could hear ClauseMark start, or forge the event and stop it. A secret chosen per build joins the name.
 */
const EVENT_SECRET = randomBytes(16).toString('hex');

interface Rewrite {
  module: RegExp;
  find: RegExp;
  replace: string;
}

const REWRITES: Rewrite[] = [
  // Preact's dangerouslySetInnerHTML path throws instead: ClauseMark renders untrusted text as text only.
  {
    module: /[\\/]node_modules[\\/]preact[\\/]/,
    find: /(\w+)\.innerHTML=(\w+)\.__html/g,
    replace:
      '(()=>{throw new TypeError("dangerouslySetInnerHTML is disabled: ClauseMark renders text only")})()',
  },
  {
    module: /[\\/]node_modules[\\/]wxt[\\/]dist[\\/]utils[\\/]internal[\\/]custom-events\.mjs$/,
    find: /`\$\{browser\?\.runtime\?\.id\}:\$\{import\.meta\.env\.ENTRYPOINT\}:\$\{eventName\}`/g,
    replace: `\`\${browser?.runtime?.id}:\${import.meta.env.ENTRYPOINT}:${EVENT_SECRET}:\${eventName}\``,
  },
  // Zod is used in jitless mode and never compiles parsers, but its code still names the Function constructor;
  // swap in a constructor that refuses, which Zod's callers already catch.
  {
    module: /[\\/]node_modules[\\/]zod[\\/]/,
    find: /const F = Function;/g,
    replace: 'const F = function () { throw new EvalError("string evaluation is disabled"); };',
  },
];

/**
 * Vite plugin: compiles HTML sinks and string evaluation out of third-party code in the bundles, so the
 * extension contains neither (tests/e2e/web-ext-lint.test.ts scans every bundle) and the Firefox build passes
 * `web-ext lint` cleanly, and keeps the content script's start-up event name out of a page's reach.
 */
export function safeBundles(): Plugin {
  return {
    name: 'clausemark:safe-bundles',
    enforce: 'pre',
    transform(code, id) {
      let out = code;
      for (const r of REWRITES) if (r.module.test(id)) out = out.replace(r.find, r.replace);
      return out === code ? null : { code: out, map: null };
    },
  };
}
