// Batch classification for the extension: the rows of a page, judged together with the
// account's stored helpdesk mail around them, through the same streaming engine as the scanner.
import type { MailFeatures } from '../mail/features.ts'
import { WaveEngine, type Wave } from './engine.ts'
import { DEFAULT_THRESHOLDS, type Thresholds } from './thresholds.ts'
import type { Verdict } from '../types.ts'
import { answeredVerdict, retroactive } from './verdicts.ts'
import type { PastWave } from './trail.ts'
import { smallBursts, smallBurstVerdict } from './small-burst.ts'

export interface ClassifyContext {
  thresholds?: Thresholds
  /** Brands the user wrote to, with the dates (Sent folder) and how many the mail went to. */
  outgoing?: readonly { brand: string; date: number; subject?: string; recipients?: number }[]
  /** "I opened a ticket with X" until a date. */
  expected?: readonly { brand: string; until: number }[]
  /** Message ids the user marked as not relay. */
  trusted?: readonly string[]
  /**
   * Companies (brands) that earlier judgements put in a wave: never senders the inbox knows
   * (known-sender.ts), even when the replayed mail holds their wave only in part.
   */
  waveCompanies?: readonly string[]
  /**
   * Confirmations per company (brand) on UTC days before the batch's first day, oldest first:
   * what a replay of a few hours cannot see of a company's habit (habit.ts); the replayed mail of
   * a day given here counts towards no day. The extension's brand statistics.
   */
  companyDays?: readonly CompanyDay[]
  /**
   * Waves judged before (the extension's stored waves): later mail may be their trail, and their
   * companies are wave companies (`waveCompanies`) too.
   */
  pastWaves?: readonly PastWave[]
}

export interface CompanyDay {
  brand: string
  /** UTC day number (epoch ms / day). */
  day: number
  mails: number
  /** Own date of the day's first confirmation (epoch ms), when known. */
  first?: number
}

export interface Replay {
  /** Per mail, in the order given: the verdict at its arrival, and the final one. */
  arrival: Verdict[]
  final: Verdict[]
  engine: WaveEngine
  /** The waves recognised, small bursts (small-burst.ts) left out. */
  waves: Wave[]
  /** The waves given up as small bursts. */
  small: ReadonlySet<Wave>
}

/**
 * Observes every mail in the order of its own date (undated last, ties in the order given) and
 * returns each mail's verdict at arrival and its final verdict after all were seen. The scanner and
 * the extension both judge through this one replay.
 */
export function replay(mails: readonly MailFeatures[], context: ClassifyContext = {}): Replay {
  const thresholds = context.thresholds ?? DEFAULT_THRESHOLDS
  const engine = new WaveEngine(thresholds)
  for (const { brand, date, subject, recipients } of context.outgoing ?? [])
    engine.recordOutgoing(brand, date, subject, recipients)
  for (const { brand, until } of context.expected ?? []) engine.expectTicket(brand, until)
  for (const id of context.trusted ?? []) engine.trustMessage(id)
  const pastWaves = context.pastWaves ?? []
  const waveCompanies = [...(context.waveCompanies ?? []), ...pastWaves.flatMap((w) => w.brands)]
  for (const brand of waveCompanies) engine.rememberWaveCompany(brand)
  for (const wave of pastWaves) engine.rememberWave(wave)
  for (const { brand, day, mails: count, first } of context.companyDays ?? [])
    engine.rememberCompanyDay(brand, day, count, first)
  const order = mails
    .map((_, i) => i)
    .sort((a, b) => dateOf(mails[a]!) - dateOf(mails[b]!) || a - b)
  const arrival: Verdict[] = new Array(mails.length)
  for (const i of order) arrival[i] = engine.observe(mails[i]!)
  const small = smallBursts(
    engine.waves,
    mails.map((mail, i) => ({ mail, arrival: arrival[i]! })),
    (id) => engine.waveOf(id),
    {
      dates: datesOf(mails),
      slowWaveWindowMs: thresholds.slowWaveWindowMs,
    },
  )
  const final = mails.map((mail, i) => {
    const wave = engine.waveOf(mail.id)
    const judged = retroactive(arrival[i]!, wave, mail.indicatorCount, engine.isPaired(mail.id))
    // A company whose confirmation the person answered later is theirs (answered.ts), unless the
    // mail carries text typed into a form.
    const theirs = judged.verdict !== 'clean' && mail.indicatorCount === 0
    if (theirs && engine.answerOf(mail) === 'answered') return answeredVerdict(judged)
    const burst = wave && small.has(wave) && judged.waveId === wave.id
    return burst ? smallBurstVerdict(judged, mail.indicatorCount) : judged
  })
  const waves = engine.waves.filter((wave) => !small.has(wave))
  return { arrival, final, engine, waves, small }
}

