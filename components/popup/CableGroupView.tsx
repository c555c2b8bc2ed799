// One cable in the bookmark list: classification badge, id, origin and date, subject, ways to open it, notes on
// the whole cable, then its bookmarks in reading order. Presentational.
import { useState } from 'preact/hooks';
import { mediumDate } from '../../lib/i18n/dates';
import { t } from '../../lib/i18n/t';
import type { CableGroup } from '../../lib/store/groups';
import { BookmarkItem, type ListActions } from './BookmarkItem';
import { hostOf } from './format';
import { LevelBadge } from './LevelBadge';
import { NoteList } from './NoteList';

interface Props {
  group: CableGroup;
  actions: ListActions;
}

export function CableGroupView({ group, actions }: Props) {
  const { cable, bookmarks, cableNotes } = group;
  const [adding, setAdding] = useState(false);
  const headingId = `bm-cable-${cable.id}`;
  const details = [cable.origin, cable.date ? mediumDate(cable.date) : null].filter(Boolean).join(' · ');
  return (
    <li class="bm-group">
      <article aria-labelledby={headingId}>
        <header class="bm-group-head">
          <p class="bm-group-line">
            <LevelBadge level={cable.level} classification={cable.classification} />
            <span class="bm-id">{cable.id}</span>
            {details ? <span class="bm-details">{details}</span> : null}
          </p>
          <h3 id={headingId} class="bm-subject">
            {cable.subject ?? <span class="bm-muted">{t('bm_cableFallback', cable.id)}</span>}
          </h3>
          <p class="bm-group-actions">
            {cable.lastUrl ? (
              <button
                type="button"
                class="bm-link"
                aria-label={t('bm_openCableOnAria', cable.id, hostOf(cable.lastUrl.url))}
                title={cable.lastUrl.url}
                onClick={() => actions.open(cable, null, 'mirror')}
              >
                {t('bm_openOn', hostOf(cable.lastUrl.url))}
              </button>
            ) : null}
            {cable.saved ? (
              <button
                type="button"
                class="bm-link"
                aria-label={t('bm_readSavedCableAria', cable.id)}
                onClick={() => actions.open(cable, null, 'saved')}
              >
                {t('bm_savedCopy')}
              </button>
            ) : null}
            {adding ? null : (
              <button
                type="button"
                class="bm-link"
                aria-label={t('note_addAria', t('bm_wholeCable', cable.id))}
                onClick={() => setAdding(true)}
              >
                {t('bm_noteOnCable')}
              </button>
            )}
          </p>
        </header>
        {cableNotes.length > 0 || adding ? (
          <NoteList
            notes={cableNotes}
            subject={t('bm_wholeCable', cable.id)}
            adding={adding}
            onAddingChange={setAdding}
            hideAdd
            addNote={(text) => actions.addNote(cable, null, text)}
            updateNote={actions.updateNote}
            deleteNote={actions.deleteNote}
          />
        ) : null}
        <ol class="bm-items">
          {bookmarks.map((bookmark) => (
            <BookmarkItem key={bookmark.id} cable={cable} bookmark={bookmark} actions={actions} />
          ))}
        </ol>
      </article>
    </li>
  );
}
