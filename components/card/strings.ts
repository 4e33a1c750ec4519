import type { Dictionary } from '../../utils/i18n';

export type CardKey =
  | 'title'
  | 'matched'
  | 'term'
  | 'variantOf'
  | 'how'
  | 'implies'
  | 'fullText'
  | 'close'
  | 'alsoUnder'
  | 'step.traditional'
  | 'step.width'
  | 'step.case'
  | 'step.diacritics'
  | 'step.zero-width'
  | 'step.noise-removed'
  | 'step.whitespace'
  | 'variant.traditional'
  | 'variant.homophone'
  | 'variant.pinyin'
  | 'variant.initials'
  | 'variant.split'
  | 'variant.number-code'
  | 'variant.transliteration'
  | 'variant.abbreviation'
  | 'variant.euphemism'
  | 'variant.alias'
  | 'variant.misspelling'
  | 'variant.variant';

/** The hover card's words in both UI languages. */
export const CARD_STRINGS: Dictionary<CardKey> = {
  en: {
    title: 'ClauseMark',
    matched: 'Matched text',
    term: 'Lexicon term',
    variantOf: '{kind} of “{base}”',
    how: 'How it matched',
    implies: 'Implied baselines',
    fullText: 'Full text',
    close: 'Close',
    alsoUnder: 'Also under',
    'step.traditional': 'matched in Traditional characters',
    'step.width': 'full-width characters read as normal width',
    'step.case': 'letter case ignored',
    'step.diacritics': 'accents ignored',
    'step.zero-width': 'invisible characters removed',
    'step.noise-removed': 'noise characters removed',
    'step.whitespace': 'spacing ignored',
    'variant.traditional': 'Traditional form',
    'variant.homophone': 'homophone',
    'variant.pinyin': 'pinyin',
    'variant.initials': 'pinyin initials',
    'variant.split': 'split characters',
    'variant.number-code': 'number code',
    'variant.transliteration': 'transliteration',
    'variant.abbreviation': 'abbreviation',
    'variant.euphemism': 'euphemism',
    'variant.alias': 'alias',
    'variant.misspelling': 'misspelling',
    'variant.variant': 'variant',
  },
  zh: {
    title: 'ClauseMark',
    matched: '命中文字',
    term: '词库词条',
    variantOf: '“{base}”的{kind}',
    how: '匹配方式',
    implies: '涉及底线',
    fullText: '条文全文',
    close: '关闭',
    alsoUnder: '另涉',
    'step.traditional': '按繁体字匹配',
    'step.width': '全角字符按半角读取',
    'step.case': '忽略大小写',
    'step.diacritics': '忽略变音符号',
    'step.zero-width': '已去除不可见字符',
    'step.noise-removed': '已去除干扰字符',
    'step.whitespace': '忽略空白',
    'variant.traditional': '繁体写法',
    'variant.homophone': '谐音',
    'variant.pinyin': '拼音',
    'variant.initials': '拼音首字母',
    'variant.split': '拆字',
    'variant.number-code': '数字代称',
    'variant.transliteration': '音译',
    'variant.abbreviation': '缩写',
    'variant.euphemism': '隐语',
    'variant.alias': '别称',
    'variant.misspelling': '错别字',
    'variant.variant': '变体',
  },
};
