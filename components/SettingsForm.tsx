// The reading-comfort form: theme, typeface, text size, line width and page-break markers. Presentational:
// it shows the settings it is given and reports each change; saving is the caller's.
import {
  FONT_SIZE,
  FONTS,
  type FontFamily,
  LINE_WIDTH,
  type ReadingSettings,
  THEMES,
  type Theme,
} from '../lib/settings/settings';

const THEME_NAMES: Record<Theme, string> = {
  system: 'Follow the system',
  light: 'Light',
  dark: 'Dark',
  sepia: 'Sepia',
};

const FONT_NAMES: Record<FontFamily, string> = { serif: 'Serif', sans: 'Sans-serif', mono: 'Monospace' };

interface Props {
  settings: ReadingSettings;
  onChange: (change: Partial<ReadingSettings>) => void;
}

function Choice<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
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
          <span>{props.labels[option]}</span>
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
        legend="Theme"
        name="theme"
        options={THEMES}
        labels={THEME_NAMES}
        value={settings.theme}
        onPick={(theme) => onChange({ theme })}
      />
      <Choice
        legend="Typeface"
        name="font"
        options={FONTS}
        labels={FONT_NAMES}
        value={settings.font}
        onPick={(font) => onChange({ font })}
      />
      <Range
        id="op-size"
        label="Text size"
        bounds={FONT_SIZE}
        value={settings.fontSize}
        unit={(n) => `${n} px`}
        spoken={(n) => `${n} pixels`}
        onPick={(fontSize) => onChange({ fontSize })}
      />
      <Range
        id="op-width"
        label="Line width"
        bounds={LINE_WIDTH}
        value={settings.lineWidth}
        unit={(n) => `${n} characters`}
        spoken={(n) => `${n} characters`}
        onPick={(lineWidth) => onChange({ lineWidth })}
      />
      <label class="op-check">
        <input
          type="checkbox"
          checked={settings.pageMarkers}
          onChange={(e) => onChange({ pageMarkers: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>Mark where the original teletype pages broke (“page 2 of 3”)</span>
      </label>
    </form>
  );
}
