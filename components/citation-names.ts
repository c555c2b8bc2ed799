// The citation styles' names in the interface language, for the citation menu and what the view announces.
import { type MessageKey, t } from '../lib/i18n/t';
import type { CitationStyle } from '../lib/view/citation';

const NAMES: Record<CitationStyle, MessageKey> = {
  short: 'cite_short',
  full: 'cite_full',
  chicago: 'cite_chicago',
  apa: 'cite_apa',
  bibtex: 'cite_bibtex',
  ris: 'cite_ris',
  'csl-json': 'cite_csl',
};

export function citationStyleName(style: CitationStyle): string {
  return t(NAMES[style]);
}
