// What the bookmark list shows when there is nothing to list: how to make a first bookmark, or that a search or
// the tag filter found nothing. Presentational.
import { t } from '../../lib/i18n/t';

interface Props {
  /** The search that found nothing, or '' when the reader has no bookmarks at all. */
  query: string;
  /** The tag filter that found nothing, if one is chosen. */
  tag?: string | null;
  onImport?: () => void;
}

export function EmptyState({ query, tag, onImport }: Props) {
  if (tag && !query.trim()) {
    return (
      <div class="bm-empty">
        <p>{t('bm_noTagMatch', tag)}</p>
        <p class="bm-muted">{t('bm_tagScope')}</p>
      </div>
    );
  }
  if (query.trim()) {
    return (
      <div class="bm-empty">
        <p>{t('bm_noMatch', query.trim())}</p>
        <p class="bm-muted">{t('bm_searchScope')}</p>
      </div>
    );
  }
  return (
    <div class="bm-empty">
      <p class="bm-empty-title">{t('bm_emptyTitle')}</p>
      <ol class="bm-steps">
        <li>{t('bm_emptyStep1')}</li>
        <li>{t('bm_emptyStep2')}</li>
        <li>{t('bm_emptyStep3')}</li>
      </ol>
      <p class="bm-muted">
        {t('bm_emptyKept')}
        {onImport ? ` ${t('bm_emptyMoving')} ` : ''}
        {onImport ? (
          <button type="button" class="bm-link" onClick={onImport}>
            {t('bm_importBackup')}
          </button>
        ) : null}
      </p>
    </div>
  );
}
