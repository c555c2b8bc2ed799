// The known mirrors, as their adapters declare them: the manifest's content-script matches and cable-page globs,
// the hosts asked for at install, and which layouts each host serves. Derived only; each adapter owns its data.
import { cablegate } from './cablegate';
import { cablegatesearch } from './cablegatesearch';
import { plusd } from './plusd';
import type { MirrorDeclaration } from './types';

/** The adapters of known mirror layouts, in the manifest's order. */
const MIRRORS: readonly { name: string; mirror: MirrorDeclaration }[] = [
  cablegate,
  plusd,
  cablegatesearch,
].map((adapter) => {
  if (!adapter.mirror) throw new Error(`${adapter.name} declares no mirror`);
  return { name: adapter.name, mirror: adapter.mirror };
});

/** Manifest match patterns of the known mirror layouts (`*://wikileaks.org/cable/*`...). */
export const MIRROR_MATCHES: readonly string[] = MIRRORS.flatMap(({ mirror }) =>
  mirror.hosts.flatMap((host) => mirror.paths.map((path) => `*://${host}${path}`)),
);

/**
 * Globs (manifest `include_globs`) of the addresses among `MIRROR_MATCHES` shaped like a known layout's cable page:
 * a superset of what lib/sites' URL tests accept there, so every cable address gets the clean view's code beside the
 * content script (reader.js, run only once a cable is found); the other matched addresses get the content script alone.
 */
export const CABLE_URL_GLOBS: readonly string[] = MIRRORS.flatMap(({ mirror }) => mirror.cableGlobs);

/** Host names of the known mirrors: on these, pages the URL test declines are never searched generically. */
export const MIRROR_HOSTS: ReadonlySet<string> = new Set(MIRRORS.flatMap(({ mirror }) => mirror.hosts));

/** The mirrors' origins as host permissions (`*://wikileaks.org/*`): browsers grant hosts, not paths. */
export const MIRROR_ORIGINS: readonly string[] = [...MIRROR_HOSTS].map((host) => `*://${host}/*`);

/** The labels of the layouts a mirror host serves (`['Cablegate viewer', 'PlusD']` for wikileaks.org). */
export function layoutsOn(host: string): string[] {
  return MIRRORS.filter(({ mirror }) => mirror.hosts.includes(host)).map(({ mirror }) => mirror.label);
}

/** Every declared layout, for the README's and the permission table's checks. */
export const MIRROR_LAYOUTS: readonly MirrorDeclaration[] = MIRRORS.map(({ mirror }) => mirror);
