// The bar between header card and body: marking summary and filter, the page-break marker switch, and the way
// to the reading settings. Presentational; every change goes back through callbacks.
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
            title="Mark where the original pages broke"
            onClick={() => onPageMarkers(!pageMarkers)}
          >
            Page breaks
          </button>
        ) : null}
        {onOpenSettings ? (
          <button type="button" class="cr-chip cr-chip-plain" onClick={onOpenSettings}>
            Reading settings
          </button>
        ) : null}
      </div>
    </div>
  );
}
