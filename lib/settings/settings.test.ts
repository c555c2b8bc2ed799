import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  FONT_SIZE,
  LINE_HEIGHT,
  LINE_WIDTH,
  normalizeSettings,
  normalizeViewMode,
} from './settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored or for garbage', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('dark')).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings([1, 2])).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps every valid field', () => {
    const chosen = {
      theme: 'sepia',
      font: 'mono',
      fontSize: 22,
      lineWidth: 90,
      lineHeight: 180,
      pageMarkers: false,
      sentenceCase: true,
      subjectTitle: true,
    };
    expect(normalizeSettings(chosen)).toEqual(chosen);
  });

  it('replaces only the invalid fields, so one bad value does not reset the rest', () => {
    const result = normalizeSettings({ theme: 'neon', font: 'sans', fontSize: 'big', pageMarkers: 'no' });
    expect(result).toEqual({ ...DEFAULT_SETTINGS, font: 'sans' });
  });

  it('clamps sizes into their bounds and rounds them', () => {
    expect(normalizeSettings({ fontSize: 2 }).fontSize).toBe(FONT_SIZE.min);
    expect(normalizeSettings({ fontSize: 400 }).fontSize).toBe(FONT_SIZE.max);
    expect(normalizeSettings({ fontSize: 19.6 }).fontSize).toBe(20);
    expect(normalizeSettings({ lineWidth: Number.POSITIVE_INFINITY }).lineWidth).toBe(
      DEFAULT_SETTINGS.lineWidth,
    );
    expect(normalizeSettings({ lineWidth: 10 }).lineWidth).toBe(LINE_WIDTH.min);
    expect(normalizeSettings({ lineHeight: 1.5 }).lineHeight).toBe(LINE_HEIGHT.min);
    expect(normalizeSettings({ lineHeight: 999 }).lineHeight).toBe(LINE_HEIGHT.max);
  });

  it('reads the sentence-case switch only as a boolean', () => {
    expect(normalizeSettings({ sentenceCase: true }).sentenceCase).toBe(true);
    expect(normalizeSettings({ sentenceCase: 'yes' }).sentenceCase).toBe(false);
  });

  it('reads the title-case subject switch only as a boolean, off by default', () => {
    expect(normalizeSettings({}).subjectTitle).toBe(false);
    expect(normalizeSettings({ subjectTitle: true }).subjectTitle).toBe(true);
    expect(normalizeSettings({ subjectTitle: 1 }).subjectTitle).toBe(false);
  });

  it('ignores fields it does not know', () => {
    expect(normalizeSettings({ colour: 'red' })).not.toHaveProperty('colour');
  });
});

describe('normalizeViewMode', () => {
  it('reads only "original" as the original page; anything else is the clean view', () => {
    expect(normalizeViewMode('original')).toBe('original');
    expect(normalizeViewMode('clean')).toBe('clean');
    expect(normalizeViewMode(null)).toBe('clean');
    expect(normalizeViewMode('ORIGINAL')).toBe('clean');
  });
});
