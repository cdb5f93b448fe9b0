import { useRef } from 'preact/hooks';

/** Picks a backup file to import; the same file can be picked again once its import is done. */
export function ImportBackupButton({ onImport }: { onImport: (file: File) => Promise<void> }) {
  const fileInput = useRef<HTMLInputElement>(null);
  const pick = async (file: File | undefined) => {
    if (!file) return;
    await onImport(file);
    if (fileInput.current) fileInput.current.value = '';
  };
  return (
    <label class="button">
      Import backup
      <input
        ref={fileInput}
        type="file"
        accept="application/json,.json"
        class="visually-hidden"
        data-testid="import-input"
        onChange={(e) => void pick((e.currentTarget as HTMLInputElement).files?.[0])}
      />
    </label>
  );
}
