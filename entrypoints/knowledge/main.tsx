import { render } from 'preact';
import { localisePage } from '../../extension/i18n/page';
import { App } from './App';
import './knowledge.css';

localisePage('knowledgeTitle');
render(<App />, document.getElementById('app')!);
