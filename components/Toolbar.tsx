// The bar between header card and body: marking summary and filter, the page-break marker switch, and the way
// to the reading settings. Presentational; every change goes back through callbacks.
import { t } from '../lib/i18n/t';
import type { MarkingSummary } from '../lib/view/marking-summary';
import { type MarkingFilter, MarkingSummaryBar } from './MarkingSummaryBar';

interface Props {
  summary: MarkingSummary;
  filter: MarkingFilter;
  onFilter: (filter: MarkingFilter) => void;
  hasPageBreaks: boolean;
  pageMarkers: boolean;
  onPageMarkers: (show: boolean) => void;
  onOpenSettings?: () => void;
}

export function Toolbar(props: Props) {
  const { summary, filter, onFilter, hasPageBreaks, pageMarkers, onPageMarkers, onOpenSettings } = props;
  return (
    <div class="cr-toolbar">
      <MarkingSummaryBar summary={summary} filter={filter} onFilter={onFilter} />
      <div class="cr-tools">
        {hasPageBreaks ? (
          <button
            type="button"
            class="cr-chip cr-chip-plain"
            aria-pressed={pageMarkers}
            title={t('view_pageBreaksHint')}
            onClick={() => onPageMarkers(!pageMarkers)}
          >
            {t('view_pageBreaks')}
          </button>
        ) : null}
        {onOpenSettings ? (
          <button type="button" class="cr-chip cr-chip-plain" onClick={onOpenSettings}>
            {t('view_settings')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
