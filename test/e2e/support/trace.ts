// Main-thread tasks of a page from Chromium's own timeline trace (the data DevTools' Performance
// panel draws). Each script call in the trace names its script's URL, so the time the extension's
// content script ran inside a task is told apart from the page's own work in the same task.
import type { CDPSession } from 'playwright-core'

export interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { data?: { url?: string; functionName?: string } }
}

export interface ScriptTask {
  /** The whole task, page work included. */
  taskMs: number
  /** Time inside the task spent in calls into each script, by script URL. */
  scriptMs: Record<string, number>
  /** The script calls themselves ("FunctionCall", "TimerFire"...), to tell what a long task did. */
  calls: { name: string; url: string; ms: number; functionName?: string }[]
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline']

/** Starts tracing; the returned function stops it and returns every top-level task that ran script. */
export async function traceTasks(cdp: CDPSession): Promise<() => Promise<ScriptTask[]>> {
  const events: TraceEvent[] = []
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  })
  return async () => {
    const complete = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    )
    await cdp.send('Tracing.end')
    await complete
    return scriptTasks(events)
  }
}

/** The script time of each script inside each 'RunTask' of the same thread. */
export function scriptTasks(events: readonly TraceEvent[]): ScriptTask[] {
  const tasks = new Map<string, TraceEvent[]>()
  for (const event of events) {
    if (event.name !== 'RunTask' || event.ph !== 'X') continue
    const key = threadOf(event)
    const list = tasks.get(key) ?? []
    list.push(event)
    tasks.set(key, list)
  }
  for (const list of tasks.values()) list.sort((a, b) => a.ts - b.ts)
  const calls = events
    .filter((event) => event.ph === 'X' && event.args?.data?.url)
    .sort((a, b) => a.ts - b.ts)
  const result = new Map<TraceEvent, ScriptTask>()
  // Nested calls into the same script are counted once: only time outside the previous call's end.
  const reachedUntil = new Map<string, number>()
  for (const call of calls) {
    const task = enclosing(tasks.get(threadOf(call)) ?? [], call.ts)
    if (!task) continue
    const url = call.args!.data!.url!
    const end = call.ts + (call.dur ?? 0)
    const from = Math.max(call.ts, reachedUntil.get(url) ?? 0)
    reachedUntil.set(url, Math.max(end, reachedUntil.get(url) ?? 0))
    const entry = result.get(task) ?? { taskMs: (task.dur ?? 0) / 1000, scriptMs: {}, calls: [] }
    entry.scriptMs[url] = (entry.scriptMs[url] ?? 0) + Math.max(0, end - from) / 1000
    entry.calls.push({
      name: call.name,
      url,
      ms: (call.dur ?? 0) / 1000,
      functionName: call.args?.data?.functionName,
    })
    result.set(task, entry)
  }
  return [...result.values()]
}

const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`

/** The last task (sorted by start) that started at or before `ts`, if it is still running then. */
function enclosing(sorted: readonly TraceEvent[], ts: number): TraceEvent | undefined {
  let low = 0
  let high = sorted.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sorted[middle]!.ts <= ts) {
      found = middle
      low = middle + 1
    } else high = middle - 1
  }
  const task = sorted[found]
  return task && ts < task.ts + (task.dur ?? 0) ? task : undefined
}
