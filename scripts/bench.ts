// npm run bench: throughput and memory of the offline scanner, measured here and printed.
//  - list rows per second from .jsonl (one core)
//  - messages per second from .mbox
//  - resident memory while streaming a large mbox (default 1 GB; BENCH_MBOX_MB to change)
//  - time of the rules on a 1 MB hostile subject
import { execFileSync } from 'node:child_process'
import { createReadStream, createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { once } from 'node:events'
import { performance } from 'node:perf_hooks'
import { extractFeatures } from '../src/core/mail/features.ts'
import { fromJsonLine } from '../src/cli/records.ts'
import { buildSplit } from '../test/corpus/synthetic/splits.ts'
import { DAY_MS } from '../src/core/time.ts'

const OUT = 'artifacts/bench'
mkdirSync(OUT, { recursive: true })
const CLI = ['bin/relay-shield.js', 'scan']

async function writeJsonl(path: string, rows: number): Promise<void> {
  const mails = buildSplit('dev').filter((mail) => mail.record.folder !== 'sent')
  const stream = createWriteStream(path)
  for (let i = 0; i < rows; i++) {
    const base = mails[i % mails.length]!.record
    const shifted = new Date(
      Date.parse(base.date) + Math.floor(i / mails.length) * 40 * DAY_MS,
    ).toISOString()
    if (!stream.write(`${JSON.stringify({ ...base, id: `r${i}`, date: shifted })}\n`))
      await once(stream, 'drain')
  }
  stream.end()
  await once(stream, 'finish')
}

async function writeMbox(path: string, targetBytes: number): Promise<number> {
  const mails = buildSplit('dev').filter((mail) => mail.record.folder !== 'sent')
  const padding = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(700) // ~40 KB per message
  const stream = createWriteStream(path)
  let written = 0
  let count = 0
  while (written < targetBytes) {
    const m = mails[count % mails.length]!.record
    const text = `From bench@relay-shield ${new Date(m.date).toUTCString()}\nMessage-ID: <b${count}@bench>\nDate: ${new Date(Date.parse(m.date) + Math.floor(count / mails.length) * 40 * DAY_MS).toUTCString()}\nFrom: ${m.from}\nTo: me@example.org\nSubject: ${m.subject}\nContent-Type: text/plain; charset=utf-8\n\n${m.snippet}\n${padding}\n\n`
    written += Buffer.byteLength(text)
    count++
    if (!stream.write(text)) await once(stream, 'drain')
  }
  stream.end()
  await once(stream, 'finish')
  return count
}

/**
 * The floor the scanner is compared with: reading the file line by line and parsing each line
 * into a record, nothing else (best of three, in this process).
 */
async function readParseSeconds(path: string): Promise<number> {
  let best = Number.POSITIVE_INFINITY
  for (let run = 0; run < 3; run++) {
    const started = performance.now()
    let count = 0
    const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity })
    for await (const text of lines) if (fromJsonLine(text).id) count++
    best = Math.min(best, (performance.now() - started) / 1000)
    if (count === 0) throw new Error('nothing parsed')
  }
  return best
}

/** Runs the CLI once and returns wall time and its peak resident memory (from /proc). */
function timeCli(path: string): { seconds: number; maxRssMb: number } {
  const started = performance.now()
  const report = execFileSync('node', ['scripts/peak-rss.mjs', ...CLI, path], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  })
  const seconds = (performance.now() - started) / 1000
  const maxRssMb = Number(/peak-rss-kb=(\d+)/u.exec(report)?.[1] ?? 0) / 1024
  return { seconds, maxRssMb }
}

async function main(): Promise<void> {
  execFileSync('node', ['scripts/build-cli.mjs'], { stdio: 'inherit' })
  const rows = Number(process.env.BENCH_JSONL_ROWS ?? 200_000)
  const jsonl = `${OUT}/rows.jsonl`
  await writeJsonl(jsonl, rows)
  const j = timeCli(jsonl)
  console.log(
    `jsonl: ${rows} rows in ${j.seconds.toFixed(2)} s = ${Math.round(rows / j.seconds)} rows/s (whole process), peak RSS ${j.maxRssMb.toFixed(0)} MB`,
  )
  const floor = await readParseSeconds(jsonl)
  console.log(
    `jsonl read+parse only: ${floor.toFixed(2)} s = ${Math.round(rows / floor)} rows/s; the scan takes ${(j.seconds / floor).toFixed(2)}x that`,
  )
  if (process.env.BENCH_JSONL_ONLY) return

  const small = `${OUT}/small.mbox`
  const smallCount = await writeMbox(small, 100 * 1_048_576)
  const s = timeCli(small)
  console.log(
    `mbox: ${smallCount} messages (${(statSync(small).size / 1_048_576).toFixed(0)} MB) in ${s.seconds.toFixed(2)} s = ${Math.round(smallCount / s.seconds)} messages/s, peak RSS ${s.maxRssMb.toFixed(0)} MB`,
  )
  rmSync(small)

  const megabytes = Number(process.env.BENCH_MBOX_MB ?? 1024)
  const big = `${OUT}/big.mbox`
  const bigCount = await writeMbox(big, megabytes * 1_048_576)
  const b = timeCli(big)
  console.log(
    `mbox: ${bigCount} messages (${(statSync(big).size / 1_048_576).toFixed(0)} MB) in ${b.seconds.toFixed(2)} s = ${Math.round(bigCount / b.seconds)} messages/s, peak RSS ${b.maxRssMb.toFixed(0)} MB`,
  )
  rmSync(big)

  const hostile = '['.repeat(1_048_576)
  const started = performance.now()
  extractFeatures({
    id: 'x',
    date: 0,
    senderName: hostile,
    senderAddress: hostile,
    subject: hostile,
    snippet: hostile,
    body: hostile,
  })
  console.log(`rules on a 1 MB hostile subject: ${(performance.now() - started).toFixed(2)} ms`)
}

void main()
