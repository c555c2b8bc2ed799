// The highlight colours the reader chooses from, each with the label that says what it is for. One table, used
// by the selection toolbar, the notes panel, the library and the Markdown export.
import type { HighlightColour } from '../store/schema';

interface ColourChoice {
  colour: HighlightColour;
  /** What the colour means, shown beside it and in exports. */
  label: string;
  /** Keyboard digit in the selection toolbar. */
  key: string;
}

/** In toolbar order; the first is the default for `h`. */
const COLOUR_CHOICES: readonly ColourChoice[] = [
  { colour: 'yellow', label: 'Key fact', key: '1' },
  { colour: 'blue', label: 'Follow up', key: '2' },
  { colour: 'pink', label: 'Question', key: '3' },
  { colour: 'green', label: 'Source or name', key: '4' },
  { colour: 'purple', label: 'Doubtful', key: '5' },
];

/** The label of a colour. */
export function colourLabel(colour: HighlightColour): string {
  return COLOUR_CHOICES.find((c) => c.colour === colour)?.label ?? colour;
}
