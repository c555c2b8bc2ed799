// A portion marking as a badge coloured by level, its meaning on hover (title) and read out to screen readers.
// Presentational: it shows the normalised marking it is given and never parses text.
import { describeMarking, levelOf } from '../lib/cable/markings';

interface Props {
  /** Normalised marking (`S//NF`). */
  marking: string;
  /** As the cable wrote it, shown on hover when it differs (`(S/NF)`). */
  written?: string | null;
}

export function MarkingBadge({ marking, written }: Props) {
  const meaning = describeMarking(marking);
  const asWritten = written && written !== `(${marking})` ? ` (written ${written})` : '';
  return (
    <span class="cr-badge" data-level={levelOf(marking) ?? 'unknown'} title={`${meaning}${asWritten}`}>
      <span aria-hidden="true">{marking}</span>
      <span class="cr-sr">{`Marked ${marking}: ${meaning}.`}</span>
    </span>
  );
}
