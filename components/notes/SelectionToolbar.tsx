// The small toolbar at a text selection in the clean view: one button per highlight colour (with its label) and
// "Note". Presentational: where it sits and what the buttons do are the caller's.
import { COLOUR_CHOICES } from '../../lib/highlights/colours';
import { t } from '../../lib/i18n/t';
import type { HighlightColour } from '../../lib/store/schema';

interface Props {
  /** Viewport position of the selection's top-left corner and its width, to sit just above it. */
  at: { top: number; left: number; width: number };
  onHighlight: (colour: HighlightColour, event: MouseEvent) => void;
  onNote: (event: MouseEvent) => void;
  /** A sentence saying what went wrong, or null. */
  error: string | null;
}

export function SelectionToolbar({ at, onHighlight, onNote, error }: Props) {
  const left = Math.max(8, at.left + at.width / 2);
  return (
    <div
      class="cr-seltools"
      role="toolbar"
      aria-label={t('sel_toolbar')}
      style={{ top: `${Math.max(8, at.top - 44)}px`, left: `${left}px` }}
      // Keeps the selection: a mousedown on a button would otherwise collapse it before the click.
      onMouseDown={(event) => event.preventDefault()}
    >
      {COLOUR_CHOICES.map((choice) => (
        <button
          key={choice.colour}
          type="button"
          class={`cr-seltools-colour cr-hl-swatch-${choice.colour}`}
          title={t('sel_highlightTitle', t(choice.labelKey), choice.key)}
          aria-label={t('sel_highlight', t(choice.labelKey))}
          onClick={(event) => onHighlight(choice.colour, event)}
        />
      ))}
      <button type="button" class="cr-seltools-note" title={t('sel_noteTitle')} onClick={onNote}>
        {t('sel_note')}
      </button>
      {error ? (
        <span class="cr-seltools-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
