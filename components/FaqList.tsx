import type { FaqEntry } from '../lib/types';
import { SafeHtml } from './SafeHtml';

interface Props {
  faq: FaqEntry[];
}

/** The page's questions, each expanding to its answer (native details: keyboard accessible). */
export function FaqList({ faq }: Props) {
  if (faq.length === 0) return null;
  return (
    <section class="faq" data-testid="faq" aria-labelledby="faq-title">
      <h2 id="faq-title">FAQ</h2>
      {faq.map((f, i) => (
        <details key={i} class="faq-item">
          <summary>{f.question}</summary>
          <SafeHtml html={f.answerHtml || escapeText(f.answer)} class="faq-answer" />
        </details>
      ))}
    </section>
  );
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
