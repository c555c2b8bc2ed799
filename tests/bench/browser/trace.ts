// Records a Chromium trace of one page load and splits the time between `cable-reader:start` and the first frame
// after `cable-reader:ready` into what the renderer's main thread did (script loading, script run, style, layout,
// paint, GC) and the time it sat idle (waiting on storage or the view's code), with the thread's own CPU time
// beside the wall time (on a loaded machine the thread waits for a core). Diagnosis only; not in the figures.
import type { BrowserContext, Page } from 'playwright-core';
import { openMatched } from './measure';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event, µs (what it cost, without the time it waited for a core). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

interface TraceSlice {
  /** What ran: a trace event name, with the script's file for script events (`FunctionCall reader.js`). */
  what: string;
  /** Self time inside the window, ms. */
  ms: number;
}

/** What a slice's time was spent on, in the terms of the goals' diagnosis. */
type Activity = 'script' | 'script loading' | 'style' | 'layout' | 'paint' | 'gc' | 'other' | 'idle';

/** The activity of a trace event name (self time): JS run, compile, style, layout, paint, GC, or other work. */
function activityOf(what: string): Activity {
  if (/GC|Scavenge|MarkCompact/i.test(what)) return 'gc';
  if (/compile|ModuleCache|ParseScript|StreamingCompile|LoadScript/i.test(what)) return 'script loading';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)/.test(what))
    return 'style';
  if (/^(Layout|UpdateLayer|HitTest|IntersectionObserver|ResizeObserver)/.test(what)) return 'layout';
  if (/^(PrePaint|Paint|Commit|Layerize|CompositeLayers|RasterTask|UpdateLayerTree)/.test(what))
    return 'paint';
  if (
    /^(FunctionCall|EvaluateScript|RunMicrotasks|TimerFire|EventDispatch|FireAnimationFrame|v8\.|V8\.)/.test(
      what,
    )
  ) {
    return 'script';
  }
  return 'other';
}

export interface TraceBreakdown {
  url: string;
  /** From `cable-reader:start` to `cable-reader:ready`, ms (the measure, as the trace saw it). */
  measureMs: number;
  /** From `cable-reader:start` to the end of the first frame drawn after ready, ms. */
  windowMs: number;
  /** Main-thread time with no task running inside the window: waiting on IPC, fetches or timers, ms. */
  idleMs: number;
  /** Window time per activity, ms, idle included; sums to windowMs. */
  activities: Partial<Record<Activity, number>>;
  slices: TraceSlice[];
  /** From `cable-reader:start` to `cable-reader:first-paint` (the frame the first screen is drawn in), ms. */
  firstPaintMs: number | null;
  /** The main thread's CPU time from start to first paint, and over the whole window, ms. */
  cpuToFirstPaintMs: number | null;
  cpuMs: number;
  /** Tasks in the window over 20 ms of wall time: when (ms after start), wall and CPU ms. */
  tasks: { at: number; ms: number; cpuMs: number }[];
}

/** CPU time of the outermost events on one thread inside [from, to] (µs), each clipped by its wall share. */
function cpuTime(events: readonly TraceEvent[], from: number, to: number): number {
  let cpu = 0;
  let end = Number.NEGATIVE_INFINITY;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    const dur = e.dur ?? 0;
    if (e.ts < end) continue;
    end = e.ts + dur;
    const inside = Math.max(0, Math.min(end, to) - Math.max(e.ts, from));
    if (inside > 0 && dur > 0) cpu += (e.tdur ?? 0) * (inside / dur);
  }
  return cpu;
}

const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
];

/** Script events are named by the file they ran (content.js, reader.js, or the page's own). */
const scriptEvents = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
]);

async function readStream(cdp: import('playwright-core').CDPSession, handle: string): Promise<string> {
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return text;
}

