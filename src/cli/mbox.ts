// Streams an mbox file (Google Takeout) message by message: never more than one message and one
// read chunk in memory. Messages start with a "From " line at the start of a line (mboxo/mboxrd).
import { createReadStream } from 'node:fs'
import { hasBom, UTF8_BOM } from './sniff.ts'

const SEPARATOR = Buffer.from('\nFrom ')
const CHUNK_BYTES = 1 << 20

export interface MboxMessage {
  /** The raw message without its "From " envelope line. */
  raw: Uint8Array
  /** Byte offset of the message in the file, for error reports. */
  offset: number
  /** The last message of the file: the only one that can be cut short unnoticed. */
  last: boolean
}

export async function* mboxMessages(
  path: string,
  onBytes: (bytes: number) => void = () => {},
): AsyncGenerator<MboxMessage> {
  let pending: Buffer = Buffer.alloc(0)
  let pendingOffset = 0
  let first = true
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) {
    onBytes((chunk as Buffer).length)
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer])
    if (first) {
      first = false
      // Behind a byte-order mark the first envelope line would not be seen and would be read as a header.
      if (hasBom(pending)) {
        pending = pending.subarray(UTF8_BOM.length)
        pendingOffset = UTF8_BOM.length
      }
    }
    let boundary = pending.indexOf(SEPARATOR)
    while (boundary !== -1) {
      const message = pending.subarray(0, boundary + 1)
      if (hasContent(message))
        yield { raw: withoutEnvelope(message), offset: pendingOffset, last: false }
      pending = pending.subarray(boundary + 1)
      pendingOffset += boundary + 1
      boundary = pending.indexOf(SEPARATOR)
    }
    // Keep what is left; copy it so the read chunk behind it can be released.
    pending = Buffer.from(pending)
  }
  if (hasContent(pending))
    yield { raw: withoutEnvelope(pending), offset: pendingOffset, last: true }
}

function withoutEnvelope(message: Buffer): Uint8Array {
  if (!message.subarray(0, 5).equals(Buffer.from('From '))) return message
  const lineEnd = message.indexOf(0x0a)
  return lineEnd === -1 ? new Uint8Array() : message.subarray(lineEnd + 1)
}

function hasContent(message: Buffer): boolean {
  return message.some((byte) => byte !== 0x0a && byte !== 0x0d && byte !== 0x20)
}
