import { render } from 'preact';
import { Welcome } from './Welcome';
import './welcome.css';

render(<Welcome />, document.getElementById('app')!);
