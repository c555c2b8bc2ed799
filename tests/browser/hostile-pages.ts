// Hostile cable pages for the real-browser security suites: an invented cable whose text carries markup, script,
// `javascript:`/`data:` references, bidi overrides, zero-width characters and look-alike ids, in the mirror layouts.
// Page builders and the main-world probes they plant only: what must hold is asserted in the hostile-*.test.ts files.
import { cablegateLayout, cablegatesearchLayout, escapeHtml, plusdLayout } from '../fixtures/layouts';

/** Where a payload that ran leaves its name, in the page's main world. */
export const PAYLOAD_RUNS = '__crPayloadRuns';
/** Where the page's own markup (real elements the page itself runs) counts its runs. */
export const PAGE_RUNS = '__crPageRuns';
/** The page's own real elements inside its cable text, each run once by the page on load. */
export const PAGE_ELEMENTS: readonly string[] = ['img', 'script'];
/** The page title; a payload that ran rewrites it. */
export const HOSTILE_TITLE = 'Hostile cable';

const HOSTILE_ID = '09ZEMBLA124';

/** Script text that records a run of `name` under `flag`. */
function record(flag: string, name: string): string {
  return `(window.${flag}=window.${flag}||[]).push('${name}')`;
}

/** A payload as cable text (markup the page shows as text, which must never become markup again): defaces too. */
const run = (name: string) => `${record(PAYLOAD_RUNS, name)};document.title='PWNED ${name}'`;

const RLO = '\u202e';
const PDF = '\u202c';
const ZWSP = '\u200b';
const ZWNJ = '\u200c';
const ZWJ = '\u200d';
const BOM = '\ufeff';

/** Markers the page builders replace with real markup (text the page runs itself). */
const REAL_IMG = 'REAL-IMG-MARKER';
const REAL_SCRIPT = 'REAL-SCRIPT-MARKER';

/** The literal fragments the view must show as text (proof that the payloads went through the pipeline). */
export const SHOWN_AS_TEXT: readonly string[] = [
  '<img src=x onerror=',
  '<script>',
  '<svg onload=',
  'javascript:',
];

const HEADER = `VZCZCXRO5678
PP RUEHDA
DE RUEHZM #0124/01 0741200
ZNY CCCCC ZZH
P 151200Z MAR 09
FM AMEMBASSY ZEMBLA
TO RUEHC/SECSTATE WASHDC PRIORITY 1235`;

/** The cable body, with the two real-markup markers in paragraph 2. */
const BODY = `C O N F I D E N T I A L SECTION 01 OF 02 ZEMBLA 000124 
 
SIPDIS 
 
E.O. 12958: DECL: 03/15/2019 
TAGS: PREL PGOV <img src=x onerror="${run('tags')}"> ZM
SUBJECT: ZEMBLA: <script>${run('subject')}</script> HARBOUR ${RLO}SKLAT${PDF} 
RESUME 
 
REF: A. javascript:${run('ref-a')}// 
     B. data:text/html,<script>${run('ref-b')}</script> 
     C. 09ZEMBLA123"><img src=x onerror="${run('ref-c')}"> 
     D. 09ZEM${ZWSP}BLA122 
     E. 09STATE${RLO}321ALBMEZ90${PDF} 
     F. 08 ASTANA 1147 
     G. 09 ZEMBLA 120 
     H. <a href="javascript:${run('ref-h')}">09ZEMBLA121</a> 
 
Classified By: Ambassador A. Nonymous for reasons 1.4 (b) and (d). 
 
1. (C) Summary: <img src=x onerror="${run('para-1')}"> The harbour 
talks resume; the minister <b onmouseover="${run('para-1-b')}">promised</b> 
nothing.  End Summary. 
 
2. (C) On March 11, <script>${run('para-2')}</script> the minister 
${REAL_IMG} told the Ambassador ${REAL_SCRIPT} that javascript:${run('para-2-js')} 
 
ZEMBLA 00000124  002 OF 002 
 
and data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg== were 
not on the table. 
 
3. (SBU) Zero${ZWSP}width${ZWNJ}joiners${ZWJ} and a ${BOM}BOM; an override 
${RLO}evil text reversed${PDF}; <svg onload="${run('para-3')}"></svg> and 
<iframe src="javascript:${run('para-3-iframe')}"></iframe> as text. 
 
4. (S//NF) Look-alike ids: 09ZEMBLA123#par1, https://evil.example/plusd/cables/09ZEMBLA123_a.html 
and 09ZEMBLA123_a.html?x=<img src=x onerror="${run('para-4')}"> are text. 
 
NONYMOUS`;

