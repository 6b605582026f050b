// relay-shield scan [--format jsonl|csv|table] <path>...
// Reads .eml files, folders of .eml files, .mbox files (streamed) and .jsonl files, and prints one
// verdict line per inbox mail in input order. Exit code 1 only when nothing could be read.
import { FORMATS, formatResult, header, type Format } from './format.ts'
import { inputBytes, readInputs } from './sources.ts'
import { Scanner, type ScanResult } from './scan.ts'
import { summarise } from './summary.ts'
import { Progress, type ProgressOptions } from './progress.ts'
import { ProblemReport } from './problems.ts'

export const USAGE = `usage: relay-shield scan [--format jsonl|csv|table] <path>...
  path: an .eml file, a folder of .eml files, an .mbox file (Google Takeout) or a .jsonl file`

interface Arguments {
  format: Format
  paths: string[]
}

export function parseArguments(argv: readonly string[]): Arguments | string {
  const [command, ...rest] = argv
  if (command !== 'scan') return USAGE
  let format: Format = 'jsonl'
  const paths: string[] = []
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!
    if (arg === '--format') {
      const value = rest[++i]
      if (!FORMATS.includes(value as Format))
        return `unknown format ${JSON.stringify(value)}\n${USAGE}`
      format = value as Format
    } else if (arg.startsWith('--format=')) {
      const value = arg.slice('--format='.length)
      if (!FORMATS.includes(value as Format))
        return `unknown format ${JSON.stringify(value)}\n${USAGE}`
      format = value as Format
    } else paths.push(arg)
  }
  return paths.length > 0 ? { format, paths } : USAGE
}

/** How the terminal is seen; tests inject both. */
export type RunOptions = Partial<ProgressOptions>

export async function run(
  argv: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream & { isTTY?: boolean },
  options: RunOptions = {},
): Promise<number> {
  const args = parseArguments(argv)
  if (typeof args === 'string') {
    err.write(`${args}\n`)
    return 2
  }
  const scanner = new Scanner()
  const progress = new Progress(err, {
    tty: options.tty ?? Boolean(err.isTTY),
    now: options.now ?? Date.now,
  })
  if (progress.shown) progress.total(await inputBytes(args.paths))
  const problems = new ProblemReport((line) => {
    progress.clear()
    err.write(`${line}\n`)
  })
  let read = 0
  let skipped = 0
  for await (const event of readInputs(args.paths, { onBytes: (bytes) => progress.bytes(bytes) })) {
    if (event.kind === 'record') {
      read++
      scanner.add(event.record)
      progress.count(read)
      continue
    }
    if (event.kind === 'records') {
      for (const record of event.records) scanner.add(record)
      read += event.records.length
      progress.count(read)
      continue
    }
    if (event.kind === 'error') skipped++
    problems.add(event)
  }
  problems.flush()
  progress.classifying()
  const output = scanner.finish()
  progress.clear()
  const first = header(args.format)
  if (first) out.write(`${first}\n`)
  writeResults(out, output.results, args.format)
  err.write(`${summarise(output, read, skipped)}\n`)
  return read > 0 ? 0 : 1
}

/**
 * Results formatted and written a chunk at a time: one write per line costs more than the scan
 * on large inputs, and formatting every line up front would hold all of them in memory at once.
 */
function writeResults(
  out: NodeJS.WritableStream,
  results: readonly ScanResult[],
  format: Format,
): void {
  const CHUNK = 2_000
  for (let i = 0; i < results.length; i += CHUNK) {
    const lines = results.slice(i, i + CHUNK).map((result) => formatResult(result, format))
    out.write(`${lines.join('\n')}\n`)
  }
}
