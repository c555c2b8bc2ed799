// Writes or edits one note in place: a text area with Save and Cancel (Ctrl+Enter saves, Escape cancels).
// Presentational: saving is the caller's promise, which says whether the note was kept.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/t';

interface Props {
  /** The text to start from ('' for a new note). */
  initial: string;
  /** Accessible name of the text area, e.g. "Note on paragraph 4 of 08ASTANA1147". */
  label: string;
  /** Resolves true once stored; the editor then closes (the caller re-renders without it). */
  onSave: (text: string) => Promise<boolean>;
  onCancel: () => void;
  saveLabel?: string;
  /** Focus the text area when it appears. */
  autoFocus?: boolean;
}

export function NoteEditor({
  initial,
  label,
  onSave,
  onCancel,
  saveLabel = t('note_save'),
  autoFocus = true,
}: Props) {
  const [text, setText] = useState(initial);
  const [saving, setSaving] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    if (!autoFocus || !area.current) return;
    area.current.focus();
    area.current.setSelectionRange(area.current.value.length, area.current.value.length);
  }, [autoFocus]);

  const blank = text.trim() === '';
  const save = async () => {
    if (blank || saving) return;
    setSaving(true);
    const kept = await onSave(text);
    // On failure the caller shows why; the text stays so nothing typed is lost.
    if (!kept) setSaving(false);
  };

  return (
    <form
      class="bm-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <textarea
        ref={area}
        class="bm-editor-text"
        aria-label={label}
        value={text}
        rows={Math.min(10, Math.max(3, text.split('\n').length + 1))}
        onInput={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void save();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onCancel();
          }
        }}
      />
      <div class="bm-editor-actions">
        <button type="submit" class="bm-button bm-primary" disabled={blank || saving}>
          {saving ? t('note_saving') : saveLabel}
        </button>
        <button type="button" class="bm-button" onClick={onCancel}>
          {t('note_cancel')}
        </button>
        <span class="bm-hint">{t('note_hint')}</span>
      </div>
    </form>
  );
}
