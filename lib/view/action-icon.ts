// The toolbar button's look per tab: which icon set and title say what the tab shows (a cable read clean, the
// original page, a page looked at and left as it is, nothing read). Names and paths only; the background applies them, scripts/icons.ts draws them.
import type { MessageKey } from '../i18n/t';

/**
 * What a tab's toolbar button can say. `declined`: the content script looked and found no cable, so the page is as
 * the site made it. `idle` is the default: nothing read there (a site Cable Reader does not run on, or a view the
 * page would not let stay).
 */
export type ActionState = 'clean' | 'original' | 'declined' | 'idle';

export const ACTION_STATES: readonly ActionState[] = ['clean', 'original', 'declined', 'idle'];

/** Sizes of the extension's icon (manifest `icons`: extension pages, stores, Firefox for Android's menu). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

/** Sizes of the toolbar button's icon (one per device pixel ratio the toolbar uses). */
export const ACTION_ICON_SIZES = [16, 32] as const;

/** Path in the package of the extension icon at `size`: the product's colours, as stores and menus show it. */
export function iconPath(size: number): string {
  return `icons/${size}.png`;
}

/** Path in the package of the toolbar icon for `state` at `size`. */
export function actionIconPath(state: ActionState, size: number): string {
  return `icons/action-${state}-${size}.png`;
}

/** The toolbar icon set for `state`, as action.setIcon and the manifest's default_icon take it. */
export function actionIcon(state: ActionState): Record<string, string> {
  return Object.fromEntries(
    ACTION_ICON_SIZES.map((size) => [String(size), `/${actionIconPath(state, size)}`]),
  );
}

/** The toolbar button's tooltip for `state`. */
export const ACTION_TITLE: Readonly<Record<ActionState, MessageKey>> = {
  clean: 'action_clean',
  original: 'action_original',
  declined: 'action_declined',
  idle: 'action_idle',
};
