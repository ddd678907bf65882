import { render } from 'preact';
import { localisePage } from '../../extension/i18n/page';
import { Desk } from './Desk';
import '../../extension/ui/settings/pages.css';
import './draft.css';

localisePage('deskDocTitle');
render(<Desk />, document.getElementById('app')!);
