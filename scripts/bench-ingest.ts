// Ingest throughput of the background's rows.ingest handler on fake-indexeddb (Node).
import 'fake-indexeddb/auto'
import { performance } from 'node:perf_hooks'
import { ingestRows } from '../src/background/ingest.ts'
import { openDatabase } from '../src/storage/db.ts'
import type { MailRow } from '../src/core/types.ts'
import { buildSplit } from '../test/corpus/synthetic/splits.ts'
import { parseFrom } from '../src/cli/records.ts'

const ROWS = Number(process.env.BENCH_INGEST_ROWS ?? 10_000)
const mails = buildSplit('dev').filter((mail) => mail.record.folder !== 'sent')
const rows: MailRow[] = Array.from({ length: ROWS }, (_, i) => {
  const m = mails[i % mails.length]!.record
  const sender = parseFrom(m.from)
  return {
    account: 'gmail:bench',
    id: `r${i}`,
    senderName: sender.name,
    senderAddress: sender.address,
    subject: m.subject,
    snippet: m.snippet,
    date: Date.parse(m.date) + Math.floor(i / mails.length) * 40 * 86_400_000,
    unread: true,
  }
})
const db = await openDatabase('bench-ingest')
const started = performance.now()
for (let i = 0; i < rows.length; i += 100)
  await ingestRows(db, { rows: rows.slice(i, i + 100) }, Date.now())
const seconds = (performance.now() - started) / 1000
console.log(
  `ingest (fake-indexeddb): ${ROWS} rows in ${seconds.toFixed(2)} s = ${Math.round(ROWS / seconds)} rows/s, batches of 100`,
)
