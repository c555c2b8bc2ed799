// The notes page's content: which cable and paragraph, the paragraph's text, its notes with Edit and Delete, and
// the editor for a new note (open from the start). Presentational: the notes page entry owns data and requests.
import type { Block } from '../../lib/cable/types';
import { mediumDate } from '../../lib/i18n/dates';
import { t } from '../../lib/i18n/t';
import type { SavedCable } from '../../lib/store/results';
import type { NoteRecord } from '../../lib/store/schema';
import { hostOf, paragraphName } from './format';
import { LevelBadge, MarkingTag } from './LevelBadge';
import { type NoteActions, NoteList } from './NoteList';

interface Props {
  cable: SavedCable['cable'];
  /** The paragraph in the saved copy (head first, then its sub-blocks); empty when the copy lacks it. */
  blocks: readonly Block[];
  label: string | null;
  bookmarked: boolean;
  notes: readonly NoteRecord[];
  adding: boolean;
  onAddingChange: (adding: boolean) => void;
  actions: NoteActions;
  onOpenMirror: (() => void) | null;
  onOpenSaved: (() => void) | null;
  onRemoveBookmark: (() => void) | null;
}

export function ParagraphNotes(props: Props) {
  const { cable, blocks, label, bookmarked, notes, actions } = props;
  const [head] = blocks;
  const about = t('bm_about', paragraphName(label), cable.id);
  const lastUrl = cable.urls[0]?.url ?? null;
  return (
    <article class="np" aria-labelledby="np-title">
      <header class="np-head">
        <p class="bm-group-line">
          <LevelBadge level={cable.level} classification={cable.classification} />
          <span class="bm-id">{cable.id}</span>
          <span class="bm-details">
            {[cable.origin, cable.date ? mediumDate(cable.date) : null].filter(Boolean).join(' · ')}
          </span>
        </p>
        <h1 id="np-title" class="np-title">
          {t('note_listAria', paragraphName(label))}
        </h1>
        {cable.subject ? <p class="np-subject">{cable.subject}</p> : null}
      </header>
      {head ? (
        <blockquote class="np-quote">
          {blocks.map((block) => (
            <p key={block.key} class="np-quote-part">
              {block === head ? null : block.number ? `${block.number}. ` : null}
              {block.marking ? <MarkingTag marking={block.marking} /> : null}
              {block.marking ? ' ' : null}
              {block.text}
            </p>
          ))}
        </blockquote>
      ) : (
        <p class="bm-muted">{t('np_notInCopy')}</p>
      )}
      <p class="bm-group-actions">
        {props.onOpenMirror && lastUrl ? (
          <button type="button" class="bm-link" onClick={props.onOpenMirror}>
            {t('bm_openOn', hostOf(lastUrl))}
          </button>
        ) : null}
        {props.onOpenSaved ? (
          <button type="button" class="bm-link" onClick={props.onOpenSaved}>
            {t('np_readSaved')}
          </button>
        ) : null}
        {bookmarked && props.onRemoveBookmark ? (
          <button
            type="button"
            class="bm-link bm-danger"
            aria-label={t('bm_deleteAria', about)}
            onClick={props.onRemoveBookmark}
          >
            {notes.length ? t('np_deleteWithNotes') : t('np_deleteBookmark')}
          </button>
        ) : null}
      </p>
      <section class="np-notes" aria-labelledby="np-notes-title">
        <h2 id="np-notes-title" class="np-section-title">
          {notes.length ? t('np_notesCount', notes.length) : t('np_notes')}
        </h2>
        {notes.length === 0 && !props.adding ? <p class="bm-muted">{t('np_noNotes')}</p> : null}
        {!bookmarked ? <p class="bm-muted">{t('np_bookmarksToo')}</p> : null}
        <NoteList
          notes={notes}
          subject={about}
          adding={props.adding}
          onAddingChange={props.onAddingChange}
          addNote={actions.addNote}
          updateNote={actions.updateNote}
          deleteNote={actions.deleteNote}
        />
      </section>
    </article>
  );
}
