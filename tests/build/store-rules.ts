// What the stores refuse, checked on a built extension folder: icons at every size (PNG, square, the stated
// size), default_locale with every __MSG_ name resolving in every locale, the name and summary lengths the
// Chrome Web Store allows, and every permission used by the code. Reading the build only; callers report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ICON_SIZES } from '../../lib/view/action-icon';

/** Chrome Web Store limits on the manifest's text (after __MSG_ substitution). */
const NAME_MAX = 75;
const SUMMARY_MAX = 132;

/**
 * What in the built code shows each permission is used (the stores refuse unused ones). A permission without an
 * entry here is a problem until someone says what uses it.
 */
const PERMISSION_EVIDENCE: Record<string, RegExp> = {
  storage: /\.storage\.(local|sync|session)\b|["']local:[\w-]+["']/,
  scripting: /\.scripting\.(executeScript|registerContentScripts|insertCSS)\b|\.executeScript\(/,
  // activeTab has no API of its own: it lets the popup read the current tab's address.
  activeTab: /\.tabs\.(query|get)\(/,
  // unlimitedStorage keeps the IndexedDB database from eviction.
  unlimitedStorage: /\bindexedDB\.open\(|\bopenDB\(/,
  // clipboardWrite: the extension's own documents copy (lib/clipboard); offscreen: Chrome's document for it.
  clipboardWrite: /\bexecCommand\(\s*["']copy["']|\.clipboard\.writeText\(/,
  offscreen: /\.createDocument\(\s*\{[^}]*CLIPBOARD/,
};

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The width and height a PNG declares in its header, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.length < 24 || bytes.subarray(0, 8).toString('hex') !== signature) return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function msgNames(value: Json, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') for (const m of value.matchAll(/__MSG_(\w+)__/g)) into.add(m[1] ?? '');
  else if (Array.isArray(value)) for (const v of value) msgNames(v, into);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) msgNames(v, into);
  return into;
}

function readJson(file: string): Json {
  return JSON.parse(readFileSync(file, 'utf8')) as Json;
}

function locales(dir: string): string[] {
  const base = join(dir, '_locales');
  return existsSync(base) ? readdirSync(base).sort() : [];
}

/** The message of `name` in one locale's built messages.json (names are case-insensitive), or null. */
function message(dir: string, locale: string, name: string): string | null {
  const catalog = readJson(join(dir, '_locales', locale, 'messages.json')) as Record<
    string,
    { message?: string }
  >;
  const key = Object.keys(catalog).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? (catalog[key]?.message ?? null) : null;
}

/** `text` with its __MSG_ names replaced as `locale` writes them. */
function resolveIn(dir: string, locale: string, text: string): string {
  return text.replace(/__MSG_(\w+)__/g, (whole, name: string) => message(dir, locale, name) ?? whole);
}

function builtScripts(dir: string): string {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.js'))
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

function iconProblems(
  dir: string,
  label: string,
  icons: Record<string, string>,
  sizes: readonly number[],
): string[] {
  const problems: string[] = [];
  for (const size of sizes) {
    const path = icons[String(size)];
    if (!path) {
      problems.push(`${label}: no ${size} px icon`);
      continue;
    }
    const file = join(dir, path.replace(/^\//, ''));
    if (!existsSync(file)) {
      problems.push(`${label}: ${path} is not in the package`);
      continue;
    }
    const png = pngSize(readFileSync(file));
    if (!png) problems.push(`${label}: ${path} is not a PNG`);
    else if (png.width !== size || png.height !== size)
      problems.push(`${label}: ${path} is ${png.width}x${png.height}, not ${size}x${size}`);
  }
  return problems;
}

/** Every store rule the build in `dir` breaks, in words; empty when it may be uploaded. */
export function storeProblems(dir: string): string[] {
  const manifest = readJson(join(dir, 'manifest.json')) as Record<string, Json>;
  const problems: string[] = [];

  problems.push(...iconProblems(dir, 'icons', (manifest.icons ?? {}) as Record<string, string>, ICON_SIZES));
  const action = (manifest.action ?? manifest.browser_action ?? {}) as Record<string, Json>;
  problems.push(
    ...iconProblems(dir, 'toolbar icon', (action.default_icon ?? {}) as Record<string, string>, [16, 32]),
  );

  const fallback = manifest.default_locale;
  const shipped = locales(dir);
  if (typeof fallback !== 'string') problems.push('no default_locale, though the manifest uses __MSG_ names');
  else if (!shipped.includes(fallback))
    problems.push(`default_locale ${fallback} has no _locales/${fallback}`);
  for (const name of msgNames(manifest)) {
    for (const locale of shipped) {
      if (!message(dir, locale, name)?.trim()) problems.push(`__MSG_${name}__ has no message in ${locale}`);
    }
  }
  for (const locale of shipped.length ? shipped : ['(none)']) {
    const name = resolveIn(dir, locale, String(manifest.name ?? ''));
    const summary = resolveIn(dir, locale, String(manifest.description ?? ''));
    if (!name.trim()) problems.push(`${locale}: no name`);
    if (name.length > NAME_MAX)
      problems.push(`${locale}: name is ${name.length} characters (at most ${NAME_MAX})`);
    if (!summary.trim()) problems.push(`${locale}: no description`);
    if (summary.length > SUMMARY_MAX)
      problems.push(`${locale}: description is ${summary.length} characters (at most ${SUMMARY_MAX})`);
  }

  const code = builtScripts(dir);
  const permissions = ((manifest.permissions ?? []) as string[]).filter((p) => !p.includes('://'));
  for (const permission of permissions) {
    const evidence = PERMISSION_EVIDENCE[permission];
    if (!evidence)
      problems.push(`permission ${permission}: nothing says what uses it (tests/build/store-rules.ts)`);
    else if (!evidence.test(code)) problems.push(`permission ${permission} is not used by the built code`);
  }
  return problems;
}
