// Tells a site's chrome (menus, footers, comment sections, share and tool bars) from its content, for the generic
// detector's choice of which sibling elements hold the cable. Markup tests only; no cable rules here.
import { tagOf } from './elements';

/** Elements that by their tag are a page's frame, not its content. */
const CHROME_TAGS = new Set(['nav', 'footer', 'aside', 'header', 'form', 'menu', 'dialog']);
const CHROME_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menubar',
  'toolbar',
  'form',
]);
// Whole words of an id or class (split at `-`, `_`, spaces, camel humps are not split: `navBar` stays one).
const CHROME_NAMES =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|menubar|footer|sidebar|breadcrumbs?|comments?|commentlist|replies|responses?|reactions|discussion|disqus|share|sharing|social|related|adverts?|ads|banner|toolbar|tools|pagination|pager|newsletter|signup|cookies?)(?:$|[\s_-])/i;

/** True for an element whose tag, role, id or class names it a part of the site's frame. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(tagOf(el))) return true;
  // Most elements of a long page carry no attribute: one call answers for them.
  if (!el.hasAttributes()) return false;
  const role = el.getAttribute('role');
  if (role !== null && CHROME_ROLES.has(role.trim().toLowerCase())) return true;
  const names = `${el.id} ${el.getAttribute('class') ?? ''}`;
  return CHROME_NAMES.test(names);
}
