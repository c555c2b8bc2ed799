// One highlight in the notes panel: its quote (the passage as it was highlighted), colour with its label, note
// and tags, a link to its paragraph, and Delete. Note text is shown as text nodes. Storing is the caller's.
import { useEffect, useRef, useState } from 'preact/hooks';
import { COLOUR_CHOICES } from '../../lib/highlights/colours';
import { t } from '../../lib/i18n/t';
import type { HighlightChange } from '../../lib/store/highlights';
import type { PlacedHighlight } from '../../lib/store/results';
import { TagEditor } from './TagEditor';

interface Props {
  item: PlacedHighlight;
  knownTags: readonly string[];
  /** Open the note editor and focus it (the reader pressed "Note" at the selection). */
  focusNote: boolean;
  onChange: (change: HighlightChange) => Promise<boolean>;
  onDelete: () => void;
  /** Scroll the view to this paragraph; null when the highlight is not found in the page. */
  onGoTo: (() => void) | null;
}

export function HighlightCard({ item, knownTags, focusNote, onChange, onDelete, onGoTo }: Props) {
  const { highlight, placed } = item;
  const [note, setNote] = useState(highlight.note);
  const [saving, setSaving] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => setNote(highlight.note), [highlight.note]);
  useEffect(() => {
    if (focusNote) area.current?.focus();
  }, [focusNote]);
  const dirty = note !== highlight.note;
  const save = async () => {
    setSaving(true);
    await onChange({ note });
    setSaving(false);
  };
  const label = highlight.label ?? placed.blockKey ?? highlight.blockKey;
  return (
    <article class={`np-hl np-hl-${highlight.colour}`} data-highlight={highlight.id}>
      <header class="np-hl-head">
        {onGoTo ? (
          <button type="button" class="np-link" onClick={onGoTo}>
            {t('panel_goToParagraph', label)}
          </button>
        ) : (
          <span class="np-orphan">{t('panel_notFound')}</span>
        )}
        <select
          class="np-colour"
          aria-label={t('panel_colour')}
          value={highlight.colour}
          onChange={(event) => void onChange({ colour: event.currentTarget.value as never })}
        >
          {COLOUR_CHOICES.map((choice) => (
            <option key={choice.colour} value={choice.colour}>
              {t(choice.labelKey)}
            </option>
          ))}
        </select>
      </header>
      <blockquote class="np-quote">{highlight.selectors[0].exact}</blockquote>
      <textarea
        ref={area}
        class="np-note"
        rows={note ? 3 : 2}
        value={note}
        placeholder={t('panel_notePlaceholder')}
        aria-label={t('panel_noteOn', label)}
        onInput={(event) => setNote(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
        }}
      />
      <div class="np-hl-actions">
        {dirty ? (
          <button type="button" class="np-save" disabled={saving} onClick={() => void save()}>
            {t('note_save')}
          </button>
        ) : null}
        <TagEditor
          tags={highlight.tags}
          known={knownTags}
          listId={`tags-${highlight.id}`}
          onChange={(tags) => void onChange({ tags })}
        />
        <button type="button" class="np-delete" onClick={onDelete}>
          {t('panel_deleteHighlight')}
        </button>
      </div>
    </article>
  );
}
