// Fails when source code could render untrusted text as HTML or evaluate strings as code.
// Untrusted text (page text, titles, URLs, imported files) must only ever be rendered as text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOTS = ['entrypoints', 'components', 'utils', 'cli', 'bin'];
const FORBIDDEN = [
  [/\binnerHTML\b/, 'innerHTML'],
  [/\bouterHTML\b/, 'outerHTML'],
  [/\binsertAdjacentHTML\b/, 'insertAdjacentHTML'],
  [/dangerouslySetInnerHTML/, 'dangerouslySetInnerHTML'],
  [/\bdocument\.write(ln)?\s*\(/, 'document.write'],
  [/(^|[^.\w])eval\s*\(/, 'eval'],
  [/\bnew\s+Function\s*\(/, 'new Function'],
  [/\bcreateContextualFragment\b/, 'createContextualFragment'],
  [/\bsetHTMLUnsafe\b|\bparseHTMLUnsafe\b/, 'setHTMLUnsafe'],
];

function* files(dir) {
  let entries = [];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(ts|tsx|js|mjs|html)$/.test(name)) yield p;
  }
}

let problems = 0;
for (const root of ROOTS)
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const [re, what] of FORBIDDEN)
          if (re.test(line)) {
            console.error(
              `${relative('.', file)}:${i + 1}: ${what} is not allowed (untrusted text is rendered as text only)`,
            );
            problems++;
          }
      });
  }
if (problems) process.exit(1);
console.log('check:unsafe: no HTML sinks or string evaluation in source');
