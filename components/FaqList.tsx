import type { FaqEntry } from '../lib/types';
import { LazySafeHtml as SafeHtml } from './LazySafeHtml';

interface Props {
  faq: FaqEntry[];
  /** Scrolls to the question in the article; offered when the question has an anchor there. */
  onShow?: (anchor: string) => void;
  lang?: string;
  dir?: 'ltr' | 'rtl';
}

/** The page's questions, each expanding to its answer (native details: keyboard accessible). */
export function FaqList({ faq, onShow, lang, dir }: Props) {
  if (faq.length === 0) return null;
  return (
    <div class="faq" data-testid="faq" lang={lang} dir={dir}>
      {faq.map((f, i) => (
        <details key={i} class="faq-item" data-testid={`faq-${i}`}>
          <summary>{f.question}</summary>
          <div class="faq-answer-wrap">
            <SafeHtml html={f.answerHtml || escapeText(f.answer)} class="faq-answer" />
            {onShow && f.anchor && (
              <button type="button" class="link-button" data-testid={`faq-show-${i}`} onClick={() => onShow(f.anchor!)}>
                Show in article
              </button>
            )}
          </div>
        </details>
      ))}
    </div>
  );
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
