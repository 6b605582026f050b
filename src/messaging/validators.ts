// The validators the router applies to each message type before a handler sees it.
import type { Validators } from './router.ts'
import { validateIngest } from './validate.ts'

export const validators: Validators = {
  'rows.ingest': (payload) => validateIngest(payload),
  'stats.domains': (payload) => {
    const account = (payload as { account?: unknown } | null)?.account
    return typeof account === 'string' ? { account: account.slice(0, 200) } : {}
  },
}
