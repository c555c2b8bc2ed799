// A MessageSource over a parsed messages.json, with the browser's substitution rules ($1...$9, named placeholders,
// `$$`), falling back to the default locale as browsers do. For unit tests and Node tools; no file access.
import type { MessageSource } from './t';

/** One message as `_locales/<lang>/messages.json` writes it. */
interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A whole messages.json. */
export type Catalog = Record<string, CatalogEntry>;

/** The message with its named placeholders and `$1`...`$9` filled, `$$` as `$`, as browser.i18n.getMessage does. */
function fillMessage(entry: CatalogEntry, substitutions: readonly string[]): string {
  const named = new Map(
    Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  const withNamed = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = named.get(name.toLowerCase());
    return content === undefined ? whole : content;
  });
  return withNamed.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
  );
}

/** Message names are case-insensitive in browser.i18n. */
function index(catalog: Catalog): Map<string, CatalogEntry> {
  return new Map(Object.entries(catalog).map(([name, entry]) => [name.toLowerCase(), entry]));
}

/** A source answering from `catalog` in `locale`, then from `fallback` (the default locale), else ''. */
export function catalogSource(catalog: Catalog, locale: string, fallback: Catalog = catalog): MessageSource {
  const own = index(catalog);
  const defaults = index(fallback);
  return {
    lookup(key, substitutions) {
      const entry = own.get(key.toLowerCase()) ?? defaults.get(key.toLowerCase());
      return entry ? fillMessage(entry, substitutions) : '';
    },
    locale: () => locale,
  };
}
