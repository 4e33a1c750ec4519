import { render } from 'preact';

render(<main>ClauseMark</main>, document.getElementById('app') as HTMLElement);
