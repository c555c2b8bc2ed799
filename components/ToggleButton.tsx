// The switch between the clean view and the original page, in the slim bar (clean) or the strip above the
// original. Its accessible name is the view it leads to: "Original page" while clean, "Clean view" while the
// original shows. Switching is for this page only.
import { t } from '../lib/i18n/t';
import type { ViewMode } from '../lib/settings/settings';

interface Props {
  mode: ViewMode;
  onToggle: () => void;
  /** The keyboard shortcut, shown on hover when known (`Alt+Shift+V`). */
  shortcut?: string | null;
}

export function ToggleButton({ mode, onToggle, shortcut }: Props) {
  const name = mode === 'clean' ? t('view_toggleOriginal') : t('view_toggleClean');
  const hint = mode === 'clean' ? t('view_toggleOriginalHint') : t('view_toggleCleanHint');
  return (
    <button
      type="button"
      class="cr-toggle"
      data-mode={mode}
      title={shortcut ? `${hint}; ${shortcut}` : hint}
      onClick={onToggle}
    >
      {name}
    </button>
  );
}
