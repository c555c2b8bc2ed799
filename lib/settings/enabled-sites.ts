// Keeps the content script registered for the hosts a reader enabled ("Enable on this site"): reads the granted
// host permissions and registers, updates or removes one dynamic content script to match. Background only.
import { browser } from 'wxt/browser';
import { MIRROR_MATCHES } from '../sites/mirrors';
import {
  enabledOrigins,
  GENERIC_SCRIPT_ID,
  planRegistration,
  type RegistrationPlan,
} from './enabled-origins';

/** The built content script (WXT's output path), the same file the manifest declares for the mirrors. */
const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

async function registeredMatches(): Promise<string[] | null> {
  const scripts = await browser.scripting.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  return scripts[0]?.matches ?? null;
}

async function apply(): Promise<RegistrationPlan> {
  const granted = await browser.permissions.getAll();
  const plan = planRegistration(enabledOrigins(granted.origins), await registeredMatches());
  const script = {
    id: GENERIC_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    // The mirrors have the manifest's script already; never run two on one page.
    excludeMatches: [...MIRROR_MATCHES],
    runAt: 'document_end' as const,
    persistAcrossSessions: true,
  };
  if (plan.action === 'register')
    await browser.scripting.registerContentScripts([{ ...script, matches: plan.matches }]);
  else if (plan.action === 'update')
    await browser.scripting.updateContentScripts([{ ...script, matches: plan.matches }]);
  else if (plan.action === 'unregister')
    await browser.scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  return plan;
}

/**
 * Runs the content script in tabs already open on newly enabled origins, so "Enable on this site" shows the
 * clean view at once instead of after a reload. A tab that refuses (a browser page) is skipped.
 */
export async function runInOpenTabs(origins: readonly string[] | undefined): Promise<void> {
  const enabled = enabledOrigins(origins);
  if (enabled.length === 0) return;
  const tabs = await browser.tabs.query({ url: enabled });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting
            .executeScript({ target: { tabId: tab.id }, files: [CONTENT_SCRIPT_FILE] })
            .catch(() => undefined),
    ),
  );
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Brings the registration in line with the granted hosts. Calls run one after another, so a grant arriving
 * during the startup sync cannot register the script twice.
 */
export function syncEnabledSites(): Promise<RegistrationPlan> {
  const run = queue.then(apply, apply);
  queue = run.catch(() => undefined);
  return run;
}
