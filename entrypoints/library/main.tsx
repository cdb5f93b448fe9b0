import { render } from 'preact';
import { App } from './App';
import '../../assets/reading.css';
import './style.css';
import { library } from '../../utils/library-db';
import { saveArticle } from '../../utils/library-save';

// Browser tests and `npm run bench:library` drive the library through this (e2e build only).
if (import.meta.env.MODE === 'e2e') Object.assign(globalThis, { __precisLibrary: { library, saveArticle } });

render(<App />, document.getElementById('app')!);
