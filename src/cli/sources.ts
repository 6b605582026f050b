// Every input path turned into a stream of records, or of errors with their position. A bad line
// or message is reported and skipped; it never stops the scan.
import { createReadStream } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { mboxMessages } from './mbox.ts'
import { fromRawMessage } from './mime.ts'
import { fromJsonLine, type MailRecord } from './records.ts'

export type SourceEvent =
  { kind: 'record'; record: MailRecord } | { kind: 'error'; position: string; message: string }

export interface SourceOptions {
  /** Called with the number of bytes read, for the progress bar. */
  onBytes?: (bytes: number) => void
}

export async function* readInputs(
  paths: readonly string[],
  options: SourceOptions = {},
): AsyncGenerator<SourceEvent> {
  for (const path of paths) yield* readPath(path, options)
}

async function* readPath(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    yield { kind: 'error', position: path, message: `cannot read: ${describe(error)}` }
    return
  }
  if (info.isDirectory()) {
    const names = (await readdir(path))
      .filter((name) => extname(name).toLowerCase() === '.eml')
      .sort()
    for (const name of names) yield* readEml(join(path, name))
    return
  }
  const kind = extname(path).toLowerCase()
  if (kind === '.jsonl') yield* readJsonl(path, options)
  else if (kind === '.mbox') yield* readMbox(path, options)
  else if (kind === '.eml') yield* readEml(path)
  else
    yield {
      kind: 'error',
      position: path,
      message: 'not an .eml, .mbox or .jsonl file, nor a folder',
    }
}

async function* readJsonl(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  const stream = createReadStream(path, { encoding: 'utf8' })
  stream.on('data', (chunk) => options.onBytes?.(Buffer.byteLength(chunk as string)))
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let number = 0
  for await (const line of lines) {
    number++
    if (line.trim() === '') continue
    try {
      yield { kind: 'record', record: fromJsonLine(line) }
    } catch (error) {
      yield { kind: 'error', position: `${path}:${number}`, message: describe(error) }
    }
  }
}

async function* readMbox(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let index = 0
  try {
    for await (const message of mboxMessages(path, options.onBytes)) {
      index++
      try {
        yield { kind: 'record', record: await fromRawMessage(message.raw, `${path}#${index}`) }
      } catch (error) {
        yield {
          kind: 'error',
          position: `${path} message ${index} (byte ${message.offset})`,
          message: describe(error),
        }
      }
    }
  } catch (error) {
    yield { kind: 'error', position: path, message: `cannot read: ${describe(error)}` }
  }
}

async function* readEml(path: string): AsyncGenerator<SourceEvent> {
  try {
    yield { kind: 'record', record: await fromRawMessage(await readFile(path), path) }
  } catch (error) {
    yield { kind: 'error', position: path, message: describe(error) }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
