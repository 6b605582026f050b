// A .jsonl file, streamed line by line; each line one mail of the .jsonl contract.
import { createReadStream } from 'node:fs'
import { describe, fileError, readHead, type SourceEvent, type SourceOptions } from './events.ts'
import { LineSplitter } from './lines.ts'
import { fromJsonLine, type MailRecord } from './records.ts'
import { binaryKind, withoutBom } from './sniff.ts'

export async function* readJsonl(
  path: string,
  options: SourceOptions,
): AsyncGenerator<SourceEvent> {
  let kind: string | null
  try {
    kind = notJsonLines((await readHead(path)).bytes)
  } catch (error) {
    yield fileError(path, `cannot read: ${describe(error)}`)
    return
  }
  if (kind) {
    yield fileError(path, `is ${kind}, not a .jsonl file`)
    return
  }
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: CHUNK_BYTES })
  const lines = new LineSplitter()
  let number = 0
  try {
    // A chunk's lines go out as one batch of records: one step of the async iteration per chunk,
    // not per line, which on a 200,000-line file cost more than parsing the lines.
    for await (const chunk of stream) {
      options.onBytes?.(Buffer.byteLength(chunk as string))
      const batch = new Batch(path)
      for (const raw of lines.push(chunk as string)) batch.line(raw, ++number)
      yield* batch.events()
    }
    const last = lines.end()
    if (last !== null) {
      const batch = new Batch(path)
      batch.line(last, ++number)
      yield* batch.events()
    }
  } catch (error) {
    // Failing while streamed: the lines read so far stay scanned.
    yield fileError(path, `cannot read after line ${number}: ${describe(error)}`)
  }
}

const CHUNK_BYTES = 1 << 16

/** The records of a chunk's lines, with each bad line's error after the records before it. */
class Batch {
  private records: MailRecord[] = []
  private readonly out: SourceEvent[] = []

  constructor(private readonly path: string) {}

  line(raw: string, number: number): void {
    // Node's UTF-8 decoder keeps a byte-order mark; JSON.parse would reject the first line for it.
    const line = number === 1 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw
    if (line.trim() === '') return
    try {
      this.records.push(fromJsonLine(line))
    } catch (error) {
      this.flush()
      const position = `${this.path}:${number}`
      this.out.push({
        kind: 'error',
        source: this.path,
        unit: 'line',
        position,
        message: describe(error),
      })
    }
  }

  events(): SourceEvent[] {
    this.flush()
    return this.out
  }

  private flush(): void {
    if (this.records.length > 0) this.out.push({ kind: 'records', records: this.records })
    this.records = []
  }
}

/**
 * What the file is when it cannot be JSON Lines: binary, or one JSON array (an export of the same
 * records, easy to mistake for .jsonl), which would otherwise be read as one huge bad line.
 */
function notJsonLines(head: Uint8Array): string | null {
  const binary = binaryKind(head)
  if (binary) return binary
  const start = Buffer.from(withoutBom(head).subarray(0, 1024)).toString('latin1').trimStart()
  return start.startsWith('[') ? 'a JSON array (one object per line is expected)' : null
}
