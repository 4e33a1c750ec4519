import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../assets/library.css';
import { App } from '../../components/library/App';
import { extensionBackend } from '../../components/library/extension-backend';
import { ClauseMarkDB } from '../../utils/db/database';

const backend = extensionBackend(new ClauseMarkDB(), (message) => browser.runtime.sendMessage(message));
render(<App backend={backend} />, document.getElementById('app') as HTMLElement);
