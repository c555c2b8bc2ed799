// A cable's classification as a small badge coloured by level (`S`, `C`, `SBU`...), the full banner on hover and
// for screen readers. Presentational.
import { levelOf } from '../../lib/cable/markings';
import type { Level } from '../../lib/cable/types';
import { t } from '../../lib/i18n/t';
import { levelName } from '../../lib/i18n/vocabulary';

interface Props {
  level: Level | null;
  classification: string | null;
}

export function LevelBadge({ level, classification }: Props) {
  const full = classification ?? (level ? levelName(level) : t('level_unknown'));
  return (
    <span class="bm-level" data-level={level ?? 'unknown'} title={full}>
      <span aria-hidden="true">{level ?? '?'}</span>
      <span class="bm-sr">{t('bm_classification', full)}</span>
    </span>
  );
}

/** A paragraph's portion marking (`SBU`, `S//NF`) in the same style, coloured by its level. */
export function MarkingTag({ marking }: { marking: string }) {
  return (
    <span class="bm-marking" data-level={levelOf(marking) ?? 'unknown'} title={t('bm_marked', marking)}>
      {`(${marking})`}
    </span>
  );
}
