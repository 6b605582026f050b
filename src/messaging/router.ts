// Request/response routing for the background. No long-lived ports: the worker may die at any
// moment, so every request stands alone and the sender retries (docs/architecture.md, "Messaging").
import {
  CONTENT_SCRIPT_MESSAGES,
  type BackgroundMessageType,
  type BackgroundProtocol,
  type RequestOf,
  type ResponseOf,
} from './protocol.ts'
import { accountFitsPage } from './sender-site.ts'

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
    if (sender.kind === 'content-script') {
      const stranger = claimedAccounts(payload).find((a) => !accountFitsPage(a, sender.url))
      if (stranger !== undefined)
        throw new RejectedMessage(`${type} names an account its page does not show`)
    }
    return dispatch(handlers, type, payload, sender)
  }
}

/** Every account a request speaks for: its own, or its rows'. */
function claimedAccounts(payload: unknown): string[] {
  const { account, rows } = payload as { account?: unknown; rows?: unknown }
  const accounts = typeof account === 'string' ? [account] : []
  if (Array.isArray(rows))
    for (const row of rows as { account?: unknown }[])
      if (typeof row.account === 'string') accounts.push(row.account)
  return accounts
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
    'link.domain': true,
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
