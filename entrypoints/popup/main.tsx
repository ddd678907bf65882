import { render } from 'preact';
import { localisePage } from '../../extension/i18n/page';
import { App } from './App';
import '../../extension/ui/settings/pages.css';
import './popup.css';

localisePage('extName');
render(<App />, document.getElementById('app')!);
