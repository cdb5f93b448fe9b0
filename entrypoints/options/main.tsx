import { render } from 'preact';
import { preloadSettings } from '../../hooks/useSetting';
import { App } from './App';
import '../../assets/reading.css';
import './style.css';

// Read the settings first, so no control shows a default and then jumps.
void preloadSettings()
  .catch(() => undefined)
  .then(() => render(<App />, document.getElementById('app')!));
