// The content script's scans of the message list: one at a time, each in a task of its own.
/**
 * One scan at a time: a scan asked for while one is running runs once that one ends, so rows
 * changed behind the running scan's position are not missed.
 */
export function scanState() {
  let running = false
  let again = false
  // A scan waiting for a task of its own.
  let queued = false
  let waiting: { promise: Promise<void>; resolve: () => void } | null = null
  const wait = () => {
    if (waiting) return
    let resolve = () => {}
    const promise = new Promise<void>((done) => (resolve = done))
    waiting = { promise, resolve }
  }
  const settle = () => {
    waiting?.resolve()
    waiting = null
  }
  const state = {
    /** False when a scan is running; the caller's scan then runs after it. */
    begin(): boolean {
      if (running) {
        again = true
        return false
      }
      running = true
      wait()
      return true
    },
    end(scan: () => void): void {
      running = false
      if (again) {
        again = false
        state.soon(scan)
      } else if (!queued) settle()
    },
    /**
     * Runs `scan` in a task of its own, once however often asked: the caller (a list mutation, a
     * scan that used its whole slice, an answer) has already used part of the current task.
     */
    soon(scan: () => void): void {
      if (running) {
        again = true
        return
      }
      if (queued) return
      queued = true
      wait()
      setTimeout(() => {
        queued = false
        scan()
        // The scan did not start (the page was left): nothing more will settle the wait.
        if (!running && !queued) settle()
      }, 0)
    },
    running: () => running || queued,
    finished: () => waiting?.promise ?? null,
  }
  return state
}
