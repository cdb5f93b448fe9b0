import { startReadingTab } from '../../utils/tab-reading';

// Reading the tab first: it is what the reader waits for. The page is copied
// (in its own process) and read (Chrome's offscreen document, or here in
// Firefox) while the popup's UI loads and draws (issue #6, first paint).
startReadingTab();
void import('./ui');
