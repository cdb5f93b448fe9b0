import { readExtractOptions } from '../../lib/validate';
import { extractSnapshot } from '../../utils/extract-snapshot';
import { answer, EXTRACT_COPY } from '../../utils/messages';

/**
 * Chrome's offscreen document: a page with a DOM where Precis reads copied
 * pages, for the popup and for saves from the background (utils/offscreen.ts).
 */
answer({ [EXTRACT_COPY]: (request) => extractSnapshot(request.snapshot, readExtractOptions(request.options)) });
