import { describe, expect, it } from 'vitest';
import { findHardCodedText } from './ui-strings';

// Sources below write a template's `${` as `%{`, so they read as plain strings.
const texts = (source: string) =>
  findHardCodedText('x.tsx', source.replaceAll('%{', '${')).map((f) => f.text);

describe('hard-coded interface text finder', () => {
  it('finds JSX text, text attributes and prose literals', () => {
    const source = [
      "const NAMES = { light: 'Light', system: 'Follow the system' };",
      'export const A = () => (',
      '  <p class="pp-muted pp-hint" aria-label="Close">',
      '    Hello there',
      '    <Site title={`Open %{x}`} actionLabel="Disable" />',
      '  </p>',
      ');',
    ].join('\n');
    expect(texts(source)).toEqual(['Light', 'Follow the system', 'Close', 'Hello there', 'Open', 'Disable']);
  });

  it('leaves names, keys, comparisons, errors, logs and t() calls alone', () => {
    const source = [
      "import { t } from '../lib/i18n/t';",
      "type Mode = 'Clean view';",
      "if (event.key === 'Escape') stop();",
      "switch (key) { case 'ArrowDown': break; }",
      "throw new Error('Something went wrong here');",
      "console.warn('Not found at all');",
      "performance.mark('cable-reader:ready');",
      "const a = <b class={`bm-link %{on ? 'Is On' : ''}`} data-x=\"Some Value\">{t('bm_title')}</b>;",
      "const b = { 'Key Name': 1 };",
      "const hide = ['div.pane.big pre', 'div#cable div.cable-content'];",
    ].join('\n');
    expect(texts(source)).toEqual([]);
  });

  it('honours an i18n-exempt comment with its reason, and reports the line', () => {
    const source = [
      '// i18n-exempt: the product name in a developer-only page',
      "const brand = 'Cable Reader';",
      "const other = 'Cable Reader';",
    ].join('\n');
    expect(findHardCodedText('x.ts', source)).toEqual([{ line: 3, text: 'Cable Reader' }]);
  });
});
