// Signs that the last message of an mbox was cut short (an interrupted download or copy, a disk
// that filled up). Earlier messages end where the next "From " line starts, so only the last one
// can be cut without anyone noticing. It is still scanned: what is there is real mail.
import { headerEnd } from './sniff.ts'

/** Why the message looks cut short, or null when it ends the way a written mbox ends. */
export function truncationReason(message: Uint8Array): string | null {
  if (message.length === 0) return null
  const bytes = Buffer.from(message.buffer, message.byteOffset, message.length)
  // mbox writers end every message with a newline and a blank line (RFC 4155, "From " format).
  if (bytes[bytes.length - 1] !== 0x0a) return 'the file ends in the middle of a line'
  const end = headerEnd(bytes)
  if (end === -1) return 'the file ends inside the message header'
  const boundary = multipartBoundary(bytes.toString('latin1', 0, end))
  // A multipart body ends with its closing delimiter "--boundary--" (RFC 2046 5.1.1).
  if (boundary !== null && bytes.indexOf(`--${boundary}--`, end) === -1)
    return `its multipart body never reaches the closing "--${boundary}--"`
  return null
}

function multipartBoundary(header: string): string | null {
  const unfolded = header.replace(/\r?\n[ \t]+/gu, ' ')
  const contentType = /^content-type:[ \t]*multipart\/[^\n]*/imu.exec(unfolded)?.[0]
  if (!contentType) return null
  const match = /boundary[ \t]*=[ \t]*(?:"([^"]{1,200})"|([^\s;"]{1,200}))/iu.exec(contentType)
  return match?.[1] ?? match?.[2] ?? null
}
