// The `?` overlay: every keyboard shortcut of the clean view and what it does, in a modal dialog that Escape or
// its button closes, giving focus back to where it was. Presentational: the keys come from lib/view/shortcuts.
import { useEffect, useRef } from 'preact/hooks';
import { type MessageKey, t } from '../lib/i18n/t';
import { SHORTCUTS, type ShortcutAction } from '../lib/view/shortcuts';

interface Props {
  onClose: () => void;
  /** The browser's shortcut for switching views, where one is set. */
  toggleShortcut?: string | null;
}

const DOES: Record<ShortcutAction, MessageKey> = {
  next: 'keys_next',
  previous: 'keys_previous',
  'go-to': 'keys_goTo',
  outline: 'keys_outline',
  bookmark: 'keys_bookmark',
  note: 'keys_note',
  cite: 'keys_cite',
  toggle: 'keys_toggle',
  help: 'keys_help',
};

function Row({ keyName, does }: { keyName: string; does: string }) {
  return (
    <div class="cr-key-row">
      <dt>
        <kbd>{keyName}</kbd>
      </dt>
      <dd>{does}</dd>
    </div>
  );
}

export function HelpOverlay({ onClose, toggleShortcut }: Props) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const root = close.current?.getRootNode() as Document | ShadowRoot | undefined;
    const before = root?.activeElement as HTMLElement | null;
    close.current?.focus();
    return () => before?.focus?.();
  }, []);
  return (
    <div class="cr-overlay">
      <div
        class="cr-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="cr-help-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape' || e.key === '?') {
            e.preventDefault();
            e.stopPropagation();
            onClose();
          } else if (e.key === 'Tab') {
            // One control: focus stays on it.
            e.preventDefault();
          }
        }}
      >
        <h2 id="cr-help-title">{t('bar_help')}</h2>
        <dl class="cr-keys">
          {SHORTCUTS.map((s) => (
            <Row key={s.key} keyName={s.key} does={t(DOES[s.action])} />
          ))}
          <Row keyName={t('keys_tabKey')} does={t('keys_tab')} />
          {toggleShortcut ? <Row keyName={toggleShortcut} does={t('keys_toggleAnywhere')} /> : null}
        </dl>
        <p class="cr-muted">{t('help_never')}</p>
        <button ref={close} type="button" class="cr-button" onClick={onClose}>
          {t('help_close')}
        </button>
      </div>
    </div>
  );
}
