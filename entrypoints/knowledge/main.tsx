import { render } from 'preact';
import { App } from './App';
import './knowledge.css';

render(<App />, document.getElementById('app')!);
