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
  let kind: string | null
  try {
    kind = binaryKind((await readHead(path)).bytes)
  } catch (error) {
    yield fileError(path, `cannot read: ${describe(error)}`)
    return
  }
  if (kind) {
    yield fileError(path, `is ${kind}, not a .jsonl file`)
    return
  }
  const stream = createReadStream(path, { encoding: 'utf8' })
  stream.on('data', (chunk) => options.onBytes?.(Buffer.byteLength(chunk as string)))
  const lines = createInterface({ input: stream, crlfDelay: Infinity })
  let number = 0
  try {
    // Lines are handled here, not in a nested generator: one more generator level per line costs
    // measurably on a 200,000-line file.
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
  } catch (error) {
    // Failing while streamed: the lines read so far stay scanned.
    yield fileError(path, `cannot read after line ${number}: ${describe(error)}`)
  }
}