/** The own dates of the dated `mails`, ascending: how far the replay saw past each wave. */
function datesOf(mails: readonly MailFeatures[]): number[] {
  const dates: number[] = []
  for (const mail of mails) if (mail.date !== null) dates.push(mail.date)
  return dates.sort((a, b) => a - b)
}

/**
 * Final verdicts for `rows` after seeing `history` too (features of earlier stored mail), and the
 * waves that hold at least one of `rows`, so the answer does not depend on the order rows were
 * seen in.
 * `released`: mails of `history` that a later answer to their company's confirmation makes
 * the person's own (answered.ts), which the caller re-labels; `unreleased`: mails of `history`
 * that such an answer had released and that are a wave's again since it was withdrawn;
 * `settled`: the verdicts of mails of `history` whose wave settled as a small burst
 * (small-burst.ts), and `smallBursts` the ids of those waves, which are no waves any more.
 */
export function classify(
  rows: readonly MailFeatures[],
  history: readonly MailFeatures[] = [],
  context: ClassifyContext = {},
): Classified {
  const wanted = new Set(rows.map((row) => row.id))
  const unique = new Map<string, MailFeatures>()
  for (const mail of [...history.filter((h) => !wanted.has(h.id)), ...rows])
    unique.set(mail.id, mail)
  const all = [...unique.values()]
  const { final, engine, small } = replay(all, context)
  const verdicts = new Map<string, Verdict>()
  const released: string[] = []
  const unreleased: string[] = []
  const settled = new Map<string, Verdict>()
  all.forEach((mail, i) => {
    if (wanted.has(mail.id)) verdicts.set(mail.id, final[i]!)
    else if (releasedNow(mail, final[i]!, engine)) released.push(mail.id)
    else if (final[i]!.verdict === 'relay' && engine.answerOf(mail) === 'withdrawn')
      unreleased.push(mail.id)
    else if (final[i]!.reasons.includes('small-burst')) settled.set(mail.id, final[i]!)
  })
  const waves = new Set<Wave>()
  for (const id of wanted) {
    const wave = engine.waveOf(id)
    if (wave && !small.has(wave)) waves.add(wave)
  }
  const smallBursts = [...small].map((wave) => wave.id)
  return { verdicts, waves: [...waves], released, unreleased, settled, smallBursts }
}

export interface Classified {
  verdicts: Map<string, Verdict>
  waves: Wave[]
  released: string[]
  unreleased: string[]
  settled: Map<string, Verdict>
  smallBursts: string[]
}

/**
 * A mail of the history the person's answer makes theirs: released by this replay, or clean in it
 * because its answered company made no wave (stored earlier as the wave's, the caller re-labels).
 */
function releasedNow(mail: MailFeatures, verdict: Verdict, engine: WaveEngine): boolean {
  if (verdict.reasons.includes('user-answered-confirmation')) return true
  return (
    verdict.verdict === 'clean' && mail.indicatorCount === 0 && engine.answerOf(mail) === 'answered'
  )
}

/** Undated mail goes last: it cannot join a wave, and must not hold back dated mail. */
function dateOf(mail: MailFeatures): number {
  return mail.date ?? Number.MAX_SAFE_INTEGER
}
