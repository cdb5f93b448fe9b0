import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps, FunctionComponent } from 'preact';
import type { SafeHtml as SafeHtmlType } from './SafeHtml';

type Props = ComponentProps<typeof SafeHtmlType>;

let loaded: FunctionComponent<Props> | undefined;
let loading: Promise<FunctionComponent<Props>> | undefined;

/**
 * <SafeHtml> with its sanitizer (DOMPurify, a third of the popup's script)
 * loaded after the first paint, so that the title and main points show
 * without waiting for it (issue #6). Renders nothing until it has loaded.
 */
export function LazySafeHtml(props: Props) {
  const [Component, setComponent] = useState(() => loaded);
  useEffect(() => {
    if (Component) return;
    loading ??= import('./SafeHtml').then((m) => (loaded = m.SafeHtml));
    let live = true;
    void loading.then((c) => live && setComponent(() => c));
    return () => {
      live = false;
    };
  }, [Component]);
  return Component ? <Component {...props} /> : null;
}
