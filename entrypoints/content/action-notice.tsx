// The clean view's one short-lived notice (a bookmark removed, with Undo; a click refused) in the view's shadow
// root and the reader's theme, inside a status region that is there from the start, so screen readers announce what
// it says. Wiring only: ActionNotice draws it; what to say is the caller's.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ActionNotice, type NoticeAction } from '../../components/bookmarks/ActionNotice';
import { ThemeScope } from '../../components/ThemeScope';
import type { ReadingSettings } from '../../lib/settings/settings';

/** How long a notice stays, unless the reader is on it (focus inside): long enough to read it and press Undo. */
const NOTICE_MS = 10_000;

interface Notice {
  message: string;
  action?: NoticeAction;
}

export interface ViewNotices {
  /** Shows `notice` in place of any other. */
  show(notice: Notice): void;
  hide(): void;
  /** Draws it again in the reader's current theme (the settings changed). */
  restyle(): void;
  stop(): void;
}

export function startViewNotices(
  ctx: ContentScriptContext,
  shadow: ShadowRoot,
  settings: () => ReadingSettings,
): ViewNotices {
  const root = shadow.appendChild(document.createElement('div'));
  let shown: Notice | null = null;
  let timer: number | undefined;

  function draw(): void {
    render(
      <ThemeScope settings={settings()} class="cr-root cr-notice-scope">
        <div role="status" class="cr-action-notice-region">
          {shown ? <ActionNotice {...shown} onDismiss={hide} /> : null}
        </div>
      </ThemeScope>,
      root,
    );
  }

  function schedule(): void {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      // The reader is on its buttons (keyboard, screen reader): it stays until they leave or dismiss it.
      if (shadow.activeElement && root.contains(shadow.activeElement)) schedule();
      else hide();
    }, NOTICE_MS);
  }

  function hide(): void {
    clearTimeout(timer);
    shown = null;
    draw();
  }

  draw();
  return {
    show(notice) {
      shown = notice;
      draw();
      schedule();
    },
    hide,
    restyle: draw,
    stop() {
      clearTimeout(timer);
      render(null, root);
      root.remove();
    },
  };
}
