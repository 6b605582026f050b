// Progress reports of a running action reach the background even while its worker restarts.
import { describe, expect, it, vi } from 'vitest'
import {
  createProgressReporter,
  PROGRESS_RETRY_MS,
  type ProgressReport,
} from '../../src/content/actions/action-progress.ts'

const report = (done: number, finished = false): ProgressReport => ({
  account: 'gmail:me',
  actionId: 'a1',
  results: Object.fromEntries(Array.from({ length: done }, (_, i) => [`t${i}`, 'done' as const])),
  finished,
})

describe('progress reporter', () => {
  it('sends again while no worker answers, and sends the newest report of the action', async () => {
    let failures = 2
    const delivered: number[] = []
    const send = vi.fn(async (sent: ProgressReport) => {
      if (failures-- > 0) throw new Error('Receiving end does not exist.')
      delivered.push(Object.keys(sent.results).length)
    })
    const waits: number[] = []
    const reporter = createProgressReporter(send, async (ms) => void waits.push(ms))
    reporter.report(report(2))
    reporter.report(report(4))
    reporter.report(report(5, true))
    await reporter.settled()
    // Three attempts: two failed, the third carried the newest (finished) report.
    expect(send).toHaveBeenCalledTimes(3)
    expect(delivered).toEqual([5])
    expect(waits).toEqual(PROGRESS_RETRY_MS.slice(0, 2))
  })

  it('gives a report up after the last wait, and later reports still go', async () => {
    let up = false
    const send = vi.fn(async () => {
      if (!up) throw new Error('no worker')
    })
    const reporter = createProgressReporter(send, async () => {})
    reporter.report(report(1))
    await reporter.settled()
    expect(send).toHaveBeenCalledTimes(PROGRESS_RETRY_MS.length + 1)
    up = true
    reporter.report(report(2, true))
    await reporter.settled()
    expect(send).toHaveBeenCalledTimes(PROGRESS_RETRY_MS.length + 2)
  })
})
