// The progress bar of a long scan: on a terminal only, never for a short scan, on a fake clock.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { FIRST_DRAW_MS, Progress, progressLine } from '../../src/cli/progress.ts'
import { scan, steppingClock } from './cli-run.ts'

const dir = mkdtempSync(join(tmpdir(), 'relay-shield-progress-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
const T0 = Date.UTC(2026, 0, 18, 9, 0)
const rows = Array.from({ length: 400 }, (_, i) =>
  JSON.stringify({
    id: `m${i}`,
    date: new Date(T0 + i * 3_600_000).toISOString(),
    from: `Shop ${i} <news@shop${i}.example>`,
    subject: `Your order ${i}`,
    snippet: 'Thanks for shopping with us.',
  }),
)
const path = join(dir, 'inbox.jsonl')
writeFileSync(path, `${rows.join('\n')}\n`)
const CLEAR = '\r\u001b[2K'

describe('progress while scanning', () => {
  it('draws a bar on a terminal during a long scan and clears it before the summary', async () => {
    // Each step of the scan 300 ms apart: a 64 KB chunk of lines is read as one batch.
    const { stdout, stderr } = await scan(['scan', path], { tty: true, now: steppingClock(300) })
    expect(stderr).toContain(`${CLEAR}reading [`)
    expect(stderr).toMatch(/reading \[[#-]{24}\] \d+% [\d.]+ of [\d.]+ MB, \d+ mails/u)
    expect(stderr).toContain(`${CLEAR}classifying 400 mails…${CLEAR}relay-shield: 400 mails read`)
    expect(stdout).not.toContain('\r')
  })

  it('writes nothing of it when stderr is piped', async () => {
    const { stderr } = await scan(['scan', path], { tty: false, now: steppingClock(100) })
    expect(stderr).not.toContain('\r')
    expect(stderr).not.toContain('reading')
    expect(stderr.startsWith('relay-shield: 400 mails read')).toBe(true)
  })

  it('shows nothing for a scan that ends before the first draw', async () => {
    const { stderr } = await scan(['scan', path], { tty: true, now: () => FIRST_DRAW_MS - 1 })
    expect(stderr).not.toContain('reading')
    expect(stderr).not.toContain('classifying')
  })

  it('is redrawn at most every 250 ms', () => {
    const stream = new PassThrough()
    const written: string[] = []
    stream.on('data', (chunk) => written.push(String(chunk)))
    let now = 0
    const progress = new Progress(stream, { tty: true, now: () => now })
    now = FIRST_DRAW_MS
    for (let mails = 1; mails <= 100; mails++) {
      now += 10
      progress.count(mails)
    }
    // 1,000 ms of mails: drawn at once, then every 250 ms.
    expect(written).toHaveLength(4)
  })
})

describe('progressLine', () => {
  it('fills the bar by the share of bytes read', () => {
    expect(progressLine(3 * 1_048_576, 6 * 1_048_576, 1200)).toBe(
      'reading [############------------] 50% 3.0 of 6.0 MB, 1200 mails',
    )
    expect(progressLine(9, 6, 1)).toContain('[########################] 100%')
  })

  it('counts without a bar when the size is unknown', () => {
    expect(progressLine(1_048_576, 0, 7)).toBe('reading: 7 mails, 1.0 MB')
  })
})
