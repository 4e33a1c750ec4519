import type { Plugin } from 'vite';

const ASSIGNMENT = /(\w+)\.innerHTML=(\w+)\.__html/g;

/**
 * Vite plugin: compiles Preact's dangerouslySetInnerHTML path out of the bundles (it throws instead), so the
 * extension contains no HTML sink at all — ClauseMark renders untrusted text as text only — and the Firefox build
 * passes `web-ext lint` without an unsafe-assignment warning.
 */
export function textOnlyPreact(): Plugin {
  return {
    name: 'clausemark:text-only-preact',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]/.test(id) || !code.includes('innerHTML')) return null;
      const out = code.replace(
        ASSIGNMENT,
        '(()=>{throw new TypeError("dangerouslySetInnerHTML is disabled: ClauseMark renders text only")})()',
      );
      return out === code ? null : { code: out, map: null };
    },
  };
}
