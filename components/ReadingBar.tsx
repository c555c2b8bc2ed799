// The slim bar that stays at the top while reading: the cable's id and classification, the paragraph the reader
// is at, and the controls (outline, notes, reading settings, shortcuts, original page). While the original shows it is a
// plain strip in the page's flow with the one control that brings the clean view back, so it never covers text.
// Presentational.
import type { Level } from '../lib/cable/types';
import { t } from '../lib/i18n/t';
import type { ViewMode } from '../lib/settings/settings';
import { ToggleButton } from './ToggleButton';

export type Panel = 'outline' | 'settings';

interface Props {
  mode: ViewMode;
  id: string | null;
  classification: string | null;
  level: Level | null;
  /** The label of the paragraph the reader is at, or null. */
  current: string | null;
  /** How many numbered paragraphs the cable has. */
  total: number;
  panel: Panel | null;
  onPanel: (panel: Panel | null) => void;
  onHelp: () => void;
  onToggle: () => void;
  shortcut?: string | null;
  /** Opens or closes the notes panel; without it (a cable with no id to key notes by) there is no Notes control. */
  onNotes?: () => void;
  notesOpen?: boolean;
}

/** The tools' icons, as path data in a 24-unit box. */
export const BAR_ICONS = {
  outline: 'M4 6h2M9 6h11M4 12h2M9 12h11M4 18h2M9 18h11',
  settings: 'M3 19 8.5 5h1L15 19M5.3 14h7.4M16 19l2.8-7h.4l2.8 7M17 16.7h4',
  notes: 'M5 4h10l4 4v12H5zM15 4v4h4M8 12h8M8 16h5',
} as const;

/** One of the bar's icons, drawn from BAR_ICONS (the first screen draws the same paths in plain DOM). */
function BarIcon({ name }: { name: keyof typeof BAR_ICONS }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d={BAR_ICONS[name]} />
    </svg>
  );
}

export function ReadingBar(props: Props) {
  const { mode, id, classification, level, current, total, panel, onPanel, onHelp, onToggle, shortcut } =
    props;
  const { onNotes, notesOpen = false } = props;
  if (mode !== 'clean') {
    return (
      <div class="cr-strip">
        <span class="cr-strip-name">{t('ext_name')}</span>
        <ToggleButton mode={mode} onToggle={onToggle} shortcut={shortcut} />
      </div>
    );
  }
  const toggle = (which: Panel) => onPanel(panel === which ? null : which);
  return (
    <div class="cr-bar">
      <p class="cr-bar-what">
        {id ? <span class="cr-bar-id">{id}</span> : null}
        <span class="cr-bar-level" data-level={level ?? 'unknown'}>
          <span class="cr-sr">{`${t('bar_classification')} `}</span>
          <span class="cr-bar-level-full">{classification ?? t('bar_notGiven')}</span>
          {level ? (
            <span class="cr-bar-level-code" aria-hidden="true">
              {level}
            </span>
          ) : null}
        </span>
        {current ? (
          <span class="cr-bar-para">
            <span aria-hidden="true">
              {`¶ ${current}`}
              <span class="cr-bar-total">{` ${t('bar_of', total)}`}</span>
            </span>
            <span class="cr-sr">{t('bar_at', current, total)}</span>
          </span>
        ) : null}
      </p>
      <div class="cr-bar-tools">
        <button
          type="button"
          class="cr-tool"
          aria-expanded={panel === 'outline'}
          aria-controls="cr-panel"
          title={t('bar_outlineHint')}
          onClick={() => toggle('outline')}
        >
          <BarIcon name="outline" />
          <span class="cr-tool-name">{t('view_outline')}</span>
        </button>
        {onNotes ? (
          <button
            type="button"
            class="cr-tool cr-tool-notes"
            aria-expanded={notesOpen}
            title={t('bar_notesHint')}
            onClick={onNotes}
          >
            <BarIcon name="notes" />
            <span class="cr-tool-name">{t('notes_toggle')}</span>
          </button>
        ) : null}
        <button
          type="button"
          class="cr-tool"
          aria-expanded={panel === 'settings'}
          aria-controls="cr-panel"
          title={t('view_settings')}
          onClick={() => toggle('settings')}
        >
          <BarIcon name="settings" />
          <span class="cr-tool-name">{t('view_settings')}</span>
        </button>
        <button type="button" class="cr-tool cr-tool-help" title={t('bar_helpHint')} onClick={onHelp}>
          <span aria-hidden="true">?</span>
          <span class="cr-sr">{t('bar_help')}</span>
        </button>
        <ToggleButton mode={mode} onToggle={onToggle} shortcut={shortcut} />
      </div>
    </div>
  );
}
