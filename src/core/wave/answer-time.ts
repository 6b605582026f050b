// When an answer can come: a person opens the confirmation and clicks, so no answer comes sooner
// than a minute after it, or two where both dates are whole minutes (as a webmail shows them, two
// dates a minute apart may be seconds apart), and none later than `latest` for it to be the same
// sign-up's (answered.ts for codes, welcome-answers.ts for welcomes).
import { MINUTE_MS } from '../time.ts'

const ANSWER_MIN_MS = MINUTE_MS
const ANSWER_MIN_WHOLE_MINUTES_MS = 2 * MINUTE_MS

export function answersInTime(asked: number, answered: number, latest: number): boolean {
  const wholeMinutes = asked % MINUTE_MS === 0 && answered % MINUTE_MS === 0
  const soonest = wholeMinutes ? ANSWER_MIN_WHOLE_MINUTES_MS : ANSWER_MIN_MS
  return answered - asked >= soonest && answered - asked <= latest
}
