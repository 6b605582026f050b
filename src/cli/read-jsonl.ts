// A .jsonl file, streamed line by line; each line one mail of the .jsonl contract.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { describe, fileError, readHead, type SourceEvent, type SourceOptions } from './events.ts'
import { fromJsonLine } from './records.ts'
import { binaryKind } from './sniff.ts'

export async function* readJsonl(
  path: string,
  options: SourceOptions,
): AsyncGenerator<SourceEvent> {
  try {
    const kind = binaryKind((await readHead(path)).bytes)
    if (kind) {
      yield fileError(path, `is ${kind}, not a .jsonl file`)
      return
    }
    yield* readLines(path, options)
  } catch (error) {
    // Unreadable, or failing while streamed: what was read stays scanned.
    yield fileError(path, `cannot read: ${describe(error)}`)
  }
}

async function* readLines(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  const stream = createReadStream(path, { encoding: 'utf8' })
  stream.on('data', (chunk) => options.onBytes?.(Buffer.byteLength(chunk as string)))
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let number = 0
  for await (const raw of lines) {
    number++
    // Node's UTF-8 decoder keeps a byte-order mark; JSON.parse would reject the first line for it.
    const line = number === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw
    if (line.trim() === '') continue
    try {
      yield { kind: 'record', record: fromJsonLine(line) }
    } catch (error) {
      yield {
        kind: 'error',
        source: path,
        unit: 'line',
        position: `${path}:${number}`,
        message: describe(error),
      }
    }
  }
}
