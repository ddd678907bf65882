/** What the browser recorded of a load: a trace's main-thread time by cause, and a sampled CPU profile's time in our scripts. */

export interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: { data?: { url?: string }; beginData?: { url?: string } } }

export const TRACE_CATEGORIES = 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8,disabled-by-default-v8.gc';

/** Time (ms) in our scripts' functions, summed over profiled loads: "function file:line" → self time, "total: function file:line" → inclusive time. */
export type ProfileTimes = Map<string, number>;

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Adds a sampled CPU profile's self time of functions in extension scripts (and the GC row); `total:` keys hold inclusive time. */
export function addProfileTimes(into: ProfileTimes, profile: CpuProfile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keyOf = (id: number) => {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (!url.startsWith('chrome-extension://')) return functionName === '(garbage collector)' ? functionName : null;
    return `${functionName || '(anonymous)'} ${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${lineNumber + 1}`;
  };
  const { samples = [], timeDeltas = [] } = profile;
  for (let i = 0; i < samples.length; i++) {
    const ms = (timeDeltas[i + 1] ?? 0) / 1000;
    const self = keyOf(samples[i]);
    if (self) into.set(self, (into.get(self) ?? 0) + ms);
    // inclusive: each function on the sample's stack once
    const seen = new Set<string>();
    for (let id: number | undefined = samples[i]; id !== undefined; id = parent.get(id)) {
      const key = keyOf(id);
      if (!key || key === '(garbage collector)' || seen.has(key)) continue;
      seen.add(key);
      into.set(`total: ${key}`, (into.get(`total: ${key}`) ?? 0) + ms);
    }
  }
}

export const CAUSES = ['script', 'style', 'layout', 'paint', 'parse', 'gc', 'ipc', 'other'] as const;
export type Cause = (typeof CAUSES)[number];

function causeOf(name: string): Cause {
  if (/GC|^BlinkGC|^CppGC|^V8\.GC/i.test(name)) return 'gc';
  if (/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleRecalc|ScheduleStyleRecalculation|SelectorStats|StyleInvalidat)/.test(name)) return 'style';
  if (/^(Layout|UpdateLayout|ComputeIntersections|IntersectionObserver|HitTest|LayoutShift)/.test(name)) return 'layout';
  if (/^(PrePaint|Paint|Layerize|Commit|UpdateLayer|CompositeLayers|Decode|Raster|ImageDecode|LocalFrameView::RunPostLifecycleSteps|Animation|HighlightRegistry)/.test(name)) return 'paint';
  // promise continuations run in the microtask checkpoint, which the trace does not split by script
  if (/^(FunctionCall|EvaluateScript|v8\.|V8\.|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|TimerFire|EventDispatch|FireAnimationFrame|FireIdleCallback|CompileScript|CompileCode|CompileModule|EvaluateModule|CacheScript|MutationObserver)/.test(name)) return 'script';
  if (/^(ParseHTML|Resource|ParseScript)/.test(name)) return 'parse';
  // messages between the page's renderer and the browser: extension messaging, injected scripts and styles
  if (/mojo|IPC/i.test(name)) return 'ipc';
  return 'other';
}

export interface Causes {
  /** the page's main thread, top-level tasks: CPU ms where the trace has thread time */
  mainMs: number;
  /** self time by cause */
  byCause: Record<Cause, number>;
  /** self time by event name */
  byName: Record<string, number>;
  /** self time inside our scripts (what they ran and made the browser do synchronously), by cause */
  inOurScript: Record<Cause, number>;
  /** whole top-level tasks that ran script of ours, and the longest (wall clock) */
  ourTasksMs: number;
  ourLongestTaskMs: number;
  /**
   * self time by cause of what started once the checker was injected (its first event): on the bench's pages,
   * which run no script of their own, that is about all our reading and marks make the page do, without the
   * page's own parse and first layout, whose noise hides a piece of 1-3 ms in the whole (zero with no checker)
   */
  afterChecker: Record<Cause, number>;
  /** the same load's CPU time as Performance.getMetrics counts it, for comparison with mainMs */
  metricCpuMs?: number;
}

const zero = (): Record<Cause, number> => Object.fromEntries(CAUSES.map((c) => [c, 0])) as Record<Cause, number>;

/** Self time of the page's main-thread events, by cause; thread (CPU) time where the trace has it, wall time elsewhere. */
export function causes(events: TraceEvent[], url: string): Causes {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const onMain = events.filter((e) => parse && e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
  const time = (e: TraceEvent) => (e.tdur ?? e.dur!) / 1000;
  const isOurs = (e: TraceEvent) => Boolean(e.args?.data?.url?.startsWith('chrome-extension://'));
  const out: Causes = { mainMs: 0, byCause: zero(), byName: {}, inOurScript: zero(), ourTasksMs: 0, ourLongestTaskMs: 0, afterChecker: zero() };
  const checkerStart = onMain.find((e) => isOurs(e) && e.args!.data!.url!.endsWith('/checker.js'))?.ts ?? Infinity;
  interface Open { e: TraceEvent; end: number; children: number; ours: boolean; top: Open }
  const stack: Open[] = [];
  const tops = new Map<Open, boolean>();
  const close = (open: Open) => {
    const self = Math.max(0, time(open.e) - open.children);
    const cause = causeOf(open.e.name);
    out.byCause[cause] += self;
    out.byName[open.e.name] = (out.byName[open.e.name] ?? 0) + self;
    if (open.e.ts >= checkerStart) out.afterChecker[cause] += self;
    if (open.ours) {
      out.inOurScript[cause] += self;
      tops.set(open.top, true);
    }
  };
  for (const e of onMain) {
    while (stack.length && stack[stack.length - 1].end <= e.ts) close(stack.pop()!);
    const parent = stack[stack.length - 1];
    if (parent) parent.children += time(e);
    const open: Open = { e, end: e.ts + e.dur!, children: 0, ours: isOurs(e) || Boolean(parent?.ours), top: undefined as unknown as Open };
    open.top = parent ? parent.top : open;
    if (!parent) {
      out.mainMs += time(e);
      tops.set(open, false);
    }
    stack.push(open);
  }
  while (stack.length) close(stack.pop()!);
  for (const [top, ours] of tops) {
    if (!ours) continue;
    out.ourTasksMs += top.e.dur! / 1000;
    out.ourLongestTaskMs = Math.max(out.ourLongestTaskMs, top.e.dur! / 1000);
  }
  return out;
}
