// Applies reading settings to a subtree: theme (system follows prefers-color-scheme), font family, size, line
// height and line width, as data attributes and CSS custom properties the stylesheet reads. The width is in
// characters: `--cr-measure` in `ch` until the view measures its own text's characters (see useMeasure).
import type { ComponentChildren, Ref } from 'preact';
import type { ReadingSettings } from '../lib/settings/settings';

interface Props {
  settings: ReadingSettings;
  class: string;
  children: ComponentChildren;
  'data-mode'?: string;
  /** The interface language, where the subtree is a page of its own (the mirror page's may say another). */
  lang?: string;
  rootRef?: Ref<HTMLDivElement>;
}

/** The custom properties the stylesheet reads for these settings. */
export function themeVars(settings: ReadingSettings): Record<string, string> {
  return {
    '--cr-font-size': `${settings.fontSize}px`,
    '--cr-measure': `${settings.lineWidth}ch`,
    '--cr-chars': String(settings.lineWidth),
    '--cr-leading': String(settings.lineHeight / 100),
  };
}

export function ThemeScope({ settings, class: className, children, rootRef, ...rest }: Props) {
  return (
    <div
      ref={rootRef}
      class={className}
      data-theme={settings.theme}
      data-font={settings.font}
      style={themeVars(settings)}
      {...rest}
    >
      {children}
    </div>
  );
}
