import { render } from 'preact';
import '../../assets/popup.css';
import { Popup } from '../../components/popup/Popup';

render(<Popup search={location.search} />, document.getElementById('app') as HTMLElement);
