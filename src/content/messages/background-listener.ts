// Messages from the background, each checked by the validator of its type before the handler of
// its type sees it. Both maps are keyed by message type, so a message type added to the protocol
// without a validator or a handler does not type-check.
import type { ContentProtocol, ContentResponses } from '../../messaging/protocol.ts'
import {
  parseActionRequest,
  parseOpenRequest,
  parseScanRequest,
  parseVerdictUpdate,
} from './background-messages.ts'

type ContentType = keyof ContentProtocol

/** A handler answers with a promise, or returns undefined to leave the message unanswered. */
export type ContentHandlers = {
  [K in ContentType]: (
    payload: ContentProtocol[K],
  ) => Promise<ContentResponses[K] | null> | undefined
}

const VALIDATORS: { [K in ContentType]: (message: unknown) => ContentProtocol[K] | null } = {
  'verdicts.update': parseVerdictUpdate,
  'actions.run': parseActionRequest,
  'message.open': parseOpenRequest,
  'folder.scan': parseScanRequest,
}

/** Hands a valid message to its handler; anything else is left unanswered. */
export function dispatchFromBackground(
  message: unknown,
  handlers: ContentHandlers,
): Promise<unknown> | undefined {
  const type = (message as { type?: unknown } | null)?.type
  if (typeof type !== 'string' || !Object.hasOwn(VALIDATORS, type)) return undefined
  return dispatch(type as ContentType, message, handlers)
}

function dispatch<K extends ContentType>(
  type: K,
  message: unknown,
  handlers: ContentHandlers,
): Promise<unknown> | undefined {
  const payload = VALIDATORS[type](message)
  return payload === null ? undefined : handlers[type](payload)
}
