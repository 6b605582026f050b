// Worker storage benchmarks on fake-indexeddb (Node), printed, never asserted:
//  - ingest of BENCH_INGEST_ROWS rows through the rows.ingest handler, batches of 100
//  - the wave query (stored features around a batch) with 100,000 stored rows
//  - stored size after a simulated year: 150 mails a day, six waves of 500, daily retention
import 'fake-indexeddb/auto'
import { performance } from 'node:perf_hooks'
import { ingestRows } from '../src/background/ingest.ts'
import { openDatabase, type Database } from '../src/storage/db.ts'
import { messagesBetween } from '../src/storage/messages-repo.ts'
import { storeMessages } from '../test/support/stored.ts'
import { prune } from '../src/storage/retention.ts'
import type { MailRow } from '../src/core/types.ts'
import { parseFrom } from '../src/cli/records.ts'
import { buildSplit } from '../test/corpus/synthetic/splits.ts'
import { DAY_MS } from '../src/core/time.ts'
import { ordinaryMails, toMailRow, waveMails } from '../test/support/mail-specs.ts'

function splitRows(count: number): MailRow[] {
  const mails = buildSplit('dev').filter((mail) => mail.record.folder !== 'sent')
  return Array.from({ length: count }, (_, i) => {
    const m = mails[i % mails.length]!.record
    const sender = parseFrom(m.from)
    const date = Date.parse(m.date) + Math.floor(i / mails.length) * 40 * DAY_MS
    return {
      account: 'gmail:bench',
      id: `r${i}`,
      senderName: sender.name,
      senderAddress: sender.address,
      subject: m.subject,
      snippet: m.snippet,
      date,
      unread: true,
    }
  })
}

async function ingestAll(
  db: Database,
  rows: readonly MailRow[],
  now: (i: number) => number,
): Promise<number> {
  const started = performance.now()
  for (let i = 0; i < rows.length; i += 100)
    await ingestRows(db, { rows: rows.slice(i, i + 100) }, now(i))
  return (performance.now() - started) / 1000
}

async function ingestBenchmark(): Promise<void> {
  const count = Number(process.env.BENCH_INGEST_ROWS ?? 10_000)
  const db = await openDatabase('bench-ingest')
  const seconds = await ingestAll(db, splitRows(count), () => Date.now())
  console.log(
    `ingest (fake-indexeddb): ${count} rows in ${seconds.toFixed(2)} s = ${Math.round(count / seconds)} rows/s, batches of 100`,
  )
}

async function queryBenchmark(): Promise<void> {
  const db = await openDatabase('bench-query')
  const rows = splitRows(100_000)
  await storeMessages(
    db,
    rows.map((row) => ({
      account: row.account,
      id: row.id,
      senderDomain: 'x',
      brand: 'x',
      payload: '',
      payloadKey: '',
      helpdesk: true,
      kind: 'ack',
      indicatorCount: 0,
      important: null,
      date: row.date,
      seenAt: 0,
      verdict: 'suspect',
      reasons: [],
      waveId: null,
      place: null,
    })),
  )
  const middle = rows[50_000]!.date!
  const runs = 20
  const started = performance.now()
  let found = 0
  for (let i = 0; i < runs; i++)
    found = (await messagesBetween(db, 'gmail:bench', middle - DAY_MS, middle + DAY_MS)).length
  console.log(
    `wave query with 100,000 stored rows: ${((performance.now() - started) / runs).toFixed(2)} ms per query (${found} rows in the 48 h range)`,
  )
}

async function yearBenchmark(): Promise<void> {
  const db = await openDatabase('bench-year')
  const start = Date.UTC(2025, 0, 1)
  const waveDays = new Set([30, 90, 150, 210, 270, 330])
  for (let day = 0; day < 365; day++) {
    const date = new Date(start + day * DAY_MS)
    const specs = [
      ...ordinaryMails(150, date, BigInt(day) * 1_000_000n),
      ...(waveDays.has(day)
        ? waveMails(
            500,
            new Date(date.getTime() + 3_600_000),
            3_000,
            BigInt(day) * 1_000_000n + 500_000n,
          )
        : []),
    ]
    const rows = specs.map((s) => toMailRow(s, 'gmail:year', `${day}-${s.threadId}`))
    await ingestAll(db, rows, () => date.getTime())
    await prune(db, date.getTime())
  }
  const days = await db.getAll('messageDays')
  const messages = days.flatMap((day) => day.rows)
  const waves = await db.getAll('waves')
  const brandDays = await db.getAll('brandDays')
  const bytes = [days, waves, brandDays].reduce(
    (sum, store) => sum + JSON.stringify(store).length,
    0,
  )
  console.log(
    `after a simulated year: ${messages.length} rows and ${waves.length} wave summaries and ${brandDays.length} days of brand statistics kept, ${(bytes / 1_048_576).toFixed(2)} MB as JSON`,
  )
}

await ingestBenchmark()
await queryBenchmark()
await yearBenchmark()