/** The real elements the page carries inside its text container: the page runs them once, itself. */
const REAL_MARKUP: Record<string, string> = {
  [REAL_IMG]: `<img src="x" alt="" onerror="${escapeHtml(record(PAGE_RUNS, 'img'))}">`,
  [REAL_SCRIPT]: `<script>${record(PAGE_RUNS, 'script')}</script>`,
};

/** Replaces the (HTML-escaped) markers with the page's real markup, once each, and checks they were there. */
function withRealMarkup(html: string): string {
  let out = html;
  for (const [marker, markup] of Object.entries(REAL_MARKUP)) {
    const at = out.indexOf(marker);
    if (at < 0 || out.indexOf(marker, at + 1) >= 0) throw new Error(`marker ${marker} must occur once`);
    out = out.replace(marker, markup);
  }
  return out.replace(/<title>[^<]*<\/title>/, `<title>${HOSTILE_TITLE}</title>`);
}

/** Drops the markers from the part of `html` after `boundary`, so the real markup occurs once. */
function markersBefore(html: string, boundary: string): string {
  const at = html.indexOf(boundary);
  if (at < 0) throw new Error(`no ${boundary} in the page`);
  const tail = html.slice(at).replaceAll(REAL_IMG, '').replaceAll(REAL_SCRIPT, '');
  return html.slice(0, at) + tail;
}

export interface HostilePage {
  layout: string;
  url: string;
  html: string;
}

/** The hostile cable in each mirror layout, at a real mirror URL. */
export const hostilePages: HostilePage[] = [
  {
    layout: 'Cablegate viewer',
    url: `https://wikileaks.org/cable/2009/03/${HOSTILE_ID}.html`,
    html: withRealMarkup(
      cablegateLayout({
        id: HOSTILE_ID,
        subject: `ZEMBLA: <img src=x onerror="${run('h3')}"> HARBOUR TALKS`,
        created: '2009-03-15 12:00',
        released: '2011-08-30 01:44',
        classification: `CONFIDENTIAL${RLO}`,
        origin: `Embassy Zembla <script>${run('origin')}</script>`,
        header: HEADER,
        body: BODY,
      }),
    ),
  },
  {
    layout: 'PlusD',
    url: `https://wikileaks.org/plusd/cables/${HOSTILE_ID}_a.html`,
    html: withRealMarkup(
      markersBefore(
        plusdLayout({
          id: `${HOSTILE_ID}_a`,
          subject: `ZEMBLA: <script>${run('synopsis')}</script> HARBOUR TALKS RESUME`,
          date: '2009 Mar 15, 12:00 (Sunday)',
          classification: 'CONFIDENTIAL',
          from: `Zembla <img src=x onerror="${run('from')}">`,
          tags: ['PREL - Political Affairs--External Political Relations', `ZM - Zembla${RLO}`],
          header: HEADER,
          body: BODY,
        }),
        // PlusD shows the text twice (text tab and raw tab): the real markup goes in the first copy only.
        'Raw content',
      ),
    ),
  },
  {
    layout: 'cablegatesearch',
    url: `https://cablegatesearch.net/cable.php?id=${HOSTILE_ID}`,
    html: withRealMarkup(
      cablegatesearchLayout({
        id: HOSTILE_ID,
        wikileaksId: 190002,
        subject: `ZEMBLA: HARBOUR TALKS <svg onload="${run('summary')}">`,
        origin: 'Embassy Zembla',
        country: `Zembla${RLO}`,
        cableTime: 'Sun, 15 Mar 2009 12:00 UTC',
        classification: 'CONFIDENTIAL',
        header: HEADER,
        body: BODY,
      }),
    ),
  },
];
