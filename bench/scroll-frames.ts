/**
 * What a frame of list scrolling costs the browser, from a Chrome trace (for bench/scale.ts).
 *
 * Why not the time between animation frames: Chromium starts a frame on each display refresh
 * (vsync), so requestAnimationFrame callbacks come 16.7 ms apart at 60 Hz however little or much
 * each frame cost, as long as it fits; the interval says "no frame dropped", never "the frame
 * took 9 ms", and it cannot come in under 16.7 ms. Uncapping the frame rate instead
 * (`--disable-frame-rate-limit --disable-gpu-vsync`) does not work in headless Chromium 156:
 * an empty page still gets frames 17.7 ms apart (only `--run-all-compositor-stages-before-draw`
 * uncaps them, by changing how the compositor pipelines frames, i.e. measuring another browser).
 *
 * So: the page scrolls the list half a screen per animation frame for 3 s while a trace is
 * recorded over the DevTools protocol (the Performance panel's categories), and each frame's cost
 * is the renderer main thread's task that produced it — the task holding the animation-frame
 * callback, which Chromium runs as one "BeginMainFrame": scroll events (TanStack Virtual's
 * listener, which re-renders the rows with React's flushSync), requestAnimationFrame callbacks,
 * style, layout, pre-paint, paint, layerize and the commit to the compositor thread. That is
 * the work that must fit in 16 ms for the frame to be on time; rasterising the tiles happens
 * off the main thread, in parallel, and is reported apart (raster_ms, per frame interval).
 *
 * Alongside: the same tasks' CPU time (the trace's thread time: the wall time less any wait for
 * a core, which is what other work on a 2-core machine inflates); per frame interval (one frame
 * task's start to the next's), main_thread_busy — every main-thread task in it, the frame's own
 * included (pages of rows arriving, React's scheduled work) — and raster worker time; and the
 * intervals between animation frames as the page saw them (the old, vsync-bound figure).
 *
 * Tracing adds some overhead of its own, so the figures err high, not low.
 */
import type { CDPSession, Page } from '@playwright/test';

/** The DevTools Performance panel's timeline categories, and user timing for the marks. */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

const START = 'parallax-scroll-start';
const END = 'parallax-scroll-end';

// Runs in the page (a string: the root tsconfig has no DOM types). Scrolls the statement list
// half a screen per animation frame for `ms` and returns the intervals between frames.
const scrollScript = (ms: number) => `(async () => {
  const list = document.querySelector('[data-testid=virtual-list]');
  const step = list.clientHeight / 2;
  const intervals = [];
  performance.mark('${START}');
  await new Promise((resolve) => {
    let last = 0;
    let end = 0;
    const frame = (t) => {
      if (last) intervals.push(t - last);
      else end = t + ${ms};
      last = t;
      list.scrollTop += step;
      if (t < end || !end) requestAnimationFrame(frame);
      else resolve();
    };
    requestAnimationFrame(frame);
  });
  performance.mark('${END}');
  return intervals;
})()`;

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  /** Microseconds. */
  ts: number;
  dur?: number;
  /** Thread (CPU) time, microseconds. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Where a frame's main-thread time went, in ms (medians over the frames; the rest is overhead). */
export interface FramePhases {
  /** The list's scroll event: TanStack Virtual's listener and React's synchronous re-render. */
  scroll_event: number;
  /** requestAnimationFrame callbacks: the benchmark's scroll step (a forced layout included). */
  animation_frame: number;
  /** Style recalculation and layout outside those callbacks. */
  style_layout: number;
  /** Pre-paint, paint and layerize. */
  paint: number;
  /** Handing the frame to the compositor thread. */
  commit: number;
}

export interface ScrollFrames {
  /** Each frame's main-thread task, ms. */
  frame_ms: number[];
  /** The same tasks' CPU time (thread time), ms: what is left when other processes are
   *  taking the cores; a frame whose wall time is far above it waited for a core (or for the
   *  compositor thread). */
  frame_cpu_ms: number[];
  /** Main-thread busy time per frame interval, ms. */
  main_thread_busy_ms: number[];
  /** Raster worker time per frame interval, ms. */
  raster_ms: number[];
  /** Intervals between requestAnimationFrame callbacks as the page saw them, ms. */
  intervals_ms: number[];
  phases: FramePhases;
  /** The trace itself (Chrome's JSON trace events; DevTools' Performance panel loads them). */
  trace: TraceEvent[];
}

async function record(cdp: CDPSession, run: () => Promise<number[]>) {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  let intervals: number[];
  try {
    intervals = await run();
  } finally {
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await complete;
  }
  return { events, intervals };
}

