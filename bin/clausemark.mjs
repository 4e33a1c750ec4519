#!/usr/bin/env node
// The CLI runs from its TypeScript sources through tsx's loader, so it works straight after npm install.
import { register } from 'tsx/esm/api';

register();
try {
  const { run } = await import('../cli/main.ts');
  await run();
} catch (err) {
  process.stderr.write(`clausemark: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exitCode = 3;
}
