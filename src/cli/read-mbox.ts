// An .mbox file (Google Takeout), streamed message by message. A message that is not a mail is
// skipped; a last message that looks cut short is read with a warning.
import { describe, fileError, readHead, type SourceEvent, type SourceOptions } from './events.ts'
import { mboxMessages, type MboxMessage } from './mbox.ts'
import { fromRawMessage } from './mime.ts'
import { binaryKind, notMailReason, withoutBom } from './sniff.ts'
import { truncationReason } from './truncation.ts'

export async function* readMbox(path: string, options: SourceOptions): AsyncGenerator<SourceEvent> {
  let index = 0
  try {
    const problem = await startProblem(path)
    if (problem) {
      yield problem
      if (problem.kind === 'error') return
    }
    for await (const message of mboxMessages(path, options.onBytes)) {
      index++
      yield* readMessage(path, message, index)
    }
  } catch (error) {
    yield fileError(path, `cannot read: ${describe(error)}`)
  }
}

/** An mbox starts with a "From " envelope line; a single mail saved as .mbox is read as one. */
async function startProblem(path: string): Promise<SourceEvent | null> {
  const head = await readHead(path)
  const kind = binaryKind(head.bytes)
  if (kind) return fileError(path, `is ${kind}, not an mbox`)
  const start = withoutBom(head.bytes)
  if (start.length === 0 || Buffer.from(start.subarray(0, 5)).toString('latin1') === 'From ')
    return null
  const notMail = notMailReason(start, head.whole)
  if (notMail)
    return fileError(path, `not an mbox: no "From " line at its start, nor a mail (${notMail})`)
  return {
    kind: 'warning',
    source: path,
    position: path,
    message: 'no "From " line at its start; read as mail all the same',
  }
}

async function* readMessage(
  path: string,
  message: MboxMessage,
  index: number,
): AsyncGenerator<SourceEvent> {
  const position = `${path} message ${index} (byte ${message.offset})`
  const notMail = notMailReason(message.raw, true)
  if (notMail) {
    yield {
      kind: 'error',
      source: path,
      unit: 'message',
      position,
      message: `not a mail: ${notMail}`,
    }
    return
  }
  const cut = message.last ? truncationReason(message.raw) : null
  if (cut)
    yield {
      kind: 'warning',
      source: path,
      position,
      message: `cut short? ${cut}; read as far as it goes`,
    }
  try {
    yield { kind: 'record', record: await fromRawMessage(message.raw, `${path}#${index}`) }
  } catch (error) {
    yield { kind: 'error', source: path, unit: 'message', position, message: describe(error) }
  }
}
