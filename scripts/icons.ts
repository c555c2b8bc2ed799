// Draws the PNG icons from the SVG sources in assets/icons at build time (resvg): the extension icon at every
// manifest size, and the toolbar icon per tab state. wxt.config.ts adds the files to the package; drawing only.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import {
  ACTION_ICON_SIZES,
  ACTION_STATES,
  type ActionState,
  actionIconPath,
  ICON_SIZES,
  iconPath,
} from '../lib/view/action-icon';

const sourceDir = resolve(import.meta.dirname, '../assets/icons');

/** The source drawn at `size`: the 16 px grid up to 32 px (sharp in a toolbar), the detailed page above. */
function sourceFor(size: number): string {
  return join(sourceDir, size <= 32 ? 'icon-small.svg' : 'icon.svg');
}

/** The sources' colours, and what each state turns them into. */
const BLUE = '#1c5d99';
const RED = '#d64545';
const RECOLOUR: Record<ActionState, Record<string, string>> = {
  clean: {},
  original: {},
  // Nothing read here: the same page in greys, still apart from light and dark toolbars; a declined page keeps its
  // raw lines (left as the site made it).
  declined: { [BLUE]: '#6b7280', [RED]: '#9ca3af' },
  idle: { [BLUE]: '#6b7280', [RED]: '#9ca3af' },
};

/** States whose page shows the raw teletype lines rather than the reflowed ones. */
const RAW_LINES: ReadonlySet<ActionState> = new Set(['original', 'declined']);

/** The SVG for `state`: its colours, and the page's lines as that view shows them (reflowed, or raw teletype). */
export function svgFor(source: string, state: ActionState): string {
  let svg = source;
  // Lines first: the swap finds the groups by their source colour.
  if (RAW_LINES.has(state)) {
    svg = svg
      .replace('<g id="lines-clean"', '<g id="lines-clean" display="none"')
      .replace(`<g id="lines-raw" fill="${BLUE}" display="none"`, `<g id="lines-raw" fill="${BLUE}"`);
  }
  for (const [from, to] of Object.entries(RECOLOUR[state])) svg = svg.replaceAll(from, to);
  return svg;
}

/** `svg` drawn as a square PNG of `size` pixels. */
export function renderPng(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** One drawn file: where it goes in the package, and where it was written. */
export interface DrawnIcon {
  relativeDest: string;
  absoluteSrc: string;
}

/** Draws every icon into `outDir`; returns where each belongs in the package. */
export async function drawIcons(outDir: string): Promise<DrawnIcon[]> {
  const jobs: { dest: string; size: number; state: ActionState }[] = [
    ...ICON_SIZES.map((size) => ({ dest: iconPath(size), size, state: 'clean' as const })),
    ...ACTION_STATES.flatMap((state) =>
      ACTION_ICON_SIZES.map((size) => ({ dest: actionIconPath(state, size), size, state })),
    ),
  ];
  const sources = new Map<string, string>();
  return Promise.all(
    jobs.map(async ({ dest, size, state }) => {
      const file = sourceFor(size);
      if (!sources.has(file)) sources.set(file, await readFile(file, 'utf8'));
      const absoluteSrc = join(outDir, dest);
      await mkdir(dirname(absoluteSrc), { recursive: true });
      await writeFile(absoluteSrc, renderPng(svgFor(sources.get(file) ?? '', state), size));
      return { relativeDest: dest, absoluteSrc };
    }),
  );
}
