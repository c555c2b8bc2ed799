// "Copy link" and "Copy citation" on a page that fights the clipboard, in Chromium: a plain-http mirror page served
// with `Permissions-Policy: clipboard-write=()` whose own `copy` listener rewrites anything copied through it. The
// extension copies from its own context (an offscreen document), so the reader gets the link and the citation, and
// the page's listener never runs. The clipboard is read back from another tab that may read it.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CABLE_HTML, CABLE_ID, CABLE_URL, POLICY_HEADERS, READER_URL, REWRITTEN } from './clipboard-attack';
import { browserSkipReason, type ExtensionBrowser, launchWithExtension, type OpenedPage } from './fixture';
import { waitForOutcome } from './view';

const skip = browserSkipReason('clipboard under a restrictive policy');

describe.skipIf(skip)('copying on a page that refuses and rewrites the clipboard, in Chromium', () => {
  let browser: ExtensionBrowser;
  let cable: OpenedPage;
  let reader: Page;

  beforeAll(async () => {
    browser = await launchWithExtension();
    // Registered after the fixture's catch-all, so it answers first, with the policy header.
    await browser.context.route(CABLE_URL, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', ...POLICY_HEADERS },
        body: CABLE_HTML,
      }),
    );
    browser.serve(READER_URL, '<!doctype html><title>reader</title>');
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(READER_URL).origin,
    });
    reader = await browser.context.newPage();
    await reader.goto(READER_URL);
    cable = await browser.open(CABLE_URL);
    expect(await waitForOutcome(cable.page)).toBe('ready');
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Puts a marker on the clipboard from the reading tab, so a copy that does nothing cannot pass. */
  async function clearClipboard(): Promise<void> {
    await reader.bringToFront();
    await reader.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    await cable.page.bringToFront();
  }

  async function clipboardText(): Promise<string> {
    await reader.bringToFront();
    const text = await reader.evaluate(() => navigator.clipboard.readText());
    await cable.page.bringToFront();
    return text;
  }

  it('is served as the attack needs: http, the policy header, the page listening to copy', async () => {
    const facts = await cable.page.evaluate(() => ({
      secure: window.isSecureContext,
      allowed: (
        document as { featurePolicy?: { allowsFeature(f: string): boolean } }
      ).featurePolicy?.allowsFeature('clipboard-write'),
      listening: typeof (window as { __pageCopies?: number }).__pageCopies === 'number',
    }));
    expect(facts).toEqual({ secure: false, allowed: false, listening: true });
  });

  it('copies the paragraph link from the extension, past the policy and the page’s copy listener', async () => {
    await clearClipboard();
    await cable.page.getByRole('button', { name: 'Copy link to paragraph 4', exact: true }).click();
    await expect.poll(clipboardText, { timeout: 10_000 }).toContain(`${CABLE_ID}.html#`);
    expect(await clipboardText()).not.toContain(REWRITTEN);
    expect(await cable.page.evaluate(() => (window as { __pageCopies?: number }).__pageCopies)).toBe(0);
    expect(cable.ourErrors()).toEqual([]);
  });

  it('copies a citation the same way', async () => {
    await clearClipboard();
    await cable.page.getByRole('button', { name: 'Copy citation of paragraph 4', exact: true }).click();
    await cable.page.getByRole('menuitem', { name: 'Short' }).click();
    await expect.poll(clipboardText, { timeout: 10_000 }).toContain(CABLE_ID);
    expect(await clipboardText()).not.toContain(REWRITTEN);
    expect(await cable.page.evaluate(() => (window as { __pageCopies?: number }).__pageCopies)).toBe(0);
    expect(cable.ourErrors()).toEqual([]);
  });
});
