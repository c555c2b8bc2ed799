// One bookmark in the list: paragraph label, marking, quote excerpt, orphan flag, its notes, and its actions
// (open at the paragraph, read the saved copy, add a note, delete). Presentational.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import type { BookmarkView, CableSummary } from '../../lib/store/groups';
import type { NoteRecord } from '../../lib/store/schema';
import { orphanText, paragraphMark, paragraphName } from './format';
import { MarkingTag } from './LevelBadge';
import { NoteList } from './NoteList';

/** What the list can do with a bookmark or cable; the popup supplies it. */
export interface ListActions {
  /** Open the cable (at the bookmark's paragraph when given) on its mirror, or in the saved copy. */
  open(cable: CableSummary, bookmark: BookmarkView | null, where: 'mirror' | 'saved'): void;
  deleteBookmark(bookmark: BookmarkView, cable: CableSummary): void;
  addNote(cable: CableSummary, bookmark: BookmarkView | null, text: string): Promise<boolean>;
  updateNote(note: NoteRecord, text: string): Promise<boolean>;
  deleteNote(note: NoteRecord): void;
}

interface Props {
  cable: CableSummary;
  bookmark: BookmarkView;
  actions: ListActions;
}

export function BookmarkItem({ cable, bookmark, actions }: Props) {
  const [adding, setAdding] = useState(false);
  const about = t('bm_about', paragraphName(bookmark.label), cable.id);
  return (
    <li class="bm-item" data-orphan={bookmark.orphan ? 'true' : undefined}>
      <p class="bm-item-head">
        <span class="bm-para">{paragraphMark(bookmark.label)}</span>
        {bookmark.marking ? <MarkingTag marking={bookmark.marking} /> : null}
        {bookmark.orphan ? (
          <span class="bm-orphan" title={orphanText(bookmark.orphan)}>
            {t('bm_orphaned')}
          </span>
        ) : null}
      </p>
      <blockquote class="bm-quote">{bookmark.excerpt}</blockquote>
      {bookmark.orphan ? <p class="bm-orphan-why">{orphanText(bookmark.orphan)}</p> : null}
      <NoteList
        notes={bookmark.notes}
        subject={about}
        adding={adding}
        onAddingChange={setAdding}
        hideAdd
        addNote={(text) => actions.addNote(cable, bookmark, text)}
        updateNote={actions.updateNote}
        deleteNote={actions.deleteNote}
      />
      <p class="bm-item-actions">
        {cable.lastUrl ? (
          <button
            type="button"
            class="bm-link"
            aria-label={t('bm_openAria', about)}
            title={t('bm_openOn', cable.lastUrl.url)}
            onClick={() => actions.open(cable, bookmark, 'mirror')}
          >
            {t('bm_open')}
          </button>
        ) : null}
        {cable.saved ? (
          <button
            type="button"
            class="bm-link"
            aria-label={t('bm_readSavedAria', about)}
            onClick={() => actions.open(cable, bookmark, 'saved')}
          >
            {t('bm_savedCopy')}
          </button>
        ) : null}
        {adding ? null : (
          <button
            type="button"
            class="bm-link"
            aria-label={t('note_addAria', about)}
            onClick={() => setAdding(true)}
          >
            {t('note_add')}
          </button>
        )}
        <button
          type="button"
          class="bm-link bm-danger"
          aria-label={t('bm_deleteAria', about)}
          onClick={() => actions.deleteBookmark(bookmark, cable)}
        >
          {t('bm_delete')}
        </button>
      </p>
    </li>
  );
}
