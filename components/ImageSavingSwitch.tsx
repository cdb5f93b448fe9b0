import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useSetting } from '../hooks/useSetting';

/** Fetching a page's images from wherever they are hosted needs access to every site (issue #7). */
const IMAGE_ACCESS = { origins: ['<all_urls>'] };

/**
 * "Save images offline". Switching it on asks the browser for the optional
 * host permission, from the click itself (browsers only allow the request
 * during a user gesture); if the reader refuses, the switch goes back off
 * and says so.
 */
export function ImageSavingSwitch() {
  const [on, set] = useSetting('saveImages');
  const [granted, setGranted] = useState<boolean | undefined>(undefined);
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [asking, setAsking] = useState(false);

  useEffect(() => {
    void browser.permissions
      .contains(IMAGE_ACCESS)
      .then(setGranted)
      .catch(() => setGranted(false));
  }, []);

  const ask = async (): Promise<boolean> => {
    setAsking(true);
    try {
      return await browser.permissions.request(IMAGE_ACCESS);
    } catch {
      return false;
    } finally {
      setAsking(false);
    }
  };

  const onChange = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    if (!input.checked) {
      setMessage(undefined);
      void set(false);
      return;
    }
    // Keep the switch off until the browser answers.
    input.checked = false;
    void ask().then(async (ok) => {
      setGranted(ok);
      await set(ok);
      input.checked = ok;
      setMessage(
        ok
          ? undefined
          : 'Precis was not allowed to fetch images, so image saving stays off. Articles are saved as text.',
      );
    });
  };

  const id = 'setting-saveImages';
  return (
    <div class="setting setting-switch">
      <input
        type="checkbox"
        role="switch"
        id={id}
        data-testid={id}
        checked={on}
        disabled={asking}
        aria-describedby={`${id}-hint`}
        onChange={onChange}
      />
      <label for={id}>Save images offline</label>
      <p id={`${id}-hint`} class="setting-hint">
        Saved articles keep their pictures. Precis needs permission to fetch images from the sites that host them.
        {on && granted === false && ' Precis will ask for it the first time you save an article.'}
      </p>
      {message && (
        <p class="setting-message" role="alert" data-testid="save-images-message">
          {message}
        </p>
      )}
    </div>
  );
}
