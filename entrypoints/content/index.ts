import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../assets/highlights.css';
import { startClauseMark } from './start';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  cssInjectionMode: 'manifest',
  // The page must not see ClauseMark: no window.postMessage, no global for the bundle.
  noScriptStartedPostMessage: true,
  globalName: false,
  main: startClauseMark,
});
