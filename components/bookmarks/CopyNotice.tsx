// Tells the reader, over the clean view, what the store did with this page's text: it differs from the saved copy
// (which paragraphs), or its address was too long to keep whole. Presentational: the caller says what to tell.
import { plural, t } from '../../lib/i18n/t';

export interface CopyNoticeProps {
  /** Labels of the paragraphs where this page's text differs from the saved copy; empty when none. */
  differs: readonly string[];
  /** How the page's address was kept: whole (null), without its query, or as its site only. */
  trimmed: 'query' | 'path' | null;
  /** The address kept when it was trimmed to the site. */
  keptUrl: string;
  onDismiss: () => void;
}

export function CopyNotice({ differs, trimmed, keptUrl, onDismiss }: CopyNoticeProps) {
  if (differs.length === 0 && trimmed === null) return null;
  return (
    <section class="cr-copy-notice" role="status" aria-label={t('cn_label')}>
      {differs.length > 0 && <p>{plural('cn_differs', differs.length, differs.join(t('list_separator')))}</p>}
      {trimmed === 'query' && <p>{t('cn_urlTrimmed')}</p>}
      {trimmed === 'path' && <p>{t('cn_urlTrimmedPath', keptUrl)}</p>}
      <button type="button" class="cr-copy-notice-dismiss" onClick={onDismiss}>
        {t('cn_dismiss')}
      </button>
    </section>
  );
}
