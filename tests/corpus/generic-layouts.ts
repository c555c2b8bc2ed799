// What the generic-layout suites compare: each corpus cable (and a sample of archive pages' bodies) as a
// CableSource, and whether the generic detector's reading of a layout matches the plain text's.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseCable, parseCableText } from '../../lib/cable';
import type { CableDocument } from '../../lib/cable/types';
import { detectCable } from '../../lib/sites/detect';
import { extractCable } from '../../lib/sites/index';
import { corpusDir, corpusFiles, readCorpus } from '../corpus';
import { type CableSource, type GenericLayout, oneBlankLine, wholeText } from '../fixtures/generic-layouts';
import { shapes } from './render';

/** Every `cables/` text with its routing header. */
export function cableSources(): CableSource[] {
  return corpusFiles('cables', '.txt').map((path) => {
    const id = basename(path, '.txt');
    const headerPath = join(corpusDir, 'cables', 'headers', `${id}.header.txt`);
    return {
      id,
      body: readCorpus(path),
      header: existsSync(headerPath) ? readCorpus(headerPath) : null,
      classification: 'CONFIDENTIAL',
    };
  });
}

/** Every `step`-th archive page's header and body as the Cablegate adapter reads them (pages with a body). */
export function archiveSources(step: number): CableSource[] {
  const out: CableSource[] = [];
  const files = corpusFiles(join('pages', 'archive'), '.html');
  for (let i = 0; i < files.length; i += step) {
    const path = files[i] as string;
    const id = basename(path, '.html');
    const { document } = parseHTML(readCorpus(path));
    const raw = extractCable(
      document as unknown as Document,
      new URL(`https://wikileaks.org/cable/2008/01/${id}.html`),
      {
        anyLayout: true,
      },
    );
    if (!raw || raw.bodyText.trim() === '') continue;
    out.push({
      id,
      body: raw.bodyText,
      header: raw.headerText,
      classification: raw.pageMeta.classification ?? 'UNCLASSIFIED',
    });
  }
  return out;
}

const docOf = (html: string) => parseHTML(html).document as unknown as Document;
const squash = (s: string) => s.replace(/[\s-]+/g, '');

/** What the suites compare of two readings, per the layout's fidelity. */
function comparable(doc: CableDocument, layout: GenericLayout): unknown {
  const breaks = doc.pageBreaks.map((b) => ({ ...b, offset: 0 }));
  if (layout.name === 'seed-site') return { blocks: doc.blocks, breaks };
  if (layout.fidelity === 'exact') return doc;
  if (layout.fidelity === 'lines') return { ...doc, pageBreaks: breaks };
  return doc.blocks
    .filter((b) => b.kind === 'paragraph')
    .map((b) => ({ ...shapes([b])[0], text: squash(b.text) }));
}

export type Outcome = 'same' | 'differs' | 'declined';

/** The page the layout makes of `source`, and how the generic detector's reading of it compares. */
export function readInLayout(
  layout: GenericLayout,
  source: CableSource,
): { outcome: Outcome; reason?: string; html: string } {
  const html = layout.cable(source);
  const detection = detectCable(docOf(html), new URL(`https://mirror.example.org${layout.path}`), {
    generic: true,
  });
  if (!detection.found) return { outcome: 'declined', reason: detection.reason, html };
  const got = parseCable(detection.cable);
  const plain = wholeText(source);
  const want = parseCableText(layout.blocks ? oneBlankLine(plain) : plain);
  const same = JSON.stringify(comparable(got, layout)) === JSON.stringify(comparable(want, layout));
  const idOk = layout.name !== 'seed-site' || got.id === source.id;
  return { outcome: same && idOk ? 'same' : 'differs', html };
}
