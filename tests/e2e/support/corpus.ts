import { familyCounts, WEIBO, type PassageExpectations } from './expectations';

/** A page of the hostile/unusual corpus (tests/fixtures/pages/corpus/) and what must happen there. */
export interface CorpusCase {
  file: string;
  about: string;
  /** exact highlights per passage in the top frame; nothing may be highlighted outside these passages */
  passages?: PassageExpectations;
  /** exact ranges per family in the top frame, for generated pages too big to list passage by passage */
  sizes?: Record<string, number>;
  /** exact ranges per family in child frames, by frame name */
  frames?: Record<string, Record<string, number>>;
  /** frames where only "no errors, nothing broken" is required (content scripts may not run there) */
  framesUnchecked?: string[];
  /** the page replaces its body all the time: highlights must follow the live nodes */
  churn?: boolean;
  /** a selector the page matches once its own scripts have built the content under test */
  ready?: string;
  /** how long the scan may take (ms) */
  timeout?: number;
}

const PARK: [string, string] = ['art10-5', '法轮功'];
const SALE: [string, string] = ['art10-7', '出售大麻'];
const NEVER: [string, string] = ['art10-2', '8964'];
const FALUN: [string, string] = ['art10-5', 'Falun Gong'];

export const CORPUS: CorpusCase[] = [
  {
    file: 'huge-text-node.html',
    about: 'a single 10 MB text node',
    sizes: { 'art10-5': 3 },
    timeout: 45_000,
  },
  {
    file: 'million-text-nodes.html',
    about: '1,000,000 text nodes',
    sizes: { 'art10-7': 10 },
    timeout: 45_000,
  },
  { file: 'deep-nesting.html', about: 'nesting 10,000 deep', sizes: { 'art10-5': 1, 'art10-2': 1 } },
  {
    file: 'split-nodes.html',
    about: 'text split mid-word and mid-surrogate-pair',
    passages: { chars: [PARK], latin: [FALUN], surrogate: [SALE], 'split-term': [SALE] },
  },
  {
    file: 'combining-emoji.html',
    about: 'combining characters and emoji',
    passages: { 'emoji-zh': [PARK], 'emoji-en': [FALUN], combining: [], 'combining-zh': [SALE], flags: [] },
  },
  {
    file: 'rtl.html',
    about: 'right-to-left text and bidi controls',
    passages: { 'rtl-ar': [FALUN], 'rtl-he': [PARK], 'rtl-override': [SALE], 'rtl-plain': [] },
  },
  {
    file: 'forms-editable.html',
    about: 'form fields and contenteditable are not scanned',
    passages: { plain: [SALE] },
  },
  {
    file: 'svg-text.html',
    about: 'SVG text',
    passages: { caption: [], 'svg-text': [PARK], 'svg-tspan': [SALE] },
  },
  {
    file: 'body-replace.html',
    about: 'document.body replaced every 100 ms',
    passages: { replaced: [PARK] },
    churn: true,
  },
  {
    file: 'strict-csp.html',
    about: 'a strict Content-Security-Policy header',
    passages: { 'csp-static': [PARK], 'csp-scripted': [SALE] },
  },
  {
    file: 'sandboxed-iframes.html',
    about: 'sandboxed iframes',
    passages: { 'top-text': [NEVER] },
    frames: { 'sandboxed-same-origin': { 'art10-7': 1 } },
    framesUnchecked: ['sandboxed-srcdoc', 'sandboxed-scripts'],
  },
  {
    file: 'about-blank-iframes.html',
    about: 'about:blank and srcdoc iframes filled by the parent',
    passages: { 'top-text': [] },
    frames: { blank: { 'art10-2': 1 }, srcdoc: { 'art10-7': 1 } },
  },
  {
    file: 'frozen-prototypes.html',
    about: 'frozen built-in prototypes',
    passages: { 'frozen-text': [PARK], 'frozen-en': [FALUN] },
  },
  {
    file: 'overridden-prototypes.html',
    about: 'built-ins overridden with throwing functions',
    passages: { early: [PARK], late: [SALE] },
  },
  {
    file: 'all-unset.html',
    about: '* { all: unset !important }',
    passages: { 'unset-zh': [PARK], 'unset-en': [FALUN], 'unset-plain': [] },
  },
  {
    file: 'mutation-fighter.html',
    about: 'a MutationObserver that undoes every change',
    passages: { 'fight-zh': [PARK], 'fight-number': [NEVER] },
  },
  {
    file: 'forged-postmessage.html',
    about: "forged window.postMessage messages shaped like the extension's",
    passages: { 'forged-text': [PARK] },
  },
  {
    file: 'non-text.html',
    about: 'script, style, template, noscript, comments and title are not page text',
    passages: { visible: [SALE], plain: [] },
  },
  { file: 'xhtml.xhtml', about: 'an XHTML document', passages: { 'xhtml-text': [PARK], 'xhtml-plain': [] } },
  {
    file: 'shadow-dynamic.html',
    about: 'open shadow roots that appear and change after load',
    ready: 'html[data-report="done"]',
    passages: { 'shadow-changing': [SALE], 'shadow-late': [PARK] },
  },
  {
    file: 'dom-clobbering.html',
    about: 'named elements clobbering document methods',
    passages: { 'clobbered-text': [PARK], 'clobbered-en': [FALUN] },
  },
  {
    file: 'garbage-text.html',
    about: 'lone surrogates, control characters, non-characters, a 200,000-character line',
    passages: { garbage: [], 'garbage-term': [PARK], 'long-line': [] },
  },
  {
    file: 'frameset.html',
    about: 'a frameset document',
    sizes: {},
    frames: { left: { 'art10-7': 1 }, right: familyCounts(WEIBO) },
  },
];
