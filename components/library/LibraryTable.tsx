// The library: every kept cable, sortable by date read, cable date, origin or classification, with its counts
// of bookmarks, highlights and notes and the reader's tags. Presentational: opening a cable is the caller's.
import { useState } from 'preact/hooks';
import { mediumDate } from '../../lib/i18n/dates';
import { plural, t } from '../../lib/i18n/t';
import type { LibraryEntry } from '../../lib/store/library';
import { LevelBadge } from '../popup/LevelBadge';
import { MoreSentinel } from '../popup/MoreSentinel';

/**
 * Rows drawn at first, and added each time the end of the table comes into view: a thousand rows take most of a
 * second to draw on a slow machine, and the first screen needs a few dozen.
 */
const DRAW_STEP = 40;

export type LibrarySort = 'read' | 'date' | 'origin' | 'classification';

const LEVEL_ORDER: Record<string, number> = { TS: 5, S: 4, C: 3, SBU: 2, U: 1 };

/** The entries in the chosen order (most recent or highest first; origin alphabetically). */
function sortEntries(entries: readonly LibraryEntry[], sort: LibrarySort): LibraryEntry[] {
  const by: Record<LibrarySort, (a: LibraryEntry, b: LibraryEntry) => number> = {
    read: (a, b) => b.readAt - a.readAt,
    date: (a, b) => (b.date ?? '').localeCompare(a.date ?? ''),
    origin: (a, b) => (a.origin ?? '\uffff').localeCompare(b.origin ?? '\uffff'),
    classification: (a, b) => (LEVEL_ORDER[b.level ?? ''] ?? 0) - (LEVEL_ORDER[a.level ?? ''] ?? 0),
  };
  return [...entries].sort((a, b) => by[sort](a, b) || (a.id < b.id ? -1 : 1));
}

interface Props {
  entries: readonly LibraryEntry[];
  sort: LibrarySort;
  onSort: (sort: LibrarySort) => void;
  /** Address of the saved copy of a cable. */
  savedHref: (id: string) => string;
}

export function LibraryTable({ entries, sort, onSort, savedHref }: Props) {
  const [drawLimit, setDrawLimit] = useState(DRAW_STEP);
  const sorted = sortEntries(entries, sort);
  const drawn = sorted.slice(0, drawLimit);
  const header = (key: LibrarySort, label: string) => (
    <th scope="col" aria-sort={sort === key ? (key === 'origin' ? 'ascending' : 'descending') : undefined}>
      <button type="button" class="lib-sort" aria-pressed={sort === key} onClick={() => onSort(key)}>
        {label}
      </button>
    </th>
  );
  return (
    <>
      <table class="lib-table">
        <thead>
          <tr>
            <th scope="col">{t('lib_colCable')}</th>
            {header('date', t('lib_colDate'))}
            {header('origin', t('lib_colOrigin'))}
            {header('classification', t('lib_colClassification'))}
            {header('read', t('lib_colRead'))}
            <th scope="col">{t('lib_colCounts')}</th>
            <th scope="col">{t('lib_colTags')}</th>
          </tr>
        </thead>
        <tbody>
          {drawn.map((entry) => (
            <tr key={entry.id}>
              <td>
                {entry.saved ? <a href={savedHref(entry.id)}>{entry.id}</a> : entry.id}
                {entry.subject ? <div class="lib-subject">{entry.subject}</div> : null}
              </td>
              <td>{entry.date ? mediumDate(entry.date) : ''}</td>
              <td>{entry.origin ?? ''}</td>
              <td>
                <LevelBadge level={entry.level} classification={entry.classification} />
              </td>
              <td>{mediumDate(entry.readAt)}</td>
              <td class="lib-counts">
                {t(
                  'lib_counts',
                  plural('count_bookmarks', entry.bookmarks),
                  plural('count_highlights', entry.highlights),
                  plural('count_notes', entry.notes),
                )}
              </td>
              <td>
                {entry.tags.map((tag) => (
                  <span key={tag} class="lib-tag">
                    {tag}
                  </span>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {drawn.length < sorted.length ? (
        <MoreSentinel onVisible={() => setDrawLimit((n) => n + DRAW_STEP)} busy={false} />
      ) : null}
    </>
  );
}
