// The cable's overall classification as a banner strip coloured by its level.
// Presentational: the banner text and level come from the pipeline's header fields.
import type { Level } from '../lib/cable/types';
import { LEVEL_NAMES as LEVEL_WORDS } from '../lib/cable/vocabulary';
import { t, uiLocale } from '../lib/i18n/t';
import { levelName } from '../lib/i18n/vocabulary';

// Letters only, so `C O N F I D E N T I A L` and `SECRET//NOFORN` compare with the level's name.
function lettersOf(text: string): string {
  return text.toUpperCase().replace(/[^A-Z]/g, '');
}

interface Props {
  classification: string | null;
  level: Level | null;
}

/** The banner's text, and the level's name beside it where the cable's own words do not start with it. */
export function bannerWords({ classification, level }: Props): { text: string; levelWord: string | null } {
  // The cable's own banner words as written; without them, the level (or its absence) in the reader's language.
  const text =
    classification ?? (level ? levelName(level) : t('level_unknown')).toLocaleUpperCase(uiLocale());
  const differs =
    level && classification && !lettersOf(classification).startsWith(lettersOf(LEVEL_WORDS[level]));
  return { text, levelWord: differs ? levelName(level) : null };
}

export function ClassificationBanner({ classification, level }: Props) {
  const { text, levelWord } = bannerWords({ classification, level });
  return (
    <p class="cr-banner" data-level={level ?? 'unknown'}>
      <span class="cr-sr">{`${t('bar_classification')} `}</span>
      {text}
      {levelWord ? <span class="cr-banner-level">{levelWord}</span> : null}
    </p>
  );
}