function label(e: TraceEvent): string {
  if (!scriptEvents.has(e.name)) return e.name;
  const url = e.args?.data?.url ?? '';
  const file = url.startsWith('chrome-extension://') ? url.replace(/^.*\//, '') : url ? 'page script' : '';
  return file ? `${e.name} ${file}` : e.name;
}

/** Self times per label of the complete events on one thread, clipped to [from, to] (µs). */
function selfTimes(
  events: TraceEvent[],
  from: number,
  to: number,
): { slices: Map<string, number>; busy: number } {
  const slices = new Map<string, number>();
  const stack: { end: number; key: string }[] = [];
  let busy = 0;
  const clip = (a: number, b: number) => Math.max(0, Math.min(b, to) - Math.max(a, from));
  const credit = (key: string, amount: number) => slices.set(key, (slices.get(key) ?? 0) + amount);
  // Events sorted by start (longer first on ties) nest as a stack; a parent's self time is what no child covers.
  let cursor = from;
  const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const advance = (until: number) => {
    const top = stack[stack.length - 1];
    if (top) credit(top.key, clip(cursor, until));
    cursor = Math.max(cursor, until);
  };
  for (const e of sorted) {
    const end = e.ts + (e.dur ?? 0);
    while (stack.length && (stack[stack.length - 1] as { end: number }).end <= e.ts) {
      advance((stack[stack.length - 1] as { end: number }).end);
      stack.pop();
    }
    advance(e.ts);
    if (stack.length === 0) busy += clip(e.ts, end);
    stack.push({ end, key: label(e) });
  }
  while (stack.length) {
    advance((stack[stack.length - 1] as { end: number }).end);
    stack.pop();
  }
  return { slices, busy };
}

/** Loads `url` in `tab` under tracing and breaks the content script's window down by main-thread activity. */
export async function traceLoad(
  context: BrowserContext,
  tab: Page,
  url: string,
): Promise<TraceBreakdown | null> {
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
  });
  const run = await openMatched(tab, url, 30_000);
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const text = await readStream(cdp, await done);
  await cdp.detach();
  if (run.outcome !== 'ready') return null;

  const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mark = (name: string) =>
    events.filter((e) => e.name === name && e.cat.includes('user_timing')).at(-1);
  const start = mark('cable-reader:start');
  const ready = mark('cable-reader:ready');
  const firstPaint = mark('cable-reader:first-paint');
  if (!start || !ready) return null;
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X');
  // The window closes at the end of the first frame drawn after ready (its paint), or at ready when none is seen.
  const paint = main.find((e) => e.ts >= ready.ts && (e.name === 'Paint' || e.name === 'PrePaint'));
  const to = paint ? paint.ts + (paint.dur ?? 0) : ready.ts;
  const { slices, busy } = selfTimes(main, start.ts, to);
  const idleMs = Math.max(0, to - start.ts - busy) / 1000;
  const all = [...slices].map(([what, us]) => ({ what, ms: us / 1000 })).sort((a, b) => b.ms - a.ms);
  const activities: Partial<Record<Activity, number>> = { idle: idleMs };
  for (const slice of all) {
    const activity = activityOf(slice.what);
    activities[activity] = (activities[activity] ?? 0) + slice.ms;
  }
  const tops: TraceEvent[] = [];
  let topEnd = Number.NEGATIVE_INFINITY;
  for (const e of [...main].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < topEnd) continue;
    topEnd = e.ts + (e.dur ?? 0);
    if (e.ts + (e.dur ?? 0) > start.ts && e.ts < to && (e.dur ?? 0) > 20_000) tops.push(e);
  }
  return {
    url,
    measureMs: (ready.ts - start.ts) / 1000,
    windowMs: (to - start.ts) / 1000,
    idleMs,
    activities,
    slices: all.filter((s) => s.ms >= 0.05),
    firstPaintMs: firstPaint ? (firstPaint.ts - start.ts) / 1000 : null,
    cpuToFirstPaintMs: firstPaint ? cpuTime(main, start.ts, firstPaint.ts) / 1000 : null,
    cpuMs: cpuTime(main, start.ts, to) / 1000,
    tasks: tops.map((e) => ({
      at: (e.ts - start.ts) / 1000,
      ms: (e.dur ?? 0) / 1000,
      cpuMs: (e.tdur ?? 0) / 1000,
    })),
  };
}
