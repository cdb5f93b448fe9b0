import { render } from 'preact';
import { App } from './App';
import '../../assets/reading.css';
import '../../assets/components.css';
import './style.css';

render(<App />, document.getElementById('app')!);
