// One .eml file: checked to be a mail before it is parsed as one.
import { readFile } from 'node:fs/promises'
import { describe, fileError, type SourceEvent, type SourceOptions } from './events.ts'
import { fromRawMessage } from './mime.ts'
import { binaryKind, notMailReason, withoutBom } from './sniff.ts'

export async function* readEml(
  path: string,
  options: SourceOptions,
  /** The folder the file was found in, if any. */
  source: string = path,
): AsyncGenerator<SourceEvent> {
  let bytes: Uint8Array
  try {
    bytes = withoutBom(await readFile(path))
  } catch (error) {
    yield fileError(path, `cannot read: ${describe(error)}`, source)
    return
  }
  options.onBytes?.(bytes.length)
  const kind = binaryKind(bytes)
  const notMail = kind ? `is ${kind}, not a mail` : notMailReason(bytes, true)
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
