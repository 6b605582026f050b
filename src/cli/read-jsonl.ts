// A .jsonl file, streamed line by line; each line one mail of the .jsonl contract.
import { createReadStream } from 'node:fs'
import { createInterface } from 'node:readline'
import { describe, fileError, readHead, type SourceEvent, type SourceOptions } from './events.ts'
import { fromJsonLine } from './records.ts'
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
