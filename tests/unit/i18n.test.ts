import { describe, expect, it } from 'vitest';
import { resolveLang, translator, type Dictionary } from '../../utils/i18n';

const dict: Dictionary<'count' | 'hello'> = {
  en: { count: '{n} matches', hello: 'Hello' },
  zh: { count: '{n} 处匹配', hello: '你好' },
};

describe('i18n', () => {
  it('follows the browser language unless the user chose one', () => {
    expect(resolveLang('auto', 'zh-CN')).toBe('zh');
    expect(resolveLang('auto', 'zh-TW')).toBe('zh');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('en', 'zh-CN')).toBe('en');
  });

  it('fills placeholders as plain text', () => {
    expect(translator(dict, 'zh')('count', { n: 3 })).toBe('3 处匹配');
    expect(translator(dict, 'en')('count', { n: '<b>x</b>' })).toBe('<b>x</b> matches');
    expect(translator(dict, 'en')('count')).toBe('{n} matches');
  });
});
