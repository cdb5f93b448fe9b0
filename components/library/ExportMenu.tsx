import type { ExportFormat } from '../../utils/library-export';

/** A menu of export formats that acts on choice and returns to its label (the library's header and bulk bar). */
export function ExportMenu({ label, onExport }: { label: string; onExport: (f: ExportFormat) => void }) {
  return (
    <label class="lib-export">
      <span class="visually-hidden">{label} as</span>
      <select
        value=""
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value as ExportFormat | '';
          (e.currentTarget as HTMLSelectElement).value = '';
          if (v) onExport(v);
        }}
      >
        <option value="">{label}…</option>
        <option value="markdown">Markdown, images linked online (.md)</option>
        <option value="markdown-zip">Markdown with image files (.zip)</option>
        <option value="html">Web page, images inside (.html)</option>
        <option value="backup">Backup for import (.json)</option>
      </select>
    </label>
  );
}
