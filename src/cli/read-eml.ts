// One .eml file: checked to be a mail before it is parsed as one. Only as much of it is read as
// the parser is given, so a huge file (a video saved as .eml) never fills the memory.
import { describe, fileError, readHead, type SourceEvent, type SourceOptions } from './events.ts'
import { fromRawMessage, MAX_MESSAGE_BYTES } from './mime.ts'
import { binaryKind, notMailReason, withoutBom } from './sniff.ts'

export async function* readEml(
  path: string,
  options: SourceOptions,
  /** The folder the file was found in, if any. */
  source: string = path,
): AsyncGenerator<SourceEvent> {
  let bytes: Uint8Array
  let whole: boolean
  try {
    const head = await readHead(path, MAX_MESSAGE_BYTES)
    options.onBytes?.(head.size)
    bytes = withoutBom(head.bytes)
    whole = head.whole
  } catch (error) {
    yield fileError(path, `cannot read: ${describe(error)}`, source)
    return
  }
  const kind = binaryKind(bytes)
  const notMail = kind ? `is ${kind}, not a mail` : notMailReason(bytes, whole)
  if (notMail) {
    yield fileError(path, kind ? notMail : `not a mail: ${notMail}`, source)
    return
  }
  try {
    yield { kind: 'record', record: await fromRawMessage(bytes, path) }
  } catch (error) {
    yield fileError(path, describe(error), source)
  }
}
