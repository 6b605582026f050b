// Request/response routing for the background. No long-lived ports: the worker may die at any
// moment, so every request stands alone and the sender retries (docs/architecture.md, "Messaging").
import { isRecord, RejectedMessage } from './check.ts'
import {
  CONTENT_SCRIPT_MESSAGES,
  type BackgroundMessageType,
  type RequestOf,
  type ResponseOf,
} from './protocol.ts'
import { BACKGROUND_REQUESTS } from './requests.ts'
import { accountFitsPage } from './sender-site.ts'

export { RejectedMessage }

/** Who sent a message: a content script in a web page, or one of the extension's own pages. */
export type SenderKind = 'content-script' | 'extension-page'

export interface Sender {
  kind: SenderKind
  /** The sending tab, when there is one. */
  tabId: number | null
  /** The sending document's URL as the browser reports it (a content script's page). */
  url?: string | null
}

/** The background's answer to one message type. */
export type Handler<K extends BackgroundMessageType> = (
  payload: RequestOf<K>,
  sender: Sender,
) => Promise<ResponseOf<K>>

export type Handlers = { [K in BackgroundMessageType]: Handler<K> }

/** Returns the answer for a message, or rejects it when its type, payload or sender is not allowed. */
export function createRouter(handlers: Handlers) {
  return async function route(message: unknown, sender: Sender): Promise<unknown> {
    if (!isRecord(message) || !isMessageType(message.type))
      throw new RejectedMessage('unknown message')
    const type = message.type
    if (sender.kind === 'content-script' && !CONTENT_SCRIPT_MESSAGES.has(type)) {
      throw new RejectedMessage(`content scripts may not send ${type}`)
    }
    return dispatch(handlers, type, message.payload, sender)
  }
}

function dispatch<K extends BackgroundMessageType>(
  handlers: Handlers,
  type: K,
  raw: unknown,
  sender: Sender,
): Promise<ResponseOf<K>> {
  const payload: RequestOf<K> = BACKGROUND_REQUESTS[type](raw)
  if (sender.kind === 'content-script') {
    const stranger = claimedAccounts(payload).find((a) => !accountFitsPage(a, sender.url))
    if (stranger !== undefined)
      throw new RejectedMessage(`${type} names an account its page does not show`)
  }
  return handlers[type](payload, sender)
}

/** Every account a request speaks for: its own, or its rows'. */
function claimedAccounts(payload: RequestOf<BackgroundMessageType>): string[] {
  if ('rows' in payload) return payload.rows.map((row) => row.account)
  return 'account' in payload && payload.account !== undefined ? [payload.account] : []
}

/** A message type the protocol knows: one with a check (never an inherited name like toString). */
export function isMessageType(type: unknown): type is BackgroundMessageType {
  return typeof type === 'string' && Object.hasOwn(BACKGROUND_REQUESTS, type)
}
