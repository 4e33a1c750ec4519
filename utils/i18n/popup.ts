import type { Dictionary } from './index';

export type PopupKey =
  | 'title'
  | 'sections'
  | 'tabPage'
  | 'tabLookup'
  | 'tabFlag'
  | 'language'
  | 'languageAuto'
  | 'popOut'
  | 'loading'
  | 'pageError'
  | 'noTab'
  | 'cannotRun'
  | 'cannotRunHint'
  | 'neverScanned'
  | 'scanAgain'
  | 'scanning'
  | 'totalMatches'
  | 'inFrames'
  | 'noMatches'
  | 'stepGroup'
  | 'previous'
  | 'next'
  | 'groupsLabel'
  | 'matchCount'
  | 'lookUpClause'
  | 'clauseTextLink'
  | 'revealHint'
  | 'impliedBadge'
  | 'verdict.confirmed'
  | 'verdict.dismissed'
  | 'verdict.unreviewed'
  | 'controlsLabel'
  | 'showHighlights'
  | 'familiesShown'
  | 'familiesLegend'
  | 'popupOnlyMode'
  | 'neverScanSite'
  | 'historyHeading'
  | 'captureTitle'
  | 'captureUrl'
  | 'flaggedTimes'
  | 'compareWith'
  | 'captureOption'
  | 'comparing'
  | 'anchorSummary'
  | 'contextChanged'
  | 'goneLabel'
  | 'statusEdited'
  | 'statusRemoved'
  | 'nowReads'
  | 'openInLibrary'
  | 'lookupLabel'
  | 'lookupPlaceholder'
  | 'lookupResults'
  | 'clauseList'
  | 'unknownClause'
  | 'fullText'
  | 'ourTranslation'
  | 'document'
  | 'issued'
  | 'issuer'
  | 'seedFile'
  | 'provenance'
  | 'crosswalk'
  | 'crosswalkTo'
  | 'crosswalkFrom'
  | 'onThisPage'
  | 'noneOnThisPage'
  | 'pageNote'
  | 'tags'
  | 'tagsPlaceholder'
  | 'reviewMatches'
  | 'reviewSavedAtOnce'
  | 'reviewSavedOnFlag'
  | 'occurrences'
  | 'choice.unreviewed'
  | 'choice.confirmed'
  | 'choice.dismissed'
  | 'matchNote'
  | 'matchNoteFor'
  | 'flagWithoutMatches'
  | 'flagPage'
  | 'flagAgain'
  | 'flagging'
  | 'flagged'
  | 'showMore';