function phaseOf(e: TraceEvent): keyof FramePhases | null {
  if (e.name === 'FireAnimationFrame') return 'animation_frame';
  if (e.name === 'EventDispatch' && e.args?.data?.type === 'scroll') return 'scroll_event';
  if (e.name === 'UpdateLayoutTree' || e.name === 'Layout') return 'style_layout';
  if (e.name === 'PrePaint' || e.name === 'Paint' || e.name === 'Layerize') return 'paint';
  if (e.name === 'Commit') return 'commit';
  return null;
}

const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[xs.length >> 1]! : 0);

/** Scrolls the page's statement list for `ms` (3 s) under a trace; the figures per frame. */
export async function measureScrollFrames(page: Page, ms = 3000): Promise<ScrollFrames> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { events, intervals } = await record(cdp, () =>
      page.evaluate<number[]>(scrollScript(ms)),
    );
    return { ...analyse(events), intervals_ms: intervals, trace: events };
  } finally {
    await cdp.detach();
  }
}

/** Exported for the reader who wants to check it against a trace of their own. */
export function analyse(events: TraceEvent[]): Omit<ScrollFrames, 'intervals_ms' | 'trace'> {
  const threadName = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name')
      threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const on = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mark = (name: string) => events.find((e) => e.name === name)?.ts;
  const start = mark(START);
  const end = mark(END);
  if (start === undefined || end === undefined)
    throw new Error('scroll-frames: the trace lost its marks');

  // The page's main thread: the one that ran the animation-frame callbacks.
  const fired = events.filter(
    (e) => e.name === 'FireAnimationFrame' && e.ts >= start && e.ts <= end,
  );
  const counts = new Map<string, number>();
  for (const e of fired) counts.set(on(e), (counts.get(on(e)) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (main === undefined || threadName.get(main) !== 'CrRendererMain')
    throw new Error('scroll-frames: no animation frames on a renderer main thread in the trace');

  const complete = (e: TraceEvent) => e.ph === 'X' && e.dur !== undefined;
  const mainEvents = events
    .filter((e) => on(e) === main && complete(e))
    .sort((a, b) => a.ts - b.ts);
  const tasks = mainEvents.filter((e) => e.name === 'RunTask');
  const within = (task: TraceEvent, e: TraceEvent) => e.ts >= task.ts && e.ts < task.ts + task.dur!;

  // Each frame: the main-thread task that ran an animation-frame callback, and what it held.
  const frames: Array<{ task: TraceEvent; phases: FramePhases }> = [];
  let k = 0;
  for (const task of tasks) {
    while (k < mainEvents.length && mainEvents[k]!.ts < task.ts) k++;
    const phases: FramePhases = {
      scroll_event: 0,
      animation_frame: 0,
      style_layout: 0,
      paint: 0,
      commit: 0,
    };
    let isFrame = false;
    // Phases do not overlap: a layout forced inside a callback counts to the callback.
    let counted = 0;
    for (let j = k; j < mainEvents.length && within(task, mainEvents[j]!); j++) {
      const e = mainEvents[j]!;
      if (e.name === 'FireAnimationFrame') isFrame ||= e.ts >= start && e.ts <= end;
      const key = phaseOf(e);
      if (key === null || e.ts < counted) continue;
      phases[key] += e.dur! / 1000;
      counted = e.ts + e.dur!;
    }
    if (isFrame) frames.push({ task, phases });
  }
  if (frames.length < 2) throw new Error(`scroll-frames: ${frames.length} frames in the trace`);

  // Per frame interval: main-thread tasks and raster work starting between a frame and the next.
  const raster = events.filter(
    (e) => e.name === 'RasterTask' && e.pid === Number(main.split(':')[0]) && complete(e),
  );
  const busy: number[] = [];
  const rasterMs: number[] = [];
  for (let i = 0; i + 1 < frames.length; i++) {
    const from = frames[i]!.task.ts;
    const to = frames[i + 1]!.task.ts;
    const sum = (xs: TraceEvent[]) =>
      xs.filter((e) => e.ts >= from && e.ts < to).reduce((total, e) => total + e.dur!, 0) / 1000;
    busy.push(sum(tasks));
    rasterMs.push(sum(raster));
  }

  const phase = (key: keyof FramePhases) => median(frames.map((f) => f.phases[key]));
  return {
    frame_ms: frames.map((f) => f.task.dur! / 1000),
    frame_cpu_ms: frames.map((f) => (f.task.tdur ?? f.task.dur!) / 1000),
    main_thread_busy_ms: busy,
    raster_ms: rasterMs,
    phases: {
      scroll_event: phase('scroll_event'),
      animation_frame: phase('animation_frame'),
      style_layout: phase('style_layout'),
      paint: phase('paint'),
      commit: phase('commit'),
    },
  };
}
