// relay-shield scan [--format jsonl|csv|table] <path>...
// Reads .eml files, folders of .eml files, .mbox files (streamed) and .jsonl files, and prints one
// verdict line per inbox mail in input order. Exit code 1 only when nothing could be read.
import { FORMATS, formatResult, header, type Format } from './format.ts'
import { readInputs } from './sources.ts'
import { Scanner } from './scan.ts'
import { summarise } from './summary.ts'
import { Progress } from './progress.ts'

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

export async function run(
  argv: readonly string[],
  out: NodeJS.WritableStream,
  err: NodeJS.WriteStream | NodeJS.WritableStream,
): Promise<number> {
  const args = parseArguments(argv)
  if (typeof args === 'string') {
    err.write(`${args}\n`)
    return 2
  }
  const scanner = new Scanner()
  const progress = new Progress(err)
  let read = 0
  let skipped = 0
  for await (const event of readInputs(args.paths, { onBytes: (bytes) => progress.bytes(bytes) })) {
    if (event.kind === 'error') {
      skipped++
      progress.clear()
      err.write(`skipped ${event.position}: ${event.message}\n`)
      continue
    }
    read++
    scanner.add(event.record)
    progress.count(read)
  }
  progress.clear()
  const output = scanner.finish()
  const first = header(args.format)
  if (first) out.write(`${first}\n`)
  writeLines(
    out,
    output.results.map((result) => formatResult(result, args.format)),
  )
  err.write(`${summarise(output, read, skipped)}\n`)
  return read > 0 ? 0 : 1
}

/** Lines written in chunks: one write per line costs more than the whole scan on large inputs. */
function writeLines(out: NodeJS.WritableStream, lines: readonly string[]): void {
  const CHUNK = 2_000
  for (let i = 0; i < lines.length; i += CHUNK)
    out.write(`${lines.slice(i, i + CHUNK).join('\n')}\n`)
}
