// The strip above a saved copy read in the extension: that this is Cable Reader's own copy, when it was kept,
// where the cable was last seen, and how many bookmarks it holds (and how many no longer place). Presentational.
import type { SeenUrl } from '../../lib/store/schema';

interface Props {
  cableId: string;
  /** The mirror page last seen showing the cable, if any. */
  lastUrl: SeenUrl | null;
  bookmarks: number;
  /** Bookmarks whose text the saved copy no longer holds. */
  unplaced: number;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function SavedCopyBanner({ cableId, lastUrl, bookmarks, unplaced }: Props) {
  return (
    <aside class="sc-banner" aria-label="Saved copy">
      <p class="sc-line">
        <strong>{`Saved copy of ${cableId}`}</strong>
        <span>, kept by Cable Reader in this browser: it opens without a network.</span>
      </p>
      <p class="sc-line">
        {lastUrl ? (
          <>
            {`Last seen ${dateFormat.format(new Date(lastUrl.lastSeen))} at `}
            <a href={lastUrl.url} rel="noreferrer">
              {lastUrl.url}
            </a>
            {'. '}
          </>
        ) : null}
        {bookmarks ? `${bookmarks} bookmarked paragraph${bookmarks === 1 ? '' : 's'}.` : 'No bookmarks.'}
        {unplaced
          ? ` ${unplaced} bookmark${unplaced === 1 ? '' : 's'} could not be placed in this copy (see the popup).`
          : ''}
      </p>
    </aside>
  );
}
