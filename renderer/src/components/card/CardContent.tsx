// One side of a card. Plain-text cards show their text as typed; HTML cards (Anki imports) show their
// formatting, images, audio buttons, cloze highlights and hints, from a sanitized tree (no innerHTML).
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../i18n';
import { elementsOfCardHtml } from './card-html-elements';
import { CardHtmlError, type CardFormat } from '../../../../preload/contract/card-html';

export interface CardContentProps {
  format: CardFormat;
  /** The side as stored: text, or field HTML. */
  content: string;
  className?: string;
  'data-testid'?: string;
}

export function CardContent({ format, content, className = '', 'data-testid': testId }: CardContentProps) {
  const { t } = useTranslation('cards');
  const unshowable = t('media.unshowable');
  const body = useMemo(() => (format === 'html' ? htmlBody(content, unshowable) : null), [format, content, unshowable]);
  if (format === 'text') {
    return (
      <div data-testid={testId} data-format="text" className={`whitespace-pre-wrap ${className}`}>
        {content}
      </div>
    );
  }
  return (
    <div data-testid={testId} data-format="html" className={`card-content ${className}`}>
      {body}
    </div>
  );
}

function htmlBody(html: string, unshowable: string): ReactNode {
  try {
    return elementsOfCardHtml(html);
  } catch (error) {
    // Too long or nested too deeply to show safely: say so, the stored field is untouched.
    if (error instanceof CardHtmlError) return <p className="media-missing">{unshowable}</p>;
    throw error;
  }
}