/** The popup's words in both UI languages; the type makes a key missing from either a compile error. */
export const POPUP_STRINGS: Dictionary<PopupKey> = {
  en: {
    title: 'ClauseMark',
    sections: 'Sections',
    tabPage: 'This page',
    tabLookup: 'Clause lookup',
    tabFlag: 'Flag page',
    language: 'Language',
    languageAuto: 'Browser language',
    popOut: 'Pop out',
    loading: 'Reading the page…',
    pageError: 'The page did not answer: {message}',
    noTab: 'There is no page to read here. The clause lookup still works.',
    cannotRun:
      'ClauseMark cannot read this page: browser pages, the extension store and other extensions’ pages are closed to extensions.',
    cannotRunHint:
      'If this is an ordinary web page opened before ClauseMark was installed or updated, reload it.',
    neverScanned: '{host} is on your never-scan list: ClauseMark does not read its pages.',
    scanAgain: 'Scan this site again',
    scanning: 'Scanning the page…',
    totalMatches: 'Matches on this page: {n}',
    inFrames: 'Embedded frames hold {n} more: they are marked in the frames, not listed here.',
    noMatches: 'Nothing on this page falls under the clauses.',
    stepGroup: 'Step through matches',
    previous: 'Previous',
    next: 'Next',
    groupsLabel: 'Matches per clause',
    matchCount: 'Matches: {n}',
    lookUpClause: 'Full text of {locator}',
    clauseTextLink: 'Text',
    revealHint: 'Show this passage in the page',
    impliedBadge: 'implied',
    'verdict.confirmed': 'confirmed',
    'verdict.dismissed': 'dismissed',
    'verdict.unreviewed': 'unreviewed',
    controlsLabel: 'Highlights in this tab',
    showHighlights: 'Show highlights in this tab',
    familiesShown: 'Colours shown: {n} of {total}',
    familiesLegend: 'Article 10 items drawn in this tab',
    popupOnlyMode: 'Popup-only mode: nothing is drawn in pages, matches are listed here only.',
    neverScanSite: 'Never scan {host}',
    historyHeading: 'Flagged before',
    captureTitle: 'Title',
    captureUrl: 'Address',
    flaggedTimes: 'Captures of this page: {n}, the last on {when}.',
    compareWith: 'Compare the page now with the capture of',
    captureOption: '{when} (matches: {n})',
    comparing: 'Comparing with the page as it is now…',
    anchorSummary: 'Since that capture: {present} still on the page, {gone} disappeared.',
    contextChanged:
      'Of those, {n} now stand among different words (or were matched at another place with the same wording).',
    goneLabel: 'Passages that disappeared',
    statusEdited: 'Changed:',
    statusRemoved: 'Removed:',
    nowReads: 'now reads',
    openInLibrary: 'Open in the library',
    lookupLabel: 'Find a clause by number or words',
    lookupPlaceholder: '10.7, art 10 vii, 道德风尚, rumours…',
    lookupResults: 'Clauses found: {n}',
    clauseList: 'Clauses',
    unknownClause: 'No clause has the id {id}.',
    fullText: 'Full text',
    ourTranslation: 'English by ClauseMark',
    document: 'Document',
    issued: 'Issued',
    issuer: 'Issued by',
    seedFile: 'Source file',
    provenance: 'Wording',
    crosswalk: 'Crosswalk',
    crosswalkTo: 'Falls under',
    crosswalkFrom: 'Implied by',
    onThisPage: 'On this page',
    noneOnThisPage: 'No match on this page falls under this clause.',
    pageNote: 'Note on this capture',
    tags: 'Tags',
    tagsPlaceholder: 'comma-separated, e.g. weibo, deleted',
    reviewMatches: 'Matches to review: {n}',
    reviewSavedAtOnce: 'Verdicts are saved at once and remembered for this page.',
    reviewSavedOnFlag: 'Verdicts are saved with the capture and remembered for this page.',
    occurrences: 'occurs {n}×',
    'choice.unreviewed': 'Unreviewed',
    'choice.confirmed': 'Confirm',
    'choice.dismissed': 'Dismiss',
    matchNote: 'Note on this match',
    matchNoteFor: 'Note on “{text}”',
    flagWithoutMatches: 'No matches: the page is saved with your note and tags only.',
    flagPage: 'Flag this page',
    flagAgain: 'Flag again (new capture)',
    flagging: 'Saving the capture…',
    flagged: 'Flagged. Matches saved: {n}; with a verdict remembered from before: {remembered}.',
    showMore: 'Show {n} more ({left} not shown)',
  },
  zh: {
    title: 'ClauseMark',
    sections: '栏目',
    tabPage: '本页',
    tabLookup: '条款查询',
    tabFlag: '标记本页',
    language: '语言',
    languageAuto: '跟随浏览器',
    popOut: '在新窗口打开',
    loading: '正在读取页面…',
    pageError: '页面未响应：{message}',
    noTab: '这里没有可读取的页面。条款查询仍可使用。',
    cannotRun: 'ClauseMark 无法读取此页面：浏览器自带页面、扩展商店和其他扩展的页面不对扩展开放。',
    cannotRunHint: '如果这是安装或更新 ClauseMark 之前打开的普通网页，请刷新页面。',
    neverScanned: '{host} 在您的“永不扫描”列表中：ClauseMark 不读取该网站的页面。',
    scanAgain: '重新扫描此网站',
    scanning: '正在扫描页面…',
    totalMatches: '本页匹配：{n} 处',
    inFrames: '页面内嵌框架中另有 {n} 处：已在框架中标出，未在此列出。',
    noMatches: '本页没有内容落入这些条款。',
    stepGroup: '逐条查看匹配',
    previous: '上一处',
    next: '下一处',
    groupsLabel: '按条款列出的匹配',
    matchCount: '{n} 处匹配',
    lookUpClause: '{locator} 全文',
    clauseTextLink: '条文',
    revealHint: '在页面中显示这段文字',
    impliedBadge: '推及',
    'verdict.confirmed': '已确认',
    'verdict.dismissed': '已排除',
    'verdict.unreviewed': '未审核',
    controlsLabel: '本标签页的高亮',
    showHighlights: '在本标签页显示高亮',
    familiesShown: '显示的颜色：{n}/{total}',
    familiesLegend: '本标签页绘制的第十条各项',
    popupOnlyMode: '仅弹窗模式：页面中不绘制任何内容，匹配只在此列出。',
    neverScanSite: '永不扫描 {host}',
    historyHeading: '此前的标记',
    captureTitle: '标题',
    captureUrl: '网址',
    flaggedTimes: '本页已保存 {n} 次，最近一次：{when}。',
    compareWith: '将当前页面与此次保存比较：',
    captureOption: '{when}（{n} 处匹配）',
    comparing: '正在与当前页面比较…',
    anchorSummary: '自那次保存以来：{present} 处仍在页面上，{gone} 处已消失。',
    contextChanged: '其中 {n} 处周围的文字已变（或在另一处相同的文字中找到）。',
    goneLabel: '已消失的段落',
    statusEdited: '已改动：',
    statusRemoved: '已删除：',
    nowReads: '现为',
    openInLibrary: '在资料库中打开',
    lookupLabel: '按编号或字词查找条款',
    lookupPlaceholder: '10.7、art 10 vii、道德风尚、谣言…',
    lookupResults: '找到条款：{n} 条',
    clauseList: '条款',
    unknownClause: '没有编号为 {id} 的条款。',
    fullText: '全文',
    ourTranslation: '英文由 ClauseMark 翻译',
    document: '文件',
    issued: '发布日期',
    issuer: '发布机关',
    seedFile: '来源文件',
    provenance: '文本来源',
    crosswalk: '对照',
    crosswalkTo: '对应底线',
    crosswalkFrom: '由以下条款推及',
    onThisPage: '本页',
    noneOnThisPage: '本页没有匹配落入此条款。',
    pageNote: '本次保存的备注',
    tags: '标签',
    tagsPlaceholder: '用逗号分隔，例如：微博、已删除',
    reviewMatches: '待审核的匹配：{n} 条',
    reviewSavedAtOnce: '判定会立即保存，并对本页记住。',
    reviewSavedOnFlag: '判定随本次保存一起存储，并对本页记住。',
    occurrences: '{n} 次',
    'choice.unreviewed': '未审核',
    'choice.confirmed': '确认',
    'choice.dismissed': '排除',
    matchNote: '对此匹配的备注',
    matchNoteFor: '对“{text}”的备注',
    flagWithoutMatches: '没有匹配：页面将只连同您的备注和标签一起保存。',
    flagPage: '标记本页',
    flagAgain: '再次标记（新的保存）',
    flagging: '正在保存…',
    flagged: '已标记：保存了 {n} 处匹配，其中 {remembered} 处沿用了此前的判定。',
    showMore: '再显示 {n} 条（还有 {left} 条未显示）',
  },
};
