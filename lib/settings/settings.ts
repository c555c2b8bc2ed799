// Reading-comfort settings of the clean view: their shape, defaults, bounds and validation of stored values.
// Pure data rules only: storage lives in storage.ts, and nothing here touches the DOM or the extension API.

export type Theme = 'system' | 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans' | 'mono';

export interface ReadingSettings {
  /** `system` follows prefers-color-scheme (light or dark). */
  theme: Theme;
  font: FontFamily;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line width (measure) in characters. */
  lineWidth: number;
  /** Line height in percent of the text size (162 is 1.62). */
  lineHeight: number;
  /** Show where the teletype's page breaks stood ("page 2 of 3"). */
  pageMarkers: boolean;
  /** Show all-caps cables in sentence case (display only: the text itself, and what is copied, stays as sent). */
  sentenceCase: boolean;
  /** Show an all-capitals subject in its title-case form (`meta.subjectTitle`) on the card and in citations. */
  subjectTitle: boolean;
}

export const THEMES: readonly Theme[] = ['system', 'light', 'dark', 'sepia'];
export const FONTS: readonly FontFamily[] = ['serif', 'sans', 'mono'];
export const FONT_SIZE = { min: 13, max: 28, step: 1 } as const;
export const LINE_WIDTH = { min: 45, max: 110, step: 1 } as const;
export const LINE_HEIGHT = { min: 120, max: 220, step: 5 } as const;

export const DEFAULT_SETTINGS: Readonly<ReadingSettings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 18,
  lineWidth: 72,
  lineHeight: 162,
  pageMarkers: true,
  sentenceCase: false,
  subjectTitle: false,
});

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function clampNumber(value: unknown, bounds: { min: number; max: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(bounds.max, Math.max(bounds.min, Math.round(value)));
}

/**
 * Reads settings from anything storage may hold (an older shape, a partial object, garbage) and returns a
 * complete, valid object: each field that is missing or invalid takes its default, so one bad field never
 * resets the others.
 */
export function normalizeSettings(raw: unknown): ReadingSettings {
  const value = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    theme: pick(value.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: pick(value.font, FONTS, DEFAULT_SETTINGS.font),
    fontSize: clampNumber(value.fontSize, FONT_SIZE, DEFAULT_SETTINGS.fontSize),
    lineWidth: clampNumber(value.lineWidth, LINE_WIDTH, DEFAULT_SETTINGS.lineWidth),
    lineHeight: clampNumber(value.lineHeight, LINE_HEIGHT, DEFAULT_SETTINGS.lineHeight),
    pageMarkers: typeof value.pageMarkers === 'boolean' ? value.pageMarkers : DEFAULT_SETTINGS.pageMarkers,
    sentenceCase:
      typeof value.sentenceCase === 'boolean' ? value.sentenceCase : DEFAULT_SETTINGS.sentenceCase,
    subjectTitle:
      typeof value.subjectTitle === 'boolean' ? value.subjectTitle : DEFAULT_SETTINGS.subjectTitle,
  };
}

/**
 * Which view a site shows when a cable opens there. Switching views on a page is for that page only; a site
 * opens in the original only where the reader said so ("Always open the original on this site").
 */
export type ViewMode = 'clean' | 'original';

/** Reads a stored per-site choice; anything else means the default, the clean view. */
export function normalizeViewMode(raw: unknown): ViewMode {
  return raw === 'original' ? 'original' : 'clean';
}
