/**
 * A setting changed on a page shows at once in every control of that page,
 * and reaches storage coalesced: a slider moved four steps is stored as its
 * last value, and an older value echoed back by storage never moves it back.
 * (A CI run lost a keypress to exactly that echo.)
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingRange } from '../../components/SettingRange';
import { flushSettings, useSetting } from '../../hooks/useSetting';
import { settings } from '../../utils/settings';

function Mirror() {
  const [size] = useSetting('fontSize');
  return <p data-testid="mirror">{size}</p>;
}

describe('setting controls', () => {
  let root: HTMLElement;

  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(async () => {
    await flushSettings();
    render(null, root);
    root.remove();
    vi.useRealTimers();
  });

  const slider = () => root.querySelector<HTMLInputElement>('#setting-fontSize')!;
  const mirror = () => root.querySelector('[data-testid="mirror"]')!.textContent;

  /** What a keyboard step does to a range input: a new value, then an input event. */
  async function step(to: number) {
    await act(() => {
      slider().value = String(to);
      slider().dispatchEvent(new Event('input', { bubbles: true }));
    });
  }

  it('shows each step at once everywhere on the page, and stores only the last', async () => {
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await act(() =>
      render(
        <>
          <SettingRange name="fontSize" label="Text size" />
          <Mirror />
        </>,
        root,
      ),
    );
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    for (const size of [19, 20, 21, 22]) await step(size);
    expect(slider().value).toBe('22');
    expect(mirror()).toBe('22');
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(await settings.fontSize.getValue()).toBe(22);
    const fontSizeWrites = writes.mock.calls.filter(([items]) => 'fontSize' in (items as object));
    expect(fontSizeWrites).toHaveLength(1);
  });

  it('is not moved back by an older value storage reports while a newer one is on its way', async () => {
    await act(() => render(<SettingRange name="fontSize" label="Text size" />, root));
    await step(19);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    await step(20);
    // Storage now echoes the earlier write, as a change event would arrive late.
    await act(async () => {
      await fakeBrowser.storage.sync.set({ fontSize: 19 });
    });
    expect(slider().value).toBe('20');
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(await settings.fontSize.getValue()).toBe(20);
    expect(slider().value).toBe('20');
  });

  it('follows a change made on another page once nothing of its own is pending', async () => {
    await act(() => render(<Mirror />, root));
    await act(async () => {
      await settings.fontSize.setValue(24);
    });
    await vi.waitFor(() => expect(mirror()).toBe('24'));
  });

  it('the setter resolves once the value is stored', async () => {
    let setter: ((v: number) => Promise<void>) | undefined;
    function Grab() {
      setter = useSetting('fontSize')[1];
      return null;
    }
    await act(() => render(<Grab />, root));
    const stored = setter!(23);
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    await stored;
    expect(await settings.fontSize.getValue()).toBe(23);
  });
});
