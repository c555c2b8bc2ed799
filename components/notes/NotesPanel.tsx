// The notes panel beside the clean view: notes on the whole cable first, then the cable's bookmarks and highlights
// in paragraph order (each linked to its paragraph), then what no longer anchors, with its quote; a filter by the
// tags used on this cable (highlights' and notes').
// Presentational: data and every change come from the caller (entrypoints/notes-panel).

import { t } from '../../lib/i18n/t';
import type { BookmarkView } from '../../lib/store/groups';
import type { HighlightChange } from '../../lib/store/highlights';
import type { PlacedHighlight, TagCount } from '../../lib/store/results';
import type { HighlightRecord, NoteRecord } from '../../lib/store/schema';
import { paragraphName } from '../popup/format';
import { type NoteActions, NoteList } from '../popup/NoteList';
import { HighlightCard } from './HighlightCard';

/** One entry of the paragraph list: a bookmark (with its notes) or a highlight. */
export type PanelEntry =
  | {
      kind: 'bookmark';
      key: string | null;
      order: number;
      bookmark: BookmarkView & { placedKey: string | null };
    }
  | { kind: 'highlight'; key: string | null; order: number; item: PlacedHighlight };

interface PanelActions {
  cableNotes: NoteActions;
  /** Notes on a bookmark: `addNote` goes to that bookmark. */
  bookmarkNotes(bookmarkId: string): NoteActions;
  updateHighlight(id: string, change: HighlightChange): Promise<boolean>;
  deleteHighlight(highlight: HighlightRecord): void;
  goTo(key: string): void;
  close(): void;
}

interface Props {
  cableId: string;
  subject: string | null;
  cableNotes: readonly NoteRecord[];
  /** In reading order; orphans (key null) are listed apart. */
  entries: readonly PanelEntry[];
  tags: readonly TagCount[];
  /** A tag of this cable's notes or highlights: only what carries it is shown. */
  filter: string | null;
  onFilter: (tag: string | null) => void;
  /** The highlight whose note editor should take the focus. */
  editing: string | null;
  actions: PanelActions;
  error: string | null;
}

const sameTag = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();
const noteHas = (note: NoteRecord, tag: string) => note.tags.some((t) => sameTag(t, tag));

function matches(entry: PanelEntry, filter: string | null): boolean {
  if (!filter) return true;
  if (entry.kind === 'bookmark') return entry.bookmark.notes.some((n) => noteHas(n, filter));
  return entry.item.highlight.tags.some((tag) => sameTag(tag, filter));
}

/** The tags used on this cable, each with how many notes and highlights carry it, most used first. */
function cableTags(cableNotes: readonly NoteRecord[], entries: readonly PanelEntry[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  const count = (tags: readonly string[]) => {
    for (const tag of tags) {
      const known = counts.get(tag.toLocaleLowerCase()) ?? { tag, count: 0 };
      known.count++;
      counts.set(tag.toLocaleLowerCase(), known);
    }
  };
  for (const note of cableNotes) count(note.tags);
  for (const entry of entries) {
    if (entry.kind === 'highlight') count(entry.item.highlight.tags);
    else for (const note of entry.bookmark.notes) count(note.tags);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

export function NotesPanel(props: Props) {
  const { cableId, subject, cableNotes, entries, tags, filter, onFilter, editing, actions, error } = props;
  const onCable = cableTags(cableNotes, entries);
  // A filter left over from a tag no longer used here shows everything.
  const active = filter !== null && onCable.some((c) => sameTag(c.tag, filter)) ? filter : null;
  const shown = entries.filter((e) => matches(e, active));
  const shownCableNotes = active ? cableNotes.filter((n) => noteHas(n, active)) : cableNotes;
  const placed = shown.filter((e) => e.key !== null);
  const orphans = shown.filter((e) => e.key === null);
  const known = tags.map((t) => t.tag);

  const render = (entry: PanelEntry) => {
    if (entry.kind === 'highlight') {
      const { highlight } = entry.item;
      return (
        <li key={`h-${highlight.id}`}>
          <HighlightCard
            item={entry.item}
            knownTags={known}
            focusNote={editing === highlight.id}
            onChange={(change) => actions.updateHighlight(highlight.id, change)}
            onDelete={() => actions.deleteHighlight(highlight)}
            onGoTo={entry.key ? () => actions.goTo(entry.key as string) : null}
          />
        </li>
      );
    }
    const { bookmark } = entry;
    const name = paragraphName(bookmark.label ?? bookmark.blockKey);
    return (
      <li key={`b-${bookmark.id}`}>
        <article class="np-bm">
          <header class="np-hl-head">
            {entry.key ? (
              <button type="button" class="np-link" onClick={() => actions.goTo(entry.key as string)}>
                {t('panel_bookmarkOn', name)}
              </button>
            ) : (
              <span class="np-orphan">{t('panel_notFound')}</span>
            )}
          </header>
          {entry.key ? null : <blockquote class="np-quote">{bookmark.excerpt}</blockquote>}
          <NoteList
            notes={bookmark.notes}
            subject={t('panel_subjectParagraph', name, cableId)}
            knownTags={known}
            {...actions.bookmarkNotes(bookmark.id)}
          />
        </article>
      </li>
    );
  };

  return (
    <div class="np-panel">
      <header class="np-panel-head">
        <div>
          <h1 class="np-panel-title">{t('panel_title')}</h1>
          <p class="np-panel-cable">{subject ? `${cableId} · ${subject}` : cableId}</p>
        </div>
        <button type="button" class="np-close" aria-label={t('panel_close')} onClick={actions.close}>
          ×
        </button>
      </header>
      {error ? (
        <p class="np-error" role="alert">
          {error}
        </p>
      ) : null}
      {onCable.length > 0 ? (
        <fieldset class="np-filter">
          <legend class="np-sr">{t('panel_filterByTag')}</legend>
          <button type="button" aria-pressed={active === null} onClick={() => onFilter(null)}>
            {t('panel_allTags')}
          </button>
          {onCable.map(({ tag, count }) => (
            <button key={tag} type="button" aria-pressed={active === tag} onClick={() => onFilter(tag)}>
              {`${tag} (${count})`}
            </button>
          ))}
        </fieldset>
      ) : null}
      <section class="np-section" aria-labelledby="np-cable-notes">
        <h2 id="np-cable-notes">{t('panel_onWholeCable')}</h2>
        <NoteList notes={shownCableNotes} subject={cableId} knownTags={known} {...actions.cableNotes} />
      </section>
      <section class="np-section" aria-labelledby="np-by-paragraph">
        <h2 id="np-by-paragraph">{t('panel_byParagraph')}</h2>
        {placed.length === 0 ? (
          <p class="np-muted">{t('panel_empty')}</p>
        ) : (
          <ol class="np-list">{placed.map(render)}</ol>
        )}
      </section>
      {orphans.length > 0 ? (
        <section class="np-section" aria-labelledby="np-orphans">
          <h2 id="np-orphans">{t('panel_orphans')}</h2>
          <p class="np-muted">{t('panel_orphansWhy')}</p>
          <ol class="np-list">{orphans.map(render)}</ol>
        </section>
      ) : null}
    </div>
  );
}
