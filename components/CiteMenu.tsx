// The menu of citation styles (short, one line, Chicago, APA, BibTeX, RIS, CSL-JSON) a paragraph's "copy
// citation" button opens: one for the whole view, placed under the button that opened it. Keys: arrows,
// Home/End, Escape (back to the button), Tab (closes). Presentational: what copying means is the caller's.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n/t';
import { CITATION_STYLES, type CitationStyle } from '../lib/view/citation';
import { citationStyleName } from './citation-names';

export interface CiteMenuAnchor {
  /** The paragraph's label, for the menu's name. */
  label: string;
  /** The button that opened the menu: the menu sits under it and gives focus back to it. */
  button: HTMLElement;
}

interface Props {
  anchor: CiteMenuAnchor;
  onPick: (style: CitationStyle) => void;
  onClose: () => void;
}

export function CiteMenu({ anchor, onPick, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const rect = anchor.button.getBoundingClientRect();
    const width = menu.current?.offsetWidth ?? 200;
    const viewport = anchor.button.ownerDocument.documentElement.clientWidth;
    setPlace({ top: rect.bottom + 4, left: Math.max(4, Math.min(rect.left, viewport - width - 4)) });
  }, [anchor]);

  useEffect(() => {
    menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const win = anchor.button.ownerDocument.defaultView;
    // A fixed menu would drift from its button: scrolling closes it.
    const close = () => onClose();
    win?.addEventListener('scroll', close, { passive: true });
    return () => win?.removeEventListener('scroll', close);
  }, [anchor, onClose]);

  const back = () => {
    onClose();
    anchor.button.focus();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(event.target as HTMLElement);
    const go: Record<string, number> = {
      ArrowDown: (at + 1) % items.length,
      ArrowUp: (at - 1 + items.length) % items.length,
      Home: 0,
      End: items.length - 1,
    };
    if (event.key in go) items[go[event.key] as number]?.focus();
    else if (event.key === 'Escape') back();
    else if (event.key === 'Tab') onClose();
    else return;
    if (event.key !== 'Tab') event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div
      ref={menu}
      class="cr-menu"
      role="menu"
      aria-label={t('cite_menu', anchor.label)}
      style={place ? { top: `${place.top}px`, left: `${place.left}px` } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
      onFocusOut={(event) => {
        const next = event.relatedTarget as Node | null;
        if (!(next && menu.current?.contains(next))) onClose();
      }}
    >
      {CITATION_STYLES.map((style) => (
        <button
          key={style}
          type="button"
          role="menuitem"
          class="cr-menu-item"
          tabIndex={-1}
          onClick={() => {
            back();
            onPick(style);
          }}
        >
          {citationStyleName(style)}
        </button>
      ))}
    </div>
  );
}
