import { render } from 'preact';
import { Welcome } from './Welcome';
import '../../extension/ui/settings/pages.css';
import './welcome.css';

render(<Welcome />, document.getElementById('app')!);
