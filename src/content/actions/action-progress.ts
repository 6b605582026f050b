// Reports what a running cleanup action has done to the background, after each paced chunk and
// at the end. The background writes its action log from these reports, so an action keeps being
// recorded while the worker is stopped and restarted: a report that finds no worker wakes one
// (or waits and is sent again). Reports are cumulative, so only the latest one per action matters.
import type { RequestOf } from '../../messaging/protocol.ts'

export type ProgressReport = RequestOf<'actions.progress'>
export type SendProgress = (report: ProgressReport) => Promise<unknown>

/** Waits between attempts while no worker answers, in ms; then the report is given up. */
export const PROGRESS_RETRY_MS = [50, 100, 250, 500, 1_000, 2_000, 4_000, 8_000] as const

export function createProgressReporter(
  send: SendProgress,
  wait: (ms: number) => Promise<void> = (ms) => new Promise((done) => setTimeout(done, ms)),
) {
  const latest = new Map<string, ProgressReport>()
  let sending: Promise<void> | null = null

  const deliver = async (report: ProgressReport) => {
    for (const delay of [0, ...PROGRESS_RETRY_MS]) {
      if (delay > 0) await wait(delay)
      // A newer report of the same action replaces this one while it waits.
      const current = latest.get(report.actionId) ?? report
      try {
        await send(current)
        if (latest.get(report.actionId) === current) latest.delete(report.actionId)
        return
      } catch {
        // No worker yet, or it stopped while answering: try again.
      }
    }
    latest.delete(report.actionId)
  }
  const drain = async () => {
    for (let next = first(latest); next; next = first(latest)) await deliver(next)
    sending = null
  }
  return {
    report(report: ProgressReport): void {
      latest.set(report.actionId, report)
      sending ??= drain()
    },
    /** Resolves once every report so far was delivered or given up. */
    settled: () => sending ?? Promise.resolve(),
  }
}

function first(reports: Map<string, ProgressReport>): ProgressReport | undefined {
  return reports.values().next().value
}
