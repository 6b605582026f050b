// The validators the router applies to each message type before a handler sees it.
import { RejectedMessage, type Validators } from './router.ts'
import {
  ACTION_OUTCOMES,
  CLEANUP_ACTIONS,
  MAX_ACTION_IDS,
  type ActionResults,
  type CleanupAction,
} from './protocol.ts'
import { MAX_HOST_LENGTH } from '../core/site-domain.ts'
import { FIELD_LIMITS, validateIngest } from './validate.ts'
import { scanWindow } from './scan-window.ts'

export const validators: Validators = {
  'rows.ingest': (payload) => validateIngest(payload),
  'wave.describe': (payload) => accountAndId(payload),
  'message.find': (payload) => {
    const value = (payload ?? {}) as Record<string, unknown>
    const date = value.date
    return {
      account: required(value.account, FIELD_LIMITS.account),
      subject: required(value.subject, FIELD_LIMITS.subject),
      senderName: optional(value.senderName, FIELD_LIMITS.senderName),
      senderAddress: optional(value.senderAddress, FIELD_LIMITS.senderAddress),
      date: typeof date === 'number' && Number.isFinite(date) ? date : null,
    }
  },
  'message.trust': (payload) => accountAndId(payload),
  'link.domain': (payload) => ({
    host: required((payload as { host?: unknown } | null)?.host, MAX_HOST_LENGTH),
  }),
  'wave.act': (payload) => {
    const value = (payload ?? {}) as Record<string, unknown>
    const action = CLEANUP_ACTIONS.find((name) => name === value.action)
    if (!action) throw new RejectedMessage('unknown action')
    return {
      account: required(value.account, FIELD_LIMITS.account),
      waveId: required(value.waveId, FIELD_LIMITS.id),
      action: action satisfies CleanupAction,
      confirmed: value.confirmed === true,
      ...(Array.isArray(value.brands)
        ? {
            brands: value.brands
              .filter((brand): brand is string => typeof brand === 'string')
              .slice(0, MAX_ACTION_IDS)
              .map((brand) => brand.slice(0, FIELD_LIMITS.senderAddress)),
          }
        : {}),
    }
  },
  'ticket.expect': (payload) => {
    const value = (payload ?? {}) as Record<string, unknown>
    const until = value.until
    if (typeof until !== 'number' || !Number.isFinite(until))
      throw new RejectedMessage('missing date')
    return {
      account: required(value.account, FIELD_LIMITS.account),
      brand: required(value.brand, FIELD_LIMITS.senderAddress).toLowerCase(),
      until,
    }
  },
  'actions.progress': (payload) => {
    const value = (payload ?? {}) as Record<string, unknown>
    return {
      account: required(value.account, FIELD_LIMITS.account),
      actionId: required(value.actionId, FIELD_LIMITS.id),
      results: actionResults(value.results),
      finished: value.finished === true,
    }
  },
  'data.clear': () => ({}),
  'message.open': (payload) => accountAndId(payload),
  'folder.scan': (payload) => {
    const value = (payload ?? {}) as Record<string, unknown>
    const account = required(value.account, FIELD_LIMITS.account)
    if (value.window === undefined) return { account }
    const window = scanWindow(value.window)
    if (!window) throw new RejectedMessage('malformed scan window')
    return { account, window }
  },
  // Checked as message.trust checks its one id: a missing or oversized id refuses the message
  // rather than trusting the rest, and so does a list longer than any wave.
  'messages.trust': (payload) => {
    const value = (payload ?? {}) as Record<string, unknown>
    if (!Array.isArray(value.ids)) throw new RejectedMessage('missing ids')
    if (value.ids.length > MAX_ACTION_IDS) throw new RejectedMessage('too many ids')
    return {
      account: required(value.account, FIELD_LIMITS.account),
      ids: value.ids.map((id: unknown) => required(id, FIELD_LIMITS.id)),
    }
  },
  'popup.view': (payload) => {
    const account = ((payload ?? {}) as Record<string, unknown>).account
    return account === undefined ? {} : { account: required(account, FIELD_LIMITS.account) }
  },
  'actions.undo': (payload) => {
    const value = (payload ?? {}) as Record<string, unknown>
    return {
      account: required(value.account, FIELD_LIMITS.account),
      actionId: required(value.actionId, FIELD_LIMITS.id),
    }
  },
  'actions.recent': (payload) => ({
    account: required((payload as { account?: unknown } | null)?.account, FIELD_LIMITS.account),
  }),
  'stats.domains': (payload) => {
    const account = (payload as { account?: unknown } | null)?.account
    return typeof account === 'string' ? { account: account.slice(0, 200) } : {}
  },
  'stats.brands': (payload) => {
    const value = (payload ?? {}) as Record<string, unknown>
    const from = value.from
    const to = value.to
    if (typeof from !== 'number' || typeof to !== 'number' || !(from <= to))
      throw new RejectedMessage('missing or reversed span')
    if (!Number.isFinite(from) || !Number.isFinite(to)) throw new RejectedMessage('missing span')
    return { account: required(value.account, FIELD_LIMITS.account), from, to }
  },
}

function accountAndId(payload: unknown): { account: string; id: string } {
  const value = (payload ?? {}) as Record<string, unknown>
  return {
    account: required(value.account, FIELD_LIMITS.account),
    id: required(value.id, FIELD_LIMITS.id),
  }
}

function required(value: unknown, limit: number): string {
  if (typeof value !== 'string' || value === '' || value.length > limit)
    throw new RejectedMessage('missing or oversized field')
  return value
}

function optional(value: unknown, limit: number): string {
  return typeof value === 'string' ? value.slice(0, limit) : ''
}

/** Per-message outcomes from a page: known outcomes for bounded string ids, at most a wave's worth. */
function actionResults(value: unknown): ActionResults {
  if (typeof value !== 'object' || value === null) throw new RejectedMessage('missing results')
  const results: ActionResults = {}
  for (const [id, outcome] of Object.entries(value).slice(0, MAX_ACTION_IDS)) {
    const known = ACTION_OUTCOMES.find((name) => name === outcome)
    if (known && id.length <= FIELD_LIMITS.id) results[id] = known
  }
  return results
}
