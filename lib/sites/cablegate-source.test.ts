import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cablegateLayout } from '../../tests/fixtures/layouts';
import { SAMPLE_CABLEGATE_PAGE, SAMPLE_ID } from '../../tests/fixtures/sample-cable';
import { cablegate } from './cablegate';
import { cablegateFromSource } from './cablegate-source';

const url = new URL(`file:///saved/${SAMPLE_ID}.html`);
const page = cablegateLayout(SAMPLE_CABLEGATE_PAGE);

/** The text fields the DOM path reads from the same page. */
function fromDom(html: string) {
  const cable = cablegate.extract(parseHTML(html).document as unknown as Document, url);
  return cable && { headerText: cable.headerText, bodyText: cable.bodyText, pageMeta: cable.pageMeta };
}

describe('cablegateFromSource', () => {
  it('reads a viewer page as the DOM path does', () => {
    const read = cablegateFromSource(page, url);
    expect(read?.pageMeta.id).toBe(SAMPLE_ID);
    expect(read?.pageMeta.tags?.length).toBeGreaterThan(0);
    expect(read).toEqual(fromDom(page));
  });

  it('reads the body-only page, the articles row, `<br>` and a bare `<` inside the block as the DOM does', () => {
    const variants = [
      cablegateLayout({ ...SAMPLE_CABLEGATE_PAGE, header: null }),
      cablegateLayout({ ...SAMPLE_CABLEGATE_PAGE, articles: ['https://news.example.org/a'] }),
      page.replace(
        '</pre></code>\n</div>',
        'TWO LINES <br>&#x000A; <<4321 & R&D&#x000A;</pre></code>\n</div>',
      ),
    ];
    for (const html of variants) {
      expect(html).not.toBe(page);
      const read = cablegateFromSource(html, url);
      expect(read).not.toBeNull();
      expect(read).toEqual(fromDom(html));
    }
  });

  it('leaves to the DOM path every page it cannot be sure of', () => {
    const pane = "<div class='pane big'>";
    const unsure = [
      page.replace(pane, `<!-- ${pane} -->${pane}`),
      page.replace(pane, `<script>var s = "</div>";</script>${pane}`),
      page.replace('<b>Understanding cables</b>', '<b>Understanding cables'), // tags not closed in order
      page.replace('</pre></code>\n</div>', 'R&D\r&#x000A;</pre></code>\n</div>'),
      page.replace("<table class='cable'>", "<table class='cable'><tr><td><table></table></td></tr>"),
      page.replace('</pre></code>\n</div>', '&hellip;</pre></code>\n</div>'),
      page.replace("<a id='", "<a style='display:none' id='"),
      page.replace("<table class='cable'>", "<table class='cable' id='t'>"),
      page.replace("class='pane small'", "class='pane big'"),
    ];
    for (const html of unsure) {
      expect(html).not.toBe(page);
      expect(cablegateFromSource(html, url)).toBeNull();
    }
  });
});
