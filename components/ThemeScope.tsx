// Applies reading settings to a subtree: theme (system follows prefers-color-scheme), font family, size and
// line width, as data attributes and CSS custom properties the stylesheet reads.
import type { ComponentChildren } from 'preact';
import type { ReadingSettings } from '../lib/settings/settings';

interface Props {
  settings: ReadingSettings;
  class: string;
  children: ComponentChildren;
  'data-mode'?: string;
}

export function ThemeScope({ settings, class: className, children, ...rest }: Props) {
  return (
    <div
      class={className}
      data-theme={settings.theme}
      data-font={settings.font}
      style={{ '--cr-font-size': `${settings.fontSize}px`, '--cr-measure': `${settings.lineWidth}ch` }}
      {...rest}
    >
      {children}
    </div>
  );
}
