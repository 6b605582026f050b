// .eml and .mbox messages through postal-mime (a maintained MIME parser), reduced to a record.
import PostalMime from 'postal-mime'
import { BODY_CHARS, SNIPPET_CHARS, parseDate, type MailRecord } from './records.ts'

/** Larger messages are cut: detection needs the headers and the start of the text. */
export const MAX_MESSAGE_BYTES = 4 * 1024 * 1024

export async function fromRawMessage(raw: Uint8Array, fallbackId: string): Promise<MailRecord> {
  const email = await PostalMime.parse(raw.subarray(0, MAX_MESSAGE_BYTES), {
    attachmentEncoding: 'arraybuffer',
  })
  const from = email.from
  const fromText = from
    ? from.name
      ? `${from.name} <${from.address ?? ''}>`
      : (from.address ?? '')
    : ''
  const text = (email.text ?? htmlToText(email.html ?? '')).slice(0, BODY_CHARS)
  const labels = email.headers.find((header) => header.key === 'x-gmail-labels')?.value ?? ''
  return {
    id: email.messageId?.trim() || fallbackId,
    date: parseDate(email.date),
    from: fromText,
    subject: email.subject ?? '',
    snippet: text.replace(/\s+/gu, ' ').trim().slice(0, SNIPPET_CHARS),
    // Google Takeout marks the user's own mail with the "Sent" label.
    folder: /(?:^|,)\s*sent\s*(?:,|$)/iu.test(labels) ? 'sent' : 'inbox',
    // Everyone the mail went to: a sent copy keeps its Cc and Bcc.
    to: [...(email.to ?? []), ...(email.cc ?? []), ...(email.bcc ?? [])]
      .map((address) => address.address ?? '')
      .join(', '),
    body: text,
  }
}

function htmlToText(html: string): string {
  return html
    .slice(0, BODY_CHARS * 4)
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<[^>]{0,2000}>/gu, ' ')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&amp;/gu, '&')
}
