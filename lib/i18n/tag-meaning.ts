// What a TAGS code means, in the interface language: country and region digraphs by the browser's own region
// names (Intl.DisplayNames, through their ISO 3166 / UN M49 codes), the few it has no name for as messages; subject
// codes as lib/cable/header/tags.ts writes them in English. The codes themselves stay as the cable wrote them.
import { isCountryTag, tagMeaning } from '../cable/header/tags';
import { type MessageKey, t, uiLocale } from './t';

/** The State Department's FIPS 10-4 digraphs (the cables' country tags) to ISO 3166-1 or UN M49 region codes. */
// biome-ignore format: a lookup table, ten codes a row
const ISO_OF: Readonly<Record<string, string>> = {
  AF: 'AF', AL: 'AL', AG: 'DZ', AN: 'AD', AO: 'AO', AR: 'AR', AM: 'AM', AS: 'AU', AU: 'AT', AJ: 'AZ',
  BF: 'BS', BA: 'BH', BG: 'BD', BB: 'BB', BO: 'BY', BE: 'BE', BH: 'BZ', BN: 'BJ', BT: 'BT', BL: 'BO',
  BK: 'BA', BC: 'BW', BR: 'BR', BX: 'BN', BU: 'BG', UV: 'BF', BM: 'MM', BY: 'BI', CB: 'KH', CM: 'CM',
  CA: 'CA', CV: 'CV', CT: 'CF', CD: 'TD', CI: 'CL', CH: 'CN', CO: 'CO', CN: 'KM', CF: 'CG', CG: 'CD',
  CS: 'CR', IV: 'CI', HR: 'HR', CU: 'CU', CY: 'CY', EZ: 'CZ', DA: 'DK', DJ: 'DJ', DO: 'DM', DR: 'DO',
  EC: 'EC', EG: 'EG', ES: 'SV', EK: 'GQ', ER: 'ER', EN: 'EE', ET: 'ET', FJ: 'FJ', FI: 'FI', FR: 'FR',
  GB: 'GA', GA: 'GM', GG: 'GE', GM: 'DE', GH: 'GH', GR: 'GR', GJ: 'GD', GT: 'GT', GV: 'GN', PU: 'GW',
  GY: 'GY', HA: 'HT', VT: 'VA', HO: 'HN', HK: 'HK', HU: 'HU', IC: 'IS', IN: 'IN', ID: 'ID', IR: 'IR',
  IZ: 'IQ', EI: 'IE', IS: 'IL', IT: 'IT', JM: 'JM', JA: 'JP', JO: 'JO', KZ: 'KZ', KE: 'KE', KR: 'KI',
  KN: 'KP', KS: 'KR', KV: 'XK', KU: 'KW', KG: 'KG', LA: 'LA', LG: 'LV', LE: 'LB', LT: 'LS', LI: 'LR',
  LY: 'LY', LS: 'LI', LH: 'LT', LU: 'LU', MK: 'MK', MA: 'MG', MI: 'MW', MY: 'MY', MV: 'MV', ML: 'ML',
  MT: 'MT', RM: 'MH', MR: 'MR', MP: 'MU', MX: 'MX', FM: 'FM', MD: 'MD', MN: 'MC', MG: 'MN', MJ: 'ME',
  MO: 'MA', MZ: 'MZ', WA: 'NA', NP: 'NP', NL: 'NL', NZ: 'NZ', NU: 'NI', NG: 'NE', NI: 'NG', NO: 'NO',
  MU: 'OM', PK: 'PK', PS: 'PW', PM: 'PA', PP: 'PG', PA: 'PY', PE: 'PE', RP: 'PH', PL: 'PL', PO: 'PT',
  QA: 'QA', RO: 'RO', RS: 'RU', RW: 'RW', SC: 'KN', ST: 'LC', VC: 'VC', WS: 'WS', SM: 'SM', TP: 'ST',
  SA: 'SA', SG: 'SN', RI: 'RS', SE: 'SC', SL: 'SL', SN: 'SG', LO: 'SK', SI: 'SI', BP: 'SB', SO: 'SO',
  SF: 'ZA', SP: 'ES', CE: 'LK', SU: 'SD', NS: 'SR', WZ: 'SZ', SW: 'SE', SZ: 'CH', SY: 'SY', TW: 'TW',
  TI: 'TJ', TZ: 'TZ', TH: 'TH', TT: 'TL', TO: 'TG', TN: 'TO', TD: 'TT', TS: 'TN', TU: 'TR', TX: 'TM',
  TV: 'TV', UG: 'UG', UP: 'UA', AE: 'AE', UK: 'GB', US: 'US', UY: 'UY', UZ: 'UZ', NH: 'VU', VE: 'VE',
  VM: 'VN', YM: 'YE', ZA: 'ZM', ZI: 'ZW', XA: '002', XL: '029', XM: '419',
};

/** Places without an ISO code of their own (or any longer): their names are messages. */
const PLACE_KEYS: Readonly<Record<string, MessageKey>> = {
  WE: 'place_WE',
  GZ: 'place_GZ',
  XF: 'place_XF',
  UR: 'place_UR',
  YO: 'place_YO',
};

let names: { locale: string; names: Intl.DisplayNames } | null = null;

function regionName(iso: string): string | undefined {
  const locale = uiLocale();
  if (names?.locale !== locale)
    names = { locale, names: new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' }) };
  return names.names.of(iso);
}

/** The meaning of a TAGS code for the reader (`KZ` -> `Kasachstan` in German), or null when the code has none. */
export function tagMeaningIn(code: string): string | null {
  const key = code.trim().toUpperCase();
  const english = tagMeaning(key);
  // English keeps the table's own names (Burma, Swaziland: the names the cables use).
  if (!english || !isCountryTag(key) || uiLocale().toLowerCase().startsWith('en')) return english;
  const place = PLACE_KEYS[key];
  if (place) return t(place);
  const iso = ISO_OF[key];
  return (iso && regionName(iso)) || english;
}
