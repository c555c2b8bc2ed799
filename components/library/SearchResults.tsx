// Full-text search results of the library: per hit the cable, the paragraph, what matched (saved text, a note,
// a highlight) and a snippet with the matched words marked; links to the saved copy and the mirror at that
// paragraph. Snippet runs are text nodes in <mark> or plain: no markup from the data.
import { t } from '../../lib/i18n/t';
import type { LibraryHit } from '../../lib/store/library-search';

interface Props {
  query: string;
  hits: readonly LibraryHit[];
  savedHref: (cableId: string, blockKey: string | null) => string;
  mirrorHref: (url: string, blockKey: string | null) => string;
}

const KIND_KEYS = {
  cable: 'lib_kindCable',
  paragraph: 'lib_kindParagraph',
  note: 'lib_kindNote',
  highlight: 'lib_kindHighlight',
} as const;

export function SearchResults({ query, hits, savedHref, mirrorHref }: Props) {
  if (hits.length === 0) return <p class="lib-muted">{t('lib_noResults', query)}</p>;
  return (
    <ol class="lib-results">
      {hits.map((hit, i) => (
        // Hits have no identity of their own beyond cable, kind and place.
        <li key={`${hit.cableId}-${hit.kind}-${hit.ref ?? hit.blockKey ?? ''}-${i}`} class="lib-hit">
          <div class="lib-hit-head">
            <a class="lib-hit-title" href={savedHref(hit.cableId, hit.blockKey)}>
              {hit.blockKey ? t('lib_hitAt', hit.cableId, hit.label ?? hit.blockKey) : hit.cableId}
            </a>
            <span class="lib-kind">{t(KIND_KEYS[hit.kind])}</span>
            {hit.url ? (
              <a class="lib-mirror" href={mirrorHref(hit.url, hit.blockKey)} target="_blank" rel="noreferrer">
                {t('lib_onMirror')}
              </a>
            ) : null}
          </div>
          {hit.subject ? <div class="lib-subject">{hit.subject}</div> : null}
          <p class="lib-snippet">
            {hit.snippet.map((run, j) =>
              // Runs have no identity beyond their order.
              run.mark ? <mark key={j}>{run.text}</mark> : run.text,
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
