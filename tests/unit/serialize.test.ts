import { describe, expect, it } from 'vitest';
import { compileLexicon, matchText } from '../../utils/match';
import { deserializeLexicon, serializeLexicon } from '../../utils/match/serialize';
import { STARTER } from './helpers/lexicon';

describe('serialised compiled lexicon', () => {
  it('survives JSON and matches exactly like the original', () => {
    const compiled = compileLexicon(STARTER, { allow: ['李洪志先生'] });
    const restored = deserializeLexicon(JSON.parse(JSON.stringify(serializeLexicon(compiled))));
    for (const text of [
      '學習法*輪*功和FLG',
      '那年六四，坦克开进了城。',
      '大麻烦与大麻',
      '李洪志先生与李洪志',
      '我被河蟹了',
    ]) {
      expect(matchText(text, restored)).toEqual(matchText(text, compiled));
    }
    expect(matchText('法轮功', restored)).toHaveLength(1);
  });
});
