import { useState } from 'preact/hooks';
import { normalizeTag } from '../../lib/library/records';

/** Edits the tags of one article, or adds tags to several (comma-separated). */
export function TagEditor(props: {
  count: number;
  initial: string[];
  onSave: (tags: string[]) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(props.initial.join(', '));
  return (
    <form
      class="lib-tagger"
      onSubmit={(e) => {
        e.preventDefault();
        props.onSave(text.split(',').map(normalizeTag).filter(Boolean));
      }}
    >
      <label>
        {props.count === 1 ? 'Tags (comma-separated)' : `Add tags to ${props.count} articles (comma-separated)`}{' '}
        <input value={text} autoFocus onInput={(e) => setText((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="submit" class="button">
        Save tags
      </button>
      <button type="button" class="button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
