import { render } from 'preact';
import { App } from './App';
import '../../extension/ui/settings/pages.css';
import './popup.css';

render(<App />, document.getElementById('app')!);
