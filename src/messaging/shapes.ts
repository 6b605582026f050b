// The checks that messages in both directions share. Kept apart from requests.ts, which needs the
// Public Suffix List's bounds: the content scripts import these, and must stay free of that list.
import { REASON_CODES } from '../core/types.ts'
import { ACTION_OUTCOMES } from '../core/actions.ts'
import {
  boolean,
  finite,
  identifier,
  listOf,
  nullable,
  object,
  oneOf,
  recordOf,
  where,
} from './check.ts'
import { FIELD_LIMITS, MAX_ACTION_IDS, MAX_SCAN_WINDOW_MS } from './limits.ts'

export const account = identifier(FIELD_LIMITS.account)
export const mailId = identifier(FIELD_LIMITS.id)

/** A span of the mails' own dates, first before last, at most a month long. */
export const scanWindow = where(
  object({ from: finite, to: finite }),
  ({ from, to }) => from <= to && to - from <= MAX_SCAN_WINDOW_MS,
  'reversed or overlong scan window',
)

/** What an action did to each mail. */
export const actionResults = recordOf(FIELD_LIMITS.id, oneOf(ACTION_OUTCOMES), MAX_ACTION_IDS)

export const verdict = object({
  verdict: oneOf(['clean', 'suspect', 'relay'] as const),
  score: where(finite, (score) => score >= 0 && score <= 1, 'score outside 0..1'),
  reasons: listOf(oneOf(REASON_CODES), REASON_CODES.length),
  waveId: nullable(mailId),
  important: boolean,
})
