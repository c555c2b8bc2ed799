// The summary of a cable's markings (count per marking, highest level) that doubles as the marking filter:
// pick a marking to highlight its paragraphs, or to show only them. Presentational; the caller keeps the state.
import { markingMeaning } from '../lib/i18n/marking-meaning';
import { plural, t } from '../lib/i18n/t';
import { levelName } from '../lib/i18n/vocabulary';
import type { MarkingSummary } from '../lib/view/marking-summary';

export interface MarkingFilter {
  /** Normalised marking whose paragraphs are picked out, or null for no filter. */
  marking: string | null;
  /** Highlight the picked paragraphs, or hide every other one. */
  mode: 'highlight' | 'only';
}

export const NO_FILTER: MarkingFilter = { marking: null, mode: 'highlight' };

interface Props {
  summary: MarkingSummary;
  filter: MarkingFilter;
  onFilter: (filter: MarkingFilter) => void;
}

export function MarkingSummaryBar({ summary, filter, onFilter }: Props) {
  if (summary.counts.length === 0) {
    return <p class="cr-markings-none">{t('view_noMarkings')}</p>;
  }
  const marked = summary.counts.reduce((sum, c) => sum + c.count, 0);
  return (
    <fieldset class="cr-markings">
      <legend class="cr-sr">{t('view_markings')}</legend>
      <p class="cr-markings-total">
        {plural('view_marked', marked)}
        {summary.highest ? (
          <>
            {`${t('list_separator')}${t('view_highest')} `}
            <strong class="cr-level-word" data-level={summary.highest}>
              {levelName(summary.highest)}
            </strong>
          </>
        ) : null}
      </p>
      <ul class="cr-chips">
        {summary.counts.map(({ marking, level, count }) => {
          const active = filter.marking === marking;
          return (
            <li key={marking}>
              <button
                type="button"
                class="cr-chip"
                data-level={level ?? 'unknown'}
                aria-pressed={active}
                title={markingMeaning(marking)}
                onClick={() => onFilter({ ...filter, marking: active ? null : marking })}
              >
                <span aria-hidden="true">{marking}</span>
                <span class="cr-chip-count" aria-hidden="true">
                  {count}
                </span>
                <span class="cr-sr">{t('view_chipName', marking, count, markingMeaning(marking))}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {filter.marking ? (
        <span class="cr-filter-controls">
          <button
            type="button"
            class="cr-chip cr-chip-plain"
            aria-pressed={filter.mode === 'only'}
            onClick={() => onFilter({ ...filter, mode: filter.mode === 'only' ? 'highlight' : 'only' })}
          >
            {t('view_hideOthers')}
          </button>
          <button type="button" class="cr-chip cr-chip-plain" onClick={() => onFilter(NO_FILTER)}>
            {t('view_clearFilter')}
          </button>
        </span>
      ) : null}
    </fieldset>
  );
}
