// What a TAGS code means, in the interface language: subject, program and organisation codes as messages; country
// and region digraphs by the browser's own region names (Intl.DisplayNames, through their ISO 3166 / UN M49 codes),
// the few it has no name for as messages. The codes themselves stay as the cable wrote them.
import { countryName } from '../cable/header/tags';
import { type MessageKey, t, uiLocale } from './t';

/** Each code of lib/cable's SUBJECT_CODES to its meaning (`PGOV` -> 'Internal governmental affairs'). */
const SUBJECT_KEYS: Readonly<Record<string, MessageKey>> = {
  PGOV: 'subjectTag_PGOV',
  PREL: 'subjectTag_PREL',
  PHUM: 'subjectTag_PHUM',
  PINR: 'subjectTag_PINR',
  PINS: 'subjectTag_PINS',
  PTER: 'subjectTag_PTER',
  PREF: 'subjectTag_PREF',
  PBTS: 'subjectTag_PBTS',
  PARM: 'subjectTag_PARM',
  PMIL: 'subjectTag_PMIL',
  PROP: 'subjectTag_PROP',
  PINT: 'subjectTag_PINT',
  PFOR: 'subjectTag_PFOR',
  ECON: 'subjectTag_ECON',
  EFIN: 'subjectTag_EFIN',
  ETRD: 'subjectTag_ETRD',
  ENRG: 'subjectTag_ENRG',
  EAID: 'subjectTag_EAID',
  EAGR: 'subjectTag_EAGR',
  EINV: 'subjectTag_EINV',
  EIND: 'subjectTag_EIND',
  ELAB: 'subjectTag_ELAB',
  EPET: 'subjectTag_EPET',
  ECIN: 'subjectTag_ECIN',
  EAIR: 'subjectTag_EAIR',
  EWWT: 'subjectTag_EWWT',
  ETTC: 'subjectTag_ETTC',
  ECPS: 'subjectTag_ECPS',
  EMIN: 'subjectTag_EMIN',
  EFIS: 'subjectTag_EFIS',
  EINT: 'subjectTag_EINT',
  BEXP: 'subjectTag_BEXP',
  TSPA: 'subjectTag_TSPA',
  TSPL: 'subjectTag_TSPL',
  SENV: 'subjectTag_SENV',
  SOCI: 'subjectTag_SOCI',
  SCUL: 'subjectTag_SCUL',
  SMIG: 'subjectTag_SMIG',
  SNAR: 'subjectTag_SNAR',
  SPOP: 'subjectTag_SPOP',
  OVIP: 'subjectTag_OVIP',
  OTRA: 'subjectTag_OTRA',
  OEXC: 'subjectTag_OEXC',
  OIIP: 'subjectTag_OIIP',
  OPRC: 'subjectTag_OPRC',
  OREP: 'subjectTag_OREP',
  ASEC: 'subjectTag_ASEC',
  AMGT: 'subjectTag_AMGT',
  AMED: 'subjectTag_AMED',
  AEMR: 'subjectTag_AEMR',
  TBIO: 'subjectTag_TBIO',
  APER: 'subjectTag_APER',
  AFIN: 'subjectTag_AFIN',
  ABUD: 'subjectTag_ABUD',
  AORC: 'subjectTag_AORC',
  CASC: 'subjectTag_CASC',
  CVIS: 'subjectTag_CVIS',
  CMGT: 'subjectTag_CMGT',
  KJUS: 'subjectTag_KJUS',
  KCRM: 'subjectTag_KCRM',
  KDEM: 'subjectTag_KDEM',
  KIRF: 'subjectTag_KIRF',
  KTIP: 'subjectTag_KTIP',
  KWMN: 'subjectTag_KWMN',
  KPKO: 'subjectTag_KPKO',
  KNNP: 'subjectTag_KNNP',
  KISL: 'subjectTag_KISL',
  KPAL: 'subjectTag_KPAL',
  KMDR: 'subjectTag_KMDR',
  KPAO: 'subjectTag_KPAO',
  KCOR: 'subjectTag_KCOR',
  KFRD: 'subjectTag_KFRD',
  KSUM: 'subjectTag_KSUM',
  KTFN: 'subjectTag_KTFN',
  KGHG: 'subjectTag_KGHG',
  KOLY: 'subjectTag_KOLY',
  KUNR: 'subjectTag_KUNR',
  KCIP: 'subjectTag_KCIP',
  KHLS: 'subjectTag_KHLS',
  KCFE: 'subjectTag_KCFE',
  KSTC: 'subjectTag_KSTC',
  KAWC: 'subjectTag_KAWC',
  KFLU: 'subjectTag_KFLU',
  KFLO: 'subjectTag_KFLO',
  KHIV: 'subjectTag_KHIV',
  KBIO: 'subjectTag_KBIO',
  KSCA: 'subjectTag_KSCA',
  MARR: 'subjectTag_MARR',
  MOPS: 'subjectTag_MOPS',
  MASS: 'subjectTag_MASS',
  MCAP: 'subjectTag_MCAP',
  MNUC: 'subjectTag_MNUC',
  MTCRE: 'subjectTag_MTCRE',
  UNSC: 'subjectTag_UNSC',
  UNGA: 'subjectTag_UNGA',
  NATO: 'subjectTag_NATO',
  EUN: 'subjectTag_EUN',
  OSCE: 'subjectTag_OSCE',
  IAEA: 'subjectTag_IAEA',
  OAS: 'subjectTag_OAS',
  ASEAN: 'subjectTag_ASEAN',
  APEC: 'subjectTag_APEC',
  OPEC: 'subjectTag_OPEC',
  WTO: 'subjectTag_WTO',
  NPT: 'subjectTag_NPT',
};

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
  const subject = SUBJECT_KEYS[key];
  if (subject) return t(subject);
  const english = countryName(key);
  // English keeps the table's own names (Burma, Swaziland: the names the cables use).
  if (!english || uiLocale().toLowerCase().startsWith('en')) return english;
  const place = PLACE_KEYS[key];
  if (place) return t(place);
  const iso = ISO_OF[key];
  return (iso && regionName(iso)) || english;
}
