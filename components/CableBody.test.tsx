// @vitest-environment happy-dom
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { block, cable } from '../tests/fixtures/documents';
import { CableBody } from './CableBody';
import { NO_FILTER } from './MarkingSummaryBar';
import { FIRST_ITEMS } from './progressive';

afterEach(cleanup);

const COUNT = FIRST_ITEMS * 4;

/** A cable of COUNT numbered paragraphs, every third one marked. */
function longCable() {
  return cable(
    Array.from({ length: COUNT }, (_, i) =>
      block({ key: String(i + 1), text: `Paragraph ${i + 1}.`, marking: i % 3 === 0 ? 'C' : null }),
    ),
  );
}

function renderBody(
  overrides: { through?: string | null; onComplete?: () => void; firstSections?: number } = {},
) {
  const doc = longCable();
  const props = {
    doc,
    pageMarkers: false,
    filter: NO_FILTER,
    onCopyLink: () => undefined,
    onCiteMenu: () => undefined,
    progressive: true,
  };
  const utils = render(<CableBody {...props} {...overrides} />);
  const labels = () =>
    [...utils.container.querySelectorAll('[data-para]')].map((p) => p.getAttribute('data-para'));
  return {
    ...utils,
    labels,
    rerenderWith: (through: string) => utils.rerender(<CableBody {...props} through={through} />),
  };
}

describe('CableBody, rendered chunk by chunk', () => {
  it('renders the first sections at once and the rest later, every paragraph with its contract attributes', async () => {
    const onComplete = vi.fn();
    const { labels, container } = renderBody({ onComplete });
    expect(labels()).toEqual(Array.from({ length: FIRST_ITEMS }, (_, i) => String(i + 1)));
    // Slices are timed by the clock: on a loaded machine the whole body takes longer than waitFor's default second.
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1), { timeout: 8000 });
    expect(labels()).toEqual(Array.from({ length: COUNT }, (_, i) => String(i + 1)));
    expect(container.querySelectorAll('[data-marking="C"]')).toHaveLength(Math.ceil(COUNT / 3));
  });

  it('renders as many sections at once as a first screen drew, when given, and the rest later', async () => {
    const onComplete = vi.fn();
    const { labels } = renderBody({ onComplete, firstSections: 3 });
    expect(labels()).toEqual(['1', '2', '3']);
    await waitFor(() => expect(onComplete).toHaveBeenCalledTimes(1), { timeout: 8000 });
    expect(labels()).toEqual(Array.from({ length: COUNT }, (_, i) => String(i + 1)));
  });

  it('renders through a paragraph asked for in the same render, before the slices reach it', () => {
    const { container, rerenderWith } = renderBody();
    expect(container.querySelector(`#par${COUNT - 1}`)).toBeNull();
    rerenderWith(String(COUNT - 1));
    expect(container.querySelector(`#par${COUNT - 1}`)?.textContent).toContain(`Paragraph ${COUNT - 1}.`);
  });

  it('renders everything at once when not asked to go chunk by chunk', () => {
    const { container } = render(
      <CableBody
        doc={longCable()}
        pageMarkers={false}
        filter={NO_FILTER}
        onCopyLink={() => undefined}
        onCiteMenu={() => undefined}
      />,
    );
    expect(container.querySelectorAll('[data-para]')).toHaveLength(COUNT);
  });
});
