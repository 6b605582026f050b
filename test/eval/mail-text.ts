// A small reader for RFC 5322 messages of the SpamAssassin corpus: unfolded headers, RFC 2047
// encoded words, and the first text part of the body (quoted-printable or base64). It reads only
// what the evaluation needs (From, Subject, Date, List-Id, the start of the text): a full MIME
// parser took over ten seconds for the 2,750 messages on the shared machine.
const DECODERS = new Map<string, TextDecoder>()

function decoder(charset: string): TextDecoder {
  const key = charset.toLowerCase()
  let found = DECODERS.get(key)
  if (!found) {
    try {
      found = new TextDecoder(key)
    } catch {
      found = new TextDecoder('latin1')
    }
    DECODERS.set(key, found)
  }
  return found
}

function bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff)
}

export function decodeQuotedPrintable(text: string, underscoreIsSpace = false): string {
  const spaced = underscoreIsSpace ? text.replace(/_/gu, ' ') : text
  return spaced
    .replace(/=\r?\n/gu, '')
    .replace(/=([0-9A-Fa-f]{2})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
}

function decodeBase64(text: string): string {
  return Buffer.from(text.replace(/\s+/gu, ''), 'base64').toString('latin1')
}

/** =?charset?Q|B?text?= words decoded; whitespace between two encoded words dropped. */
export function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/gu, '$1')
    .replace(
      /=\?([^?*]+)(?:\*[^?]*)?\?([QqBb])\?([^?]*)\?=/gu,
      (_, charset: string, encoding: string, text: string) => {
        const raw =
          encoding.toUpperCase() === 'Q' ? decodeQuotedPrintable(text, true) : decodeBase64(text)
        return decoder(charset).decode(bytes(raw))
      },
    )
}

export interface Parsed {
  headers: Map<string, string>
  body: string
}

export function parseMessage(raw: string): Parsed {
  const text = raw.replace(/\r\n/gu, '\n')
  const split = text.indexOf('\n\n')
  const head = split < 0 ? text : text.slice(0, split)
  const headers = new Map<string, string>()
  for (const line of head.replace(/\n[ \t]+/gu, ' ').split('\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const key = line.slice(0, colon).trim().toLowerCase()
    if (!headers.has(key)) headers.set(key, line.slice(colon + 1).trim())
  }
  return { headers, body: split < 0 ? '' : text.slice(split + 2) }
}

function charsetOf(contentType: string): string {
  return /charset="?([^";\s]+)/iu.exec(contentType)?.[1] ?? 'latin1'
}

/** Only the start of a part is decoded: the evaluation keeps the first 4,000 characters. */
const PART_CHARS = 16_000

function decodeBody(whole: string, headers: Map<string, string>): string {
  const body = whole.slice(0, PART_CHARS)
  const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase()
  const raw = encoding.includes('quoted')
    ? decodeQuotedPrintable(body)
    : encoding.includes('base64')
      ? decodeBase64(body)
      : body
  const decoded = decoder(charsetOf(headers.get('content-type') ?? '')).decode(bytes(raw))
  return /text\/html/iu.test(headers.get('content-type') ?? '')
    ? decoded.replace(/<[^>]{0,2000}>/gu, ' ').replace(/&nbsp;/gu, ' ')
    : decoded
}

/** The first text/plain part (else the first text part) of a message, decoded. */
export function firstText(message: Parsed, depth = 0): string {
  const type = message.headers.get('content-type') ?? 'text/plain'
  const boundary = /boundary="?([^";]+)"?/iu.exec(type)?.[1]
  if (!/multipart\//iu.test(type) || !boundary || depth > 3)
    return decodeBody(message.body, message.headers)
  const parts = message.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => parseMessage(part.replace(/^\n/u, '')))
  const plain = parts.find((part) =>
    /^text\/plain/iu.test(part.headers.get('content-type') ?? 'text/plain'),
  )
  const chosen =
    plain ??
    parts.find((part) => /^(text|multipart)\//iu.test(part.headers.get('content-type') ?? ''))
  return chosen ? firstText(chosen, depth + 1) : ''
}

/** "Name <addr>", however the header wrote it ("addr (Name)", quoted names, encoded words). */
export function fromLine(value: string): string {
  const decoded = decodeWords(value).trim()
  const angle = /^(.*?)<([^<>]+)>\s*$/u.exec(decoded)
  if (angle) {
    const name = angle[1]!.trim().replace(/^"|"$/gu, '').trim()
    return name ? `${name} <${angle[2]!.trim()}>` : angle[2]!.trim()
  }
  const comment = /^(\S+@\S+)\s*\((.*)\)\s*$/u.exec(decoded)
  if (comment) return comment[2]!.trim() ? `${comment[2]!.trim()} <${comment[1]}>` : comment[1]!
  return decoded
}
