// What the bookmark list shows when there is nothing to list: how to make a first bookmark, or that a search
// found nothing. Presentational.

interface Props {
  /** The search that found nothing, or '' when the reader has no bookmarks at all. */
  query: string;
  onImport?: () => void;
}

export function EmptyState({ query, onImport }: Props) {
  if (query.trim()) {
    return (
      <div class="bm-empty">
        <p>{`Nothing matches “${query.trim()}”.`}</p>
        <p class="bm-muted">Search looks in your notes, the bookmarked text, cable subjects and ids.</p>
      </div>
    );
  }
  return (
    <div class="bm-empty">
      <p class="bm-empty-title">No bookmarks yet</p>
      <ol class="bm-steps">
        <li>Open a cable on a mirror site; it shows in the clean view.</li>
        <li>
          Point at a paragraph (or Tab to it) and press the bookmark sign beside its number. The paragraph is
          highlighted and listed here.
        </li>
        <li>The notes sign next to it opens a page where you write notes on that paragraph.</li>
      </ol>
      <p class="bm-muted">
        Bookmarks and notes stay in this browser and follow a cable to every mirror that shows it.
        {onImport ? ' Moving from another browser? ' : ''}
        {onImport ? (
          <button type="button" class="bm-link" onClick={onImport}>
            Import a backup
          </button>
        ) : null}
      </p>
    </div>
  );
}
