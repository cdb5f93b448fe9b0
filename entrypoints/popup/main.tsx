import { render } from 'preact';
import { startReadingTab } from '../../hooks/useTabArticle';
import { App } from './App';
import '../../assets/reading.css';
import '../../assets/components.css';
import './style.css';

// Reading the tab first: it is what the reader waits for. The page is copied and
// read elsewhere (Chrome's offscreen document) or here (Firefox), while Preact draws.
startReadingTab();
render(<App />, document.getElementById('app')!);
