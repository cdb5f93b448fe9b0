import { render } from 'preact';
import { App } from './App';
import '../../assets/reading.css';
import './style.css';
import { library } from '../../utils/library-db';

// Browser tests and `npm run bench:library` drive the library through this (e2e build only).
if (import.meta.env.MODE === 'e2e')
  Object.assign(globalThis, {
    __precisLibrary: {
      library,
      saveModule: () => import('../../utils/library-save'),
      searchModule: () => import('../../utils/library-search'),
    },
  });

performance.mark('precis:library-start');
render(<App />, document.getElementById('app')!);
