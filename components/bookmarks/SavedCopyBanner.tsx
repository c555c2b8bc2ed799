// The strip above a saved copy read in the extension: that this is Cable Reader's own copy, when it was kept,
// where the cable was last seen, and how many bookmarks it holds (and how many no longer place). Presentational.
import { plural, t, uiLocale } from '../../lib/i18n/t';
import type { SeenUrl } from '../../lib/store/schema';

interface Props {
  cableId: string;
  /** The mirror page last seen showing the cable, if any. */
  lastUrl: SeenUrl | null;
  bookmarks: number;
  /** Bookmarks whose text the saved copy no longer holds. */
  unplaced: number;
}

export function SavedCopyBanner({ cableId, lastUrl, bookmarks, unplaced }: Props) {
  const dateFormat = new Intl.DateTimeFormat(uiLocale(), { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <aside class="sc-banner" aria-label={t('bm_savedCopy')}>
      <p class="sc-line">
        <strong>{t('sc_savedCopyOf', cableId)}</strong>
        <span>{t('sc_kept')}</span>
      </p>
      <p class="sc-line">
        {lastUrl ? (
          <>
            {`${t('sc_lastSeen', dateFormat.format(new Date(lastUrl.lastSeen)))} `}
            <a href={lastUrl.url} rel="noreferrer">
              {lastUrl.url}
            </a>
            {'. '}
          </>
        ) : null}
        {bookmarks ? plural('sc_bookmarked', bookmarks) : t('sc_noBookmarks')}
        {unplaced ? ` ${plural('sc_unplaced', unplaced)}` : ''}
      </p>
    </aside>
  );
}
