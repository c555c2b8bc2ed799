// The notes of one bookmark (or of a whole cable): each as written, with Edit and Delete, and "Add note".
// Notes are plain text shown as text nodes. Presentational: storing is the caller's.
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';
import type { NoteRecord } from '../../lib/store/schema';
import { shortTime } from './format';
import { NoteEditor } from './NoteEditor';

export interface NoteActions {
  /** Resolves true when stored. */
  addNote(text: string): Promise<boolean>;
  updateNote(note: NoteRecord, text: string): Promise<boolean>;
  deleteNote(note: NoteRecord): void;
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
}

function edited(note: NoteRecord): string {
  return note.updatedAt > note.createdAt
    ? t('note_edited', shortTime(note.updatedAt))
    : shortTime(note.createdAt);
}

export function NoteList(props: Props) {
  const { notes, subject, addNote, updateNote, deleteNote, hideAdd } = props;
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
