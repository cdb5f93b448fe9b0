import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useSetting } from '../hooks/useSetting';
import type { ExtractedArticle } from '../lib/types';
import { askPersistentStorage, IMAGE_ACCESS_REASON, requestImageAccess } from '../utils/image-access';
import { hasImageAccessFor, isSaved, saveInBackground } from '../utils/library-messages';
import './SaveButton.css';

type SaveState =
  | { kind: 'idle'; saved: boolean }
  | { kind: 'asking' }
  | { kind: 'saving' }
  | { kind: 'saved'; note?: string }
  | { kind: 'error'; message: string };

const LABELS = { idle: 'Save', asking: 'Saving…', saving: 'Saving…', saved: 'Saved ✓', error: 'Save' } as const;

/**
 * "Save for offline" (issue #7). The first save with images on asks for
 * access to the sites images come from, from this click (browsers allow the
 * request only during a user gesture); refused, the text is saved alone and
 * the note says so.
 */
export function SaveButton({ article }: { article?: ExtractedArticle }) {
  const [saveImages] = useSetting('saveImages');
  const [state, setState] = useState<SaveState>({ kind: 'idle', saved: false });
  const [access, setAccess] = useState<boolean | undefined>(undefined);

  useEffect(() => {
    if (!article) return;
    let live = true;
    // The library lives in the background (utils/library-messages.ts): nothing of it loads here.
    void hasImageAccessFor(article).then((ok) => live && setAccess(ok));
    void isSaved(article.canonicalUrl ?? article.url).then(
      (saved) => live && saved && setState((s) => (s.kind === 'idle' ? { kind: 'idle', saved: true } : s)),
    );
    return () => {
      live = false;
    };
  }, [article]);

  const save = async () => {
    if (!article) return;
    let allowed = access ?? false;
    if (saveImages && !allowed) {
      setState({ kind: 'asking' });
      allowed = await requestImageAccess();
      setAccess(allowed);
    }
    setState({ kind: 'saving' });
    void askPersistentStorage();
    // Saved by the background, which finishes even if this popup closes now.
    const result = await saveInBackground(article, saveImages && allowed);
    if (!result.ok) {
      setState({ kind: 'error', message: result.message });
      return;
    }
    setState({ kind: 'saved', note: saveImages ? result.note : undefined });
  };

  const busy = state.kind === 'asking' || state.kind === 'saving';
  const label = state.kind === 'idle' && state.saved ? 'Saved ✓' : LABELS[state.kind];
  const note =
    state.kind === 'asking'
      ? IMAGE_ACCESS_REASON
      : state.kind === 'error'
        ? state.message
        : state.kind === 'saved'
          ? state.note
          : undefined;
  return (
    <span class="save">
      <button
        type="button"
        class="save-button"
        data-testid="save-button"
        data-state={state.kind === 'idle' && state.saved ? 'saved' : state.kind}
        title={
          state.kind === 'idle' && state.saved
            ? 'Saved in your library: save again to update it'
            : 'Save for offline reading'
        }
        disabled={!article || busy}
        aria-busy={busy}
        onClick={() => void save()}
      >
        {label}
      </button>
      {state.kind === 'saved' && (
        <a class="save-open" href={browser.runtime.getURL('/library.html')} target="_blank" data-testid="open-library">
          Library
        </a>
      )}
      {note && (
        <span
          class={`save-note${state.kind === 'error' ? ' save-error' : ''}`}
          role={state.kind === 'error' ? 'alert' : 'status'}
          data-testid="save-note"
        >
          {note}
        </span>
      )}
    </span>
  );
}
