// Request/response routing for the background. No long-lived ports: the worker may die at any
// moment, so every request stands alone and the sender retries (docs/architecture.md, "Messaging").
import {
  CONTENT_SCRIPT_MESSAGES,
  type BackgroundMessageType,
  type BackgroundProtocol,
  type RequestOf,
  type ResponseOf,
} from './protocol.ts'

/** Who sent a message: a content script in a web page, or one of the extension's own pages. */
export type SenderKind = 'content-script' | 'extension-page'

export interface Sender {
  kind: SenderKind
  /** The sending tab, when there is one. */
  tabId: number | null
}

export type Handlers = {
  [K in BackgroundMessageType]: (payload: RequestOf<K>, sender: Sender) => Promise<ResponseOf<K>>
}

export type Validators = {
  [K in BackgroundMessageType]: (payload: unknown) => RequestOf<K>
}

export class RejectedMessage extends Error {
  override name = 'RejectedMessage'
}

/** Returns the answer for a message, or rejects it when its type or sender is not allowed. */
export function createRouter(handlers: Handlers, validators: Validators) {
  return async function route(message: unknown, sender: Sender): Promise<unknown> {
    const type = messageType(message)
    if (!type) throw new RejectedMessage('unknown message')
    if (sender.kind === 'content-script' && !CONTENT_SCRIPT_MESSAGES.has(type)) {
      throw new RejectedMessage(`content scripts may not send ${type}`)
    }
    const payload = validators[type]((message as { payload?: unknown }).payload)
    return dispatch(handlers, type, payload, sender)
  }
}

function dispatch<K extends BackgroundMessageType>(
  handlers: Handlers,
  type: K,
  payload: RequestOf<K>,
  sender: Sender,
): Promise<ResponseOf<K>> {
  return handlers[type](payload, sender)
}

function messageType(message: unknown): BackgroundMessageType | null {
  if (typeof message !== 'object' || message === null) return null
  const type = (message as { type?: unknown }).type
  const known: Record<BackgroundMessageType, true> = {
    'rows.ingest': true,
    'wave.describe': true,
    'message.find': true,
    'message.trust': true,
    'messages.trust': true,
    'message.open': true,
    'folder.scan': true,
    'wave.act': true,
    'ticket.expect': true,
    'actions.recent': true,
    'actions.progress': true,
    'actions.undo': true,
    'data.clear': true,
    'popup.view': true,
    'stats.domains': true,
    'stats.brands': true,
  }
  return typeof type === 'string' && Object.hasOwn(known, type)
    ? (type as keyof BackgroundProtocol)
    : null
}
