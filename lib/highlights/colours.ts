// The highlight colours the reader chooses from, each with the label that says what it is for. One table, used
// by the selection toolbar, the notes panel, the library and the Markdown export.
import type { MessageKey } from '../i18n/t';
import type { HighlightColour } from '../store/schema';

export interface ColourChoice {
  colour: HighlightColour;
  /** What the colour means, in English for exports. */
  label: string;
  /** The same in the interface language. */
  labelKey: MessageKey;
  /** Keyboard digit in the selection toolbar. */
  key: string;
}

/** In toolbar order; the first is the default for `h`. */
export const COLOUR_CHOICES: readonly ColourChoice[] = [
  { colour: 'yellow', label: 'Key fact', labelKey: 'hl_colour1', key: '1' },
  { colour: 'blue', label: 'Follow up', labelKey: 'hl_colour2', key: '2' },
  { colour: 'pink', label: 'Question', labelKey: 'hl_colour3', key: '3' },
  { colour: 'green', label: 'Source or name', labelKey: 'hl_colour4', key: '4' },
  { colour: 'purple', label: 'Doubtful', labelKey: 'hl_colour5', key: '5' },
];

/** The label of a colour. */
export function colourLabel(colour: HighlightColour): string {
  return COLOUR_CHOICES.find((c) => c.colour === colour)?.label ?? colour;
}
