// One mail as the scanner reads it, from any input format, and its conversion to core input.
import type { MailInput } from '../core/mail/features.ts'

export interface MailRecord {
  id: string
  date: number | null
  /** "Name <addr>" or "addr". */
  from: string
  subject: string
  snippet: string
  folder: 'inbox' | 'sent'
  to: string
  body: string
}

/** Longest body text kept from a message: the templates and links sit at its start. */
export const BODY_CHARS = 8_000
export const SNIPPET_CHARS = 200

const NAME_ADDR = /^\s*"?([^"<]*?)"?\s*<([^<>\s]+@[^<>\s]+)>\s*$/u

export function parseFrom(from: string): { name: string; address: string } {
  const match = NAME_ADDR.exec(from.slice(0, 500))
  if (match) return { name: match[1]?.trim() ?? '', address: match[2] ?? '' }
  const address = /[^\s<>"]+@[^\s<>"]+/u.exec(from)?.[0] ?? ''
  return { name: '', address }
}

export function toMailInput(record: MailRecord): MailInput {
  const sender = parseFrom(record.from)
  return {
    id: record.id,
    date: record.date,
    senderName: sender.name,
    senderAddress: sender.address,
    subject: record.subject,
    snippet: record.snippet,
    body: record.body,
  }
}

/** Every address in a To line ("a@x, B <b@y>"). */
export function recipients(to: string): string[] {
  return [...to.slice(0, 10_000).matchAll(/[^\s<>",;]+@[^\s<>",;]+/gu)].map((match) => match[0])
}

export function parseDate(value: unknown): number | null {
  if (typeof value !== 'string' || value.length > 100) return null
  const time = Date.parse(value)
  return Number.isFinite(time) ? time : null
}

/** One line of the .jsonl contract; throws with a reason when the line does not fit it. */
export function fromJsonLine(line: string): MailRecord {
  const value: unknown = JSON.parse(line)
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('not an object')
  const object = value as Record<string, unknown>
  const text = (key: string) => (typeof object[key] === 'string' ? (object[key] as string) : '')
  if (!text('id')) throw new Error('missing "id"')
  if (!text('from')) throw new Error('missing "from"')
  const date = parseDate(object.date)
  if (object.date !== undefined && date === null) throw new Error('"date" is not an ISO-8601 date')
  return {
    id: text('id'),
    date,
    from: text('from'),
    subject: text('subject'),
    snippet: text('snippet').slice(0, SNIPPET_CHARS * 5),
    folder: object.folder === 'sent' ? 'sent' : 'inbox',
    to: text('to'),
    body: text('body').slice(0, BODY_CHARS),
  }
}
