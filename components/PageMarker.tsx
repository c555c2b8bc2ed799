// A subtle marker where the teletype's page break stood ("page 2 of 3"): between blocks a line of its own, inside
// a paragraph a word-sized mark at the spot where the sentences were rejoined; never the header text itself.
// Presentational: the reader switches markers off in the toolbar or the settings; never part of a copy.
import type { PageBreak } from '../lib/cable/types';
import { t } from '../lib/i18n/t';
import { COPY_SKIP } from '../lib/view/clean-copy';
import { pageMarkerLabel } from '../lib/view/page-markers';

function PageMarker({ pageBreak }: { pageBreak: PageBreak }) {
  const label = pageMarkerLabel(pageBreak);
  return (
    <p class="cr-page-marker" title={t('view_pageMarkerTitle')} {...{ [COPY_SKIP]: '' }}>
      {label}
    </p>
  );
}

/** A break that stood inside a block's text, at its place in the sentence. */
export function InlinePageMarker({ pageBreak }: { pageBreak: PageBreak }) {
  return (
    <span class="cr-page-mark" title={t('view_pageMarkerTitle')} {...{ [COPY_SKIP]: '' }}>
      {pageMarkerLabel(pageBreak)}
    </span>
  );
}

/** The markers of the breaks that stood at one place (usually none or one). */
export function PageMarkers({ list }: { list: readonly PageBreak[] | undefined }) {
  return (
    <>
      {list?.map((pb) => (
        <PageMarker key={pb.offset} pageBreak={pb} />
      ))}
    </>
  );
}
