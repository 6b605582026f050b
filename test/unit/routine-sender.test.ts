// A sender that writes most days (core/wave/routine-sender.ts): the helpdesk of the person's own
// team sends bursts of ticket notices every working day, and on a day a wave hits, its notices
// neither join the wave nor flood. The same notices from a sender without that history still join.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { RoutineSenders } from '../../src/core/wave/routine-sender.ts'

const MINUTE = 60_000
const DAY = 86_400_000
const T0 = Date.UTC(2026, 9, 19, 12, 0)

const notice = (id: string, at: number, sender = 'helpdesk@volmo.example'): MailInput => ({
  id,
  date: at,
  senderName: 'Volmo Support',
  senderAddress: sender,
  subject: `[Volmo] Request received: question ${id}`,
  snippet: `Your request (${id}) has been received and is being reviewed by our support staff.`,
})

const ack = (i: number, minutes: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand${i}`,
  senderAddress: `support@brand${i}.example`,
  subject: '[Request received] hello',
  snippet: `Your request (${4000 + i}) has been received and is being reviewed by our staff.`,
})

const wave = [0, 1, 2, 3, 4, 5].map((i) => ack(i, i * 2))
const today = [3, 5, 7, 9].map((m) => notice(`today${m}`, T0 + m * MINUTE))

function verdicts(mails: MailInput[]): Record<string, string> {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!.verdict]))
}

/** Two notices on each of `days` earlier days. */
const history = (days: number) =>
  Array.from({ length: days }, (_, d) => [
    notice(`d${d}a`, T0 - (d + 1) * DAY),
    notice(`d${d}b`, T0 - (d + 1) * DAY + 20 * MINUTE),
  ]).flat()

describe('a sender that writes most days', () => {
  it('keeps its notices out of a wave that hits on another day', () => {
    const judged = verdicts([...history(6), ...wave, ...today])
    expect(judged.ack5).toBe('relay')
    expect(today.map((mail) => judged[mail.id])).toEqual(['clean', 'clean', 'clean', 'clean'])
  })

  it('is not routine on fewer days: its notices join the wave', () => {
    const judged = verdicts([...history(2), ...wave, ...today])
    expect(today.some((mail) => judged[mail.id] === 'relay')).toBe(true)
  })

  it('counts distinct earlier days within the last thirty only', () => {
    const routine = new RoutineSenders()
    for (const d of [40, 39, 38, 37, 36, 35]) routine.note('s', T0 - d * DAY)
    expect(routine.isRoutine('s', T0)).toBe(false)
    for (const d of [5, 4, 3, 2]) routine.note('s', T0 - d * DAY)
    expect(routine.isRoutine('s', T0)).toBe(false)
    routine.note('s', T0 - DAY)
    expect(routine.isRoutine('s', T0)).toBe(true)
    // Many mails on one day are one day.
    const busy = new RoutineSenders()
    for (let m = 0; m < 50; m++) busy.note('b', T0 - DAY + m * MINUTE)
    expect(busy.isRoutine('b', T0)).toBe(false)
  })
})
