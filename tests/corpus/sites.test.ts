// Every saved mirror page in the corpus yields its cable through the site adapters: the id is the canonical id
// of the file's name, and where the corpus has the cable's text, the extracted body and header equal it.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { canonicalId, parseCable } from '../../lib/cable';
import { readCablesearchAnswer } from '../../lib/sites/cablesearch';
import { detectCable } from '../../lib/sites/detect';
import { corpusDir, corpusFiles, hasCorpus, readCorpus } from '../corpus';

/** Text compared as the corpus keeps it: the site's `¶` markers and trailing spaces do not count. */
const comparable = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/\u00b6/g, '')
    .replace(/[ \t]+$/gm, '')
    .trimEnd();

/** The cable's id from a corpus file name: `08FOO123.html`, `1974FOO02959_b.html`, `cablesearch_api_08FOO1.json`. */
const idOfFile = (path: string) =>
  canonicalId(
    basename(path)
      .replace(/\.[a-z]+$/, '')
      .replace(/^cablesearch_api_/, ''),
  );

function expectCorpusText(id: string, body: string, header: string | null): void {
  const text = join(corpusDir, 'cables', `${id}.txt`);
  if (existsSync(text)) expect(comparable(body)).toBe(comparable(readCorpus(text)));
  const head = join(corpusDir, 'cables', 'headers', `${id}.header.txt`);
  if (existsSync(head)) expect(comparable(header)).toBe(comparable(readCorpus(head)));
}

describe.skipIf(!hasCorpus())('corpus pages through the site adapters', () => {
  const layouts = [
    {
      folder: 'pages/cablegate',
      count: 51,
      adapter: 'cablegate',
      url: (f: string) => `https://wikileaks.org/cable/2010/11/${f}`,
    },
    {
      folder: 'pages/plusd',
      count: 3,
      adapter: 'plusd',
      url: (f: string) => `https://wikileaks.org/plusd/cables/${f}`,
    },
  ];

  for (const layout of layouts) {
    const files = corpusFiles(layout.folder, '.html');
    it(`${layout.folder} holds its ${layout.count} pages`, () => {
      expect(files).toHaveLength(layout.count);
    });

    for (const file of files) {
      it(`${layout.folder}/${basename(file)} yields its cable`, () => {
        const doc = parseHTML(readCorpus(file)).document as unknown as Document;
        const before = doc.documentElement.outerHTML.length;
        const detection = detectCable(doc, new URL(layout.url(basename(file))));
        expect(detection.found).toBe(true);
        if (!detection.found) return;
        const { cable, adapter } = detection;
        const id = idOfFile(file);
        expect(id).not.toBeNull();
        expect(adapter.name).toBe(layout.adapter);
        expect(cable.pageMeta.id).toBe(id);
        expect(parseCable(cable).id).toBe(id);
        expect(cable.bodyText).not.toContain('\u00b6');
        expect(cable.original.includes(cable.mount)).toBe(true);
        expect(doc.documentElement.contains(cable.mount)).toBe(true);
        expect(doc.documentElement.outerHTML.length).toBe(before);
        expectCorpusText(id as string, cable.bodyText, cable.headerText);
      });
    }
  }

  it('compares every Cablegate page with its cables/ text', () => {
    const withText = corpusFiles('pages/cablegate', '.html').filter((f) =>
      existsSync(join(corpusDir, 'cables', `${idOfFile(f)}.txt`)),
    );
    expect(withText).toHaveLength(51);
  });

  const answers = [
    ...corpusFiles('pages/cablesearch', '.json'),
    ...corpusFiles('pages/cablesearch', '.jsonp'),
  ];
  it('pages/cablesearch holds its 2 API answers', () => {
    expect(answers).toHaveLength(2);
  });
  for (const file of answers) {
    it(`pages/cablesearch/${basename(file)} yields its cable`, () => {
      const raw = readCablesearchAnswer(readCorpus(file));
      const id = idOfFile(file);
      expect(raw.pageMeta.id).toBe(id);
      expect(parseCable(raw).id).toBe(id);
      expect(raw.bodyText.length).toBeGreaterThan(500);
      expect(raw.headerText).not.toMatch(/XTAGS/);
      expectCorpusText(id as string, raw.bodyText, raw.headerText);
    });
  }
});
