// A paragraph's bookmark toggle and its way to the notes page, in the clean view's margin (reached with the
// paragraph's arrow keys, out of the tab order). Shows whether the paragraph carries notes, never what they say.
// Presentational: the caller owns the bookmark state and actions.
import { t } from '../../lib/i18n/t';

interface Props {
  /** The paragraph's label as written (`4`, `B`). */
  label: string;
  bookmarked: boolean;
  hasNotes: boolean;
  /** A request for this paragraph is on its way. */
  busy?: boolean;
  /** Why the last action failed, for the reader; null when it did not. */
  error?: string | null;
  /** The native click, so the caller can refuse synthetic ones (`isTrusted`). */
  onToggle: (event: MouseEvent) => void;
  onNotes: (event: MouseEvent) => void;
}

function BookmarkIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M6 3.5h12v17l-6-4.2-6 4.2z" />
    </svg>
  );
}

function NotesIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M5 3.5h10l4 4v13H5z" />
      <path d="M8.5 11h7M8.5 14.5h7M8.5 18h4" />
    </svg>
  );
}

export function BookmarkControls({ label, bookmarked, hasNotes, busy, error, onToggle, onNotes }: Props) {
  const toggleHint = bookmarked ? t('bm_removeOn', label) : t('bm_bookmarkParagraph', label);
  const notesName = hasNotes ? t('bm_notesOnHas', label) : t('bm_notesOn', label);
  return (
    <>
      <button
        type="button"
        class="cr-action cr-bm"
        aria-label={t('bm_bookmarkParagraph', label)}
        aria-pressed={bookmarked}
        aria-busy={busy || undefined}
        tabIndex={-1}
        title={toggleHint}
        onClick={(event) => onToggle(event)}
      >
        <BookmarkIcon />
      </button>
      <button
        type="button"
        class="cr-action cr-bm-notes"
        data-has-notes={hasNotes ? 'true' : undefined}
        aria-label={notesName}
        tabIndex={-1}
        title={hasNotes ? t('bm_readNotes', label) : t('bm_writeNote', label)}
        onClick={(event) => onNotes(event)}
      >
        <NotesIcon />
      </button>
      {error ? (
        <span class="cr-bm-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
