import { render } from 'preact';
import { localisePage } from '../../extension/i18n/page';
import { Welcome } from './Welcome';
import '../../extension/ui/settings/pages.css';
import './welcome.css';

localisePage('welcomeDocTitle');
render(<Welcome />, document.getElementById('app')!);
