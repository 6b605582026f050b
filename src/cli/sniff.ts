// What the first bytes of a file or message say it is, before any parser sees them. A binary file
// or a text that is not a mail is reported and skipped: postal-mime would read anything as a mail
// with an empty header, and it would then be counted and classified as one.

/** The UTF-8 byte-order mark some Windows editors put at the start of a text file. */
export const UTF8_BOM = Uint8Array.of(0xef, 0xbb, 0xbf)

/** How much of a file or message is looked at: headers are at the start. */
export const SAMPLE_BYTES = 64 * 1024

export function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
}

export function withoutBom(bytes: Uint8Array): Uint8Array {
  return hasBom(bytes) ? bytes.subarray(UTF8_BOM.length) : bytes
}

/**
 * File signatures ("magic numbers") of the files most often dropped into a mail folder by mistake,
 * as their own specifications define them: PNG (W3C PNG spec, 5.2), ZIP/docx/xlsx (PKWARE
 * APPNOTE 4.3.7), gzip (RFC 1952 2.3.1), PDF (ISO 32000-1 7.5.2), JPEG (JFIF SOI marker),
 * GIF (GIF89a spec 17), 7-Zip and RAR (their format notes), ELF executables (System V ABI).
 */
const SIGNATURES: readonly { name: string; bytes: readonly number[] }[] = [
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'a zip archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'an empty zip archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'a gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  // Byte-order marks of UTF-16 (Unicode 15, 23.8): text, but not in an encoding mail files use.
  { name: 'UTF-16 text (save it as UTF-8)', bytes: [0xff, 0xfe] },
  { name: 'UTF-16 text (save it as UTF-8)', bytes: [0xfe, 0xff] },
]

/** Controls that never appear in mail text; ESC is allowed (ISO-2022-JP uses it), so are TAB, LF, FF, CR. */
function isBinaryControl(byte: number): boolean {
  return byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)
}

/** "a PNG image", "binary data", … or null for text. Looks at the first 8 KB only. */
export function binaryKind(sample: Uint8Array): string | null {
  const start = withoutBom(sample)
  for (const signature of SIGNATURES)
    if (signature.bytes.every((byte, i) => start[i] === byte)) return signature.name
  const head = start.subarray(0, 8192)
  let controls = 0
  for (const byte of head) {
    if (byte === 0) return 'binary data (NUL bytes)'
    if (isBinaryControl(byte)) controls++
  }
  // A few stray controls are text with garbage in it, reported line by line; many are not text.
  return controls > 32 && controls > head.length / 10 ? 'binary data (control bytes)' : null
}

/** Header fields every real mail carries at least one of (RFC 5322 3.6, RFC 5321 4.4). */
const MAIL_FIELDS = new Set([
  'from',
  'sender',
  'to',
  'subject',
  'date',
  'message-id',
  'received',
  'return-path',
  'delivered-to',
  'mime-version',
])

/** A header field line: a name of printable ASCII without ":" (RFC 5322 2.2), then ":". */
const FIELD = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:/u

/**
 * Why this message does not start with a mail header, or null when it does: every line up to the
 * first blank one is a header field or its folded continuation, and one of them is a mail field.
 * `complete` says whether the sample is the whole message (else its last line may be cut).
 */
export function notMailReason(sample: Uint8Array, complete: boolean): string | null {
  const lines = headerLines(withoutBom(sample), complete)
  // An mbox envelope line left at the top of a saved .eml.
  const first = lines[0]?.startsWith('From ') ? 1 : 0
  const names: string[] = []
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!
    if (names.length > 0 && (line.startsWith(' ') || line.startsWith('\t'))) continue
    const field = FIELD.exec(line)
    if (!field)
      return names.length === 0
        ? 'does not start with mail header fields'
        : `header line ${i + 1} is neither a header field nor the blank line that ends the header`
    names.push(field[1]!.toLowerCase())
  }
  if (names.length === 0) return 'has no mail header'
  return names.some((name) => MAIL_FIELDS.has(name))
    ? null
    : 'has none of the header fields of a mail (From, To, Subject, Date, Message-ID, Received)'
}

/** The lines before the first blank line, decoded byte for byte (header fields are ASCII). */
function headerLines(bytes: Uint8Array, complete: boolean): string[] {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES))
  const end = headerEnd(sample)
  const lines = sample.toString('latin1', 0, end === -1 ? sample.length : end).split(/\r?\n/u)
  if (end === -1 && !(complete && sample.length === bytes.length)) lines.pop()
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** Offset of the blank line that ends the header, or -1. */
export function headerEnd(bytes: Buffer): number {
  if (bytes[0] === 0x0a) return 0
  if (bytes[0] === 0x0d && bytes[1] === 0x0a) return 0
  const lf = bytes.indexOf('\n\n')
  const crlf = bytes.indexOf('\n\r\n')
  if (lf === -1) return crlf
  return crlf === -1 ? lf : Math.min(lf, crlf)
}
