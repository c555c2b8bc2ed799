// The reading-comfort form: theme, typeface, text size, line width and height, sentence case and page-break
// markers. Presentational: it shows the settings it is given and reports each change; saving is the caller's.

import { formatNumber, type MessageKey, plural, t } from '../lib/i18n/t';
import {
  FONT_SIZE,
  FONTS,
  type FontFamily,
  LINE_HEIGHT,
  LINE_WIDTH,
  type ReadingSettings,
  THEMES,
  type Theme,
} from '../lib/settings/settings';

const THEME_NAMES: Record<Theme, MessageKey> = {
  system: 'set_themeSystem',
  light: 'set_themeLight',
  dark: 'set_themeDark',
  sepia: 'set_themeSepia',
};

const FONT_NAMES: Record<FontFamily, MessageKey> = {
  serif: 'set_fontSerif',
  sans: 'set_fontSans',
  mono: 'set_fontMono',
};

interface Props {
  settings: ReadingSettings;
  onChange: (change: Partial<ReadingSettings>) => void;
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onPick: (value: T) => void;
}) {
  return (
    <fieldset class="op-choice">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} class="op-radio">
          <input
            type="radio"
            name={props.name}
            value={option}
            checked={props.value === option}
            onChange={() => props.onPick(option)}
          />
          <span>{t(props.labels[option])}</span>
        </label>
      ))}
    </fieldset>
  );
}

function Range(props: {
  id: string;
  label: string;
  bounds: { min: number; max: number; step: number };
  value: number;
  unit: (value: number) => string;
  spoken: (value: number) => string;
  onPick: (value: number) => void;
}) {
  const { id, label, bounds, value } = props;
  return (
    <div class="op-range">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={bounds.min}
        max={bounds.max}
        step={bounds.step}
        value={value}
        aria-valuetext={props.spoken(value)}
        onInput={(e) => props.onPick(Number((e.currentTarget as HTMLInputElement).value))}
      />
      <output for={id}>{props.unit(value)}</output>
    </div>
  );
}

export function SettingsForm({ settings, onChange }: Props) {
  return (
    <form class="op-form" onSubmit={(e) => e.preventDefault()}>
      <Choice
        legend={t('set_theme')}
        name="theme"
        options={THEMES}
        labels={THEME_NAMES}
        value={settings.theme}
        onPick={(theme) => onChange({ theme })}
      />
      <Choice
        legend={t('set_font')}
        name="font"
        options={FONTS}
        labels={FONT_NAMES}
        value={settings.font}
        onPick={(font) => onChange({ font })}
      />
      <Range
        id="op-size"
        label={t('set_size')}
        bounds={FONT_SIZE}
        value={settings.fontSize}
        unit={(n) => t('set_sizeUnit', n)}
        spoken={(n) => plural('set_sizeSpoken', n)}
        onPick={(fontSize) => onChange({ fontSize })}
      />
      <Range
        id="op-width"
        label={t('set_width')}
        bounds={LINE_WIDTH}
        value={settings.lineWidth}
        unit={(n) => plural('set_widthUnit', n)}
        spoken={(n) => plural('set_widthUnit', n)}
        onPick={(lineWidth) => onChange({ lineWidth })}
      />
      <Range
        id="op-leading"
        label={t('set_lineHeight')}
        bounds={LINE_HEIGHT}
        value={settings.lineHeight}
        unit={(n) => formatNumber(n / 100, { minimumFractionDigits: 2 })}
        spoken={(n) => t('set_lineHeightSpoken', formatNumber(n / 100, { minimumFractionDigits: 2 }))}
        onPick={(lineHeight) => onChange({ lineHeight })}
      />
      <label class="op-check">
        <input
          type="checkbox"
          checked={settings.sentenceCase}
          onChange={(e) => onChange({ sentenceCase: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('set_sentenceCase')}</span>
      </label>
      <label class="op-check">
        <input
          type="checkbox"
          checked={settings.subjectTitle}
          onChange={(e) => onChange({ subjectTitle: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('set_subjectTitle')}</span>
      </label>
      <label class="op-check">
        <input
          type="checkbox"
          checked={settings.pageMarkers}
          onChange={(e) => onChange({ pageMarkers: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{t('set_pageMarkers')}</span>
      </label>
    </form>
  );
}
