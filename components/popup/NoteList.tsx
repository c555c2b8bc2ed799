// The notes of one bookmark (or of a whole cable): each as written with its tags, Edit and Delete, and "Add note";
// where the caller can retag, each note's tags are edited in place. Notes are plain text shown as text nodes.
// Presentational: storing is the caller's.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import type { NoteRecord } from '../../lib/store/schema';
import { TagEditor } from '../notes/TagEditor';
import { shortTime } from './format';
import { NoteEditor } from './NoteEditor';

export interface NoteActions {
  /** Resolves true when stored. */
  addNote(text: string): Promise<boolean>;
  updateNote(note: NoteRecord, text: string): Promise<boolean>;
  deleteNote(note: NoteRecord): void;
  /** Replaces a note's tags; without it the tags are only shown. Resolves true when stored. */
  retagNote?(note: NoteRecord, tags: string[]): Promise<boolean>;
}

interface Props extends NoteActions {
  notes: readonly NoteRecord[];
  /** What the notes are about, for accessible names: "paragraph 4 of 08ASTANA1147". */
  subject: string;
  /** Show the "Add note" editor from the start (the notes page). */
  adding?: boolean;
  onAddingChange?: (adding: boolean) => void;
  /** Hide the "Add note" button (the caller offers its own). */
  hideAdd?: boolean;
  /** Tags in use anywhere, suggested when tagging. */
  knownTags?: readonly string[];
}

function edited(note: NoteRecord): string {
  return note.updatedAt > note.createdAt
    ? t('note_edited', shortTime(note.updatedAt))
    : shortTime(note.createdAt);
}

export function NoteList(props: Props) {
  const { notes, subject, addNote, updateNote, deleteNote, retagNote, hideAdd, knownTags = [] } = props;
  const [editing, setEditing] = useState<string | null>(null);
  const [localAdding, setLocalAdding] = useState(false);
  const adding = props.adding ?? localAdding;
  const setAdding = (value: boolean) => (props.onAddingChange ?? setLocalAdding)(value);

  return (
    <div class="bm-notes">
      {notes.length > 0 ? (
        <ul class="bm-note-list" aria-label={t('note_listAria', subject)}>
          {notes.map((note, i) => (
            <li key={note.id} class="bm-note">
              {editing === note.id ? (
                <NoteEditor
                  initial={note.text}
                  label={t('note_editAria', i + 1, subject)}
                  onSave={async (text) => {
                    const kept = await updateNote(note, text);
                    if (kept) setEditing(null);
                    return kept;
                  }}
                  onCancel={() => setEditing(null)}
                />
              ) : (
                <>
                  <p class="bm-note-text">{note.text}</p>
                  {retagNote ? (
                    <TagEditor
                      tags={note.tags}
                      known={knownTags}
                      listId={`tags-note-${note.id}`}
                      label={t('note_tagsAria', i + 1, subject)}
                      onChange={(tags) => void retagNote(note, tags)}
                    />
                  ) : note.tags.length > 0 ? (
                    <ul class="bm-note-tags" aria-label={t('note_tagsAria', i + 1, subject)}>
                      {note.tags.map((tag) => (
                        <li key={tag} class="bm-tag">
                          {tag}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  <p class="bm-note-meta">
                    <span>{edited(note)}</span>
                    <button
                      type="button"
                      class="bm-link"
                      aria-label={t('note_editAria', i + 1, subject)}
                      onClick={() => setEditing(note.id)}
                    >
                      {t('note_edit')}
                    </button>
                    <button
                      type="button"
                      class="bm-link bm-danger"
                      aria-label={t('note_deleteAria', i + 1, subject)}
                      onClick={() => deleteNote(note)}
                    >
                      {t('bm_delete')}
                    </button>
                  </p>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {adding ? (
        <NoteEditor
          initial=""
          label={t('note_newAria', subject)}
          onSave={async (text) => {
            const kept = await addNote(text);
            if (kept) setAdding(false);
            return kept;
          }}
          onCancel={() => setAdding(false)}
        />
      ) : hideAdd ? null : (
        <button
          type="button"
          class="bm-link"
          aria-label={t('note_addAria', subject)}
          onClick={() => setAdding(true)}
        >
          {t('note_add')}
        </button>
      )}
    </div>
  );
}
