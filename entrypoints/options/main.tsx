import { render } from 'preact';
import { localisePage } from '../../extension/i18n/page';
import { Options } from './Options';
import '../../extension/ui/settings/pages.css';
import './options.css';

localisePage('optionsTitle');
render(<Options />, document.getElementById('app')!);
