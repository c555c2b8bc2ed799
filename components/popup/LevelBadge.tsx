// A cable's classification as a small badge coloured by level (`S`, `C`, `SBU`...), the full banner on hover and
// for screen readers. Presentational.
import { levelOf } from '../../lib/cable/markings';
import type { Level } from '../../lib/cable/types';
import { LEVEL_NAMES } from '../../lib/cable/vocabulary';

interface Props {
  level: Level | null;
  classification: string | null;
}

export function LevelBadge({ level, classification }: Props) {
  const full = classification ?? (level ? LEVEL_NAMES[level] : 'Classification not given');
  return (
    <span class="bm-level" data-level={level ?? 'unknown'} title={full}>
      <span aria-hidden="true">{level ?? '?'}</span>
      <span class="bm-sr">{`Classification: ${full}.`}</span>
    </span>
  );
}

/** A paragraph's portion marking (`SBU`, `S//NF`) in the same style, coloured by its level. */
export function MarkingTag({ marking }: { marking: string }) {
  return (
    <span class="bm-marking" data-level={levelOf(marking) ?? 'unknown'} title={`Marked ${marking}`}>
      {`(${marking})`}
    </span>
  );
}
