import { render } from 'preact';
import { startReadingTab } from '../../hooks/useTabArticle';
import { App } from './App';
import '../../assets/reading.css';
import '../../assets/components.css';
import './style.css';

// Extraction first: it is what the reader waits for, and it runs in the page, not here.
startReadingTab();
render(<App />, document.getElementById('app')!);
