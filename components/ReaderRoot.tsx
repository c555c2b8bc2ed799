// Everything the content script mounts in the shadow root: the themed clean view, the floating toggle and a
// live region for announcements. Presentational: mode, settings and effects are the caller's.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Block, CableDocument } from '../lib/cable/types';
import type { ReadingSettings, ViewMode } from '../lib/settings/settings';
import { CableView } from './CableView';
import { ThemeScope } from './ThemeScope';
import { ToggleButton } from './ToggleButton';

export interface ReaderRootProps {
  doc: CableDocument;
  pageUrl: string;
  mode: ViewMode;
  settings: ReadingSettings;
  shortcut?: string | null;
  onToggle: () => void;
  onSettingsChange: (change: Partial<ReadingSettings>) => void;
  onOpenSettings?: () => void;
  copy: (text: string) => Promise<boolean>;
  actions?: (block: Block) => ComponentChildren;
  /** Render the body chunk by chunk; see CableBody. */
  progressive?: boolean;
  /** Key of a block that must be in the DOM when this render returns. */
  through?: string | null;
  /** Called once the whole body is rendered. */
  onComplete?: () => void;
}

export function ReaderRoot(props: ReaderRootProps) {
  const {
    doc,
    pageUrl,
    mode,
    settings,
    shortcut,
    onToggle,
    onSettingsChange,
    onOpenSettings,
    copy,
    actions,
    progressive,
    through,
    onComplete,
  } = props;
  const [message, setMessage] = useState('');
  // The toast fades after a while; the live region has already read it out.
  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(''), 4000);
    return () => clearTimeout(timer);
  }, [message]);
  return (
    <ThemeScope settings={settings} class="cr-root" data-mode={mode}>
      {/* First in tab order: the switch is one keystroke away, however long the cable. */}
      <ToggleButton mode={mode} onToggle={onToggle} shortcut={shortcut} />
      <CableView
        doc={doc}
        pageUrl={pageUrl}
        hidden={mode !== 'clean'}
        pageMarkers={settings.pageMarkers}
        onPageMarkers={(pageMarkers) => onSettingsChange({ pageMarkers })}
        copy={copy}
        announce={setMessage}
        onOpenSettings={onOpenSettings}
        actions={actions}
        progressive={progressive}
        through={through}
        onComplete={onComplete}
      />
      <p class="cr-status" role="status" aria-live="polite">
        {message}
      </p>
    </ThemeScope>
  );
}
