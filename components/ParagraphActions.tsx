// The per-paragraph controls in the margin: copy a link to the paragraph, open the menu of citation styles, and
// any the caller adds (bookmarks). Out of the tab order: the paragraph's arrow keys reach them.
// Presentational: what "copy" does is the caller's.
import type { ComponentChildren } from 'preact';
import { t } from '../lib/i18n/t';

interface Props {
  label: string;
  onCopyLink: () => void;
  /** Opens the citation menu under the given button. */
  onCiteMenu: (button: HTMLElement) => void;
  children?: ComponentChildren;
}

function QuoteIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M4 18c2.5-1 4-3.2 4-6V6H3v6h5" />
      <path d="M14 18c2.5-1 4-3.2 4-6V6h-5v6h5" />
    </svg>
  );
}

function LinkIcon() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7" />
      <path d="M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7" />
    </svg>
  );
}

export function ParagraphActions({ label, onCopyLink, onCiteMenu, children }: Props) {
  const linkName = t('view_copyLink', label);
  const citeName = t('view_copyCitation', label);
  return (
    <div class="cr-actions">
      <button
        type="button"
        class="cr-action"
        aria-label={linkName}
        title={linkName}
        tabIndex={-1}
        onClick={onCopyLink}
      >
        <LinkIcon />
      </button>
      <button
        type="button"
        class="cr-action"
        aria-label={citeName}
        title={citeName}
        aria-haspopup="menu"
        tabIndex={-1}
        onClick={(event) => onCiteMenu(event.currentTarget as HTMLElement)}
      >
        <QuoteIcon />
      </button>
      {children}
    </div>
  );
}
