import { describe, expect, it } from 'vitest';
import { normalize, normalizeTerm, toOriginal } from '../../utils/match';

describe('normalize', () => {
  it('costs no offset map when nothing changes', () => {
    const n = normalize('法轮功 and falun gong');
    expect(n.text).toBe('法轮功 and falun gong');
    expect(n.map).toBeNull();
  });

  it.each([
    ['法輪功', '法轮功'], // Traditional → Simplified (OpenCC character dictionaries)
    ['ＦＬＧ', 'flg'], // full width and case
    ['Fǎlún Gōng', 'falun gong'], // pinyin tone marks
    ['法\u200b轮\u200d功', '法轮功'], // zero-width characters
    ['法*轮*功', '法轮功'],
    ['法 轮 功', '法轮功'],
    ['法.轮.功', '法轮功'],
    ['法 ★ 轮', '法轮'],
    ['falun \t  gong', 'falun gong'], // whitespace runs collapse
    ['①⑨⑧⑨', '1989'],
    ['𝐟𝐥𝐠', 'flg'], // styled mathematical letters
    ['ﬁre', 'fire'], // ligature expands
    ['六四\n事件', '六四\n事件'], // line breaks are hard boundaries
    ['法 ★ ★ ★ 轮', '法 ★ ★ ★ 轮'], // runs longer than three are kept
    ['word*word', 'word*word'], // noise only goes between CJK characters
    ['裏面的頭髮', '里面的头发'],
  ])('%j → %j', (input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('maps every normalised span back to the original text', () => {
    const original = 'Ｘ 法*輪*功\u200b ｆｌｇ';
    const n = normalize(original);
    expect(n.text).toBe('x 法轮功 flg');
    const at = n.text.indexOf('法轮功');
    expect(original.slice(...toOriginal(n, at, at + 3))).toBe('法*輪*功');
    const f = n.text.indexOf('flg');
    expect(original.slice(...toOriginal(n, f, f + 3))).toBe('ｆｌｇ');
  });

  it('keeps a surrogate pair whole and passes lone surrogates through', () => {
    expect(normalize('𠀀a').text).toBe('𠀀a');
    expect(normalize('a\ud800b').text).toBe('a\ud800b');
  });

  it('normalises terms the same way and trims them', () => {
    expect(normalizeTerm('  Falun  Gong ')).toBe('falun gong');
    expect(normalizeTerm('\u200b')).toBe('');
  });
});
