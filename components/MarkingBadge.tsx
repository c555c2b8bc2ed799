// A portion marking as a badge coloured by level: its meaning on hover (title), said shortly to screen readers
// ("Secret, NOFORN"), and copied as the cable wrote it (`(S/NF)`), at a block's start or inside its text.
// Presentational: it never parses text.
import { levelOf } from '../lib/cable/markings';
import { markingMeaning } from '../lib/i18n/marking-meaning';
import { t } from '../lib/i18n/t';
import { COPY_AS } from '../lib/view/clean-copy';
import { spokenMarking } from '../lib/view/marking-words';

interface Props {
  /** Normalised marking (`S//NF`). */
  marking: string;
  /** As the cable wrote it, shown on hover when it differs (`(S/NF)`). */
  written?: string | null;
  /**
   * Stands inside the text, whose own words `written` is (`... said: (S//NF) The ...`): shown as written, so it is
   * copied and anchored as the text it is, not as a badge the view added.
   */
  inText?: boolean;
}

export function MarkingBadge({ marking, written, inText = false }: Props) {
  const meaning = markingMeaning(marking);
  const level = levelOf(marking) ?? 'unknown';
  if (inText && written)
    return (
      <span class="cr-badge cr-badge-in-text" data-level={level} title={meaning}>
        <span aria-hidden="true">{written}</span>
        <span class="cr-sr">{spokenMarking(marking)}</span>
      </span>
    );
  const asWritten = written && written !== `(${marking})` ? ` ${t('view_writtenAs', written)}` : '';
  const copyAs = { [COPY_AS]: `${written ?? `(${marking})`} ` };
  return (
    <span class="cr-badge" data-level={level} title={`${meaning}${asWritten}`} {...copyAs}>
      <span aria-hidden="true">{marking}</span>
      <span class="cr-sr">{`${spokenMarking(marking)}: `}</span>
    </span>
  );
}
