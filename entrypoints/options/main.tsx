import { render } from 'preact';
import { Options } from './Options';
import '../../extension/ui/settings/pages.css';
import './options.css';

render(<Options />, document.getElementById('app')!);
