// Checks messages from the background before the page acts on them (verdict updates, cleanup
// actions, opening a mail, scanning the list) with the protocol's own checks
// (src/messaging/content-messages.ts): a malformed message is ignored as a whole.
import { CONTENT_MESSAGES } from '../../messaging/content-messages.ts'
import { isRecord, type Check } from '../../messaging/check.ts'
import type { ContentProtocol } from '../../messaging/protocol.ts'

type ContentMessageType = keyof ContentProtocol
const CHECKS: { [K in ContentMessageType]: Check<ContentProtocol[K]> } = CONTENT_MESSAGES

/** The payload of a message of this type, checked; null for another type or a malformed one. */
function parse<K extends ContentMessageType>(type: K, message: unknown): ContentProtocol[K] | null {
  if (!isRecord(message) || message.type !== type) return null
  try {
    return CHECKS[type](message.payload)
  } catch {
    return null
  }
}

export const parseVerdictUpdate = (message: unknown) => parse('verdicts.update', message)
export const parseActionRequest = (message: unknown) => parse('actions.run', message)
export const parseOpenRequest = (message: unknown) => parse('message.open', message)
export const parseScanRequest = (message: unknown) => parse('folder.scan', message)
