// Every message that may write empties the popup's view cache, before and after it runs, and has
// the view computed ahead again once writes settle. The reads are named; every other message is a
// write, and the type check fails when a new message is neither listed as a read nor wrapped here.
import type { BackgroundMessageType } from '../messaging/protocol.ts'
import type { Handler, Handlers } from '../messaging/router.ts'

/** Messages that only read: they keep the popup's view cache. */
type ReadMessage =
  | 'popup.view'
  | 'stats.domains'
  | 'stats.brands'
  | 'actions.recent'
  | 'wave.describe'
  | 'message.find'
  | 'link.domain'
type WriteMessage = Exclude<BackgroundMessageType, ReadMessage>

export interface WriteHooks {
  /** Empties the cache (called before and after a write). */
  clear: () => void
  /** After a write: the view and its published summary are redone. */
  written: () => void
}

/** The handlers with every writing one wrapped to keep the view cache true. */
export function invalidatingWrites(handlers: Handlers, hooks: WriteHooks): Handlers {
  const wrap = <K extends WriteMessage>(name: K) => invalidating(handlers[name], hooks)
  const writes: { [K in WriteMessage]: Handler<K> } = {
    'rows.ingest': wrap('rows.ingest'),
    'message.trust': wrap('message.trust'),
    'message.trustMany': wrap('message.trustMany'),
    'message.open': wrap('message.open'),
    'folder.scan': wrap('folder.scan'),
    'wave.act': wrap('wave.act'),
    'ticket.expect': wrap('ticket.expect'),
    'actions.progress': wrap('actions.progress'),
    'actions.undo': wrap('actions.undo'),
    'data.clear': wrap('data.clear'),
  }
  return { ...handlers, ...writes }
}

function invalidating<K extends BackgroundMessageType>(
  handle: Handler<K>,
  { clear, written }: WriteHooks,
): Handler<K> {
  return async (payload, sender) => {
    clear()
    try {
      return await handle(payload, sender)
    } finally {
      clear()
      written()
    }
  }
}
