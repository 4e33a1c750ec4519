import { describe, expect, it } from 'vitest';
import { precompileDefaultLexicon } from '../../scripts/precompile-lexicon';
import { defaultEntries } from '../../utils/lexicon';
import { compileLexicon } from '../../utils/match';
import { serializeLexicon } from '../../utils/match/serialize';

describe('build-time compiled default lexicon', () => {
  it('embeds exactly the tables the run-time compiler builds from the validated files', () => {
    const plugin = precompileDefaultLexicon();
    const load = plugin.load as (id: string) => string;
    const code = load.call({}, '\0clausemark-default-compiled');
    const literal = /const DATA = (".*");/.exec(code)?.[1];
    expect(literal).toBeDefined();
    const embedded = JSON.parse(JSON.parse(literal as string));
    expect(embedded).toEqual(JSON.parse(JSON.stringify(serializeLexicon(compileLexicon(defaultEntries())))));
    expect(code).toContain('export const PRECOMPILED = true;');
  });
});
