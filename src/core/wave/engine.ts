// The streaming wave engine. Mails are observed in date order; each gets the verdict the engine
// can give at its arrival, and when a wave is recognised its earlier members are re-labelled
// (waveOf). The same engine runs in the worker and in the offline scanner.
import type { MailFeatures } from '../mail/features.ts'
import { relayVerdict, suspectVerdict, cleanVerdict } from './verdicts.ts'
import { DEFAULT_THRESHOLDS, SUSPECT_MIN_COMPANIES, type Thresholds } from './thresholds.ts'
import type { ReasonCode, Verdict } from '../types.ts'
import { DistinctWindow, GroupedWindow } from './window.ts'
import { EchoWindow } from './echoes.ts'
import { WaveText } from './wave-text.ts'
import { Suppressions } from './suppression.ts'
import { Identities } from './identities.ts'
import { PairedCandidates } from './pairing.ts'
import { emptyWave, nameWave, payloadKeyOf } from './wave.ts'
import type { Candidate, Wave, WalkedRun } from './wave.ts'
import { PendingJoiners } from '../mail/joining/joiners.ts'
import { retroactiveMembers } from './run-walk.ts'
import { KnownSenders } from './known-sender.ts'
import { WaveMembers } from './members.ts'
import { SendersWritingAgain } from './writes-again.ts'
import { AnsweredSenders } from './answered.ts'
import { firedRule, type FiredRule } from './fired-rule.ts'
import { WaveTrails, type PastWave } from './trail.ts'

export type { Wave } from './wave.ts'

/** Trimming the candidate array costs a copy, so it happens in chunks. */
const TRIM_CHUNK = 4_096

export class WaveEngine {
  private candidates: Candidate[] = []
  /** Candidates trimmed from the front so far. */
  private dropped = 0
  /** Per wave, the run its last retroactive walk covered: the next walk jumps over it. */
  private readonly walked = new WeakMap<Wave, WalkedRun>()
  private readonly fast: DistinctWindow<Candidate>
  private readonly quick: DistinctWindow<Candidate>
  private readonly slow: DistinctWindow<Candidate>
  private readonly perBrand: DistinctWindow<Candidate>
  private readonly perPayload: GroupedWindow<Candidate>
  /** Every window over the candidates, advanced and trimmed together. */
  private readonly windows: (DistinctWindow<Candidate> | GroupedWindow<Candidate>)[]
  /** Companies per echoed text, account mail included: what important mail is compared with. */
  private readonly echoes: EchoWindow
  /** Runs of words several companies' confirmations repeated: the wave's typed-in text. */
  private readonly text: WaveText
  private readonly members: WaveMembers
  private readonly wavesList: Wave[] = []
  /** What waves leave behind (trail.ts), with the waves judged before the replayed mail. */
  private readonly trails: WaveTrails
  /** When each brand was first seen: a wave is made of senders new to the inbox. */
  private readonly firstSeen = new Map<string, number>()
  private readonly joiners: PendingJoiners
  private readonly identities = new Identities()
  private readonly suppressions: Suppressions
  private readonly paired = new PairedCandidates()
  private readonly known: KnownSenders
  private readonly again: SendersWritingAgain
  /** Companies whose confirmation the person answered (answered.ts): no wave's. */
  private readonly answered = new AnsweredSenders()

  constructor(private readonly thresholds: Thresholds = DEFAULT_THRESHOLDS) {
    this.again = new SendersWritingAgain(thresholds.waveJoinGapMs)
    this.suppressions = new Suppressions(thresholds)
    this.trails = new WaveTrails(thresholds.waveJoinGapMs, this.again, this.suppressions)
    this.known = new KnownSenders(thresholds)
    this.members = new WaveMembers(thresholds, this.known, this.answered)
    this.joiners = new PendingJoiners(thresholds.slowWaveWindowMs + thresholds.waveJoinGapMs)
    const brand = (c: Candidate) => c.identity
    this.fast = new DistinctWindow(thresholds.waveWindowMs, brand)
    this.quick = new DistinctWindow(thresholds.quickWaveWindowMs, brand)
    this.slow = new DistinctWindow(thresholds.slowWaveWindowMs, brand)
    this.perBrand = new DistinctWindow(thresholds.domainBurstWindowMs, brand)
    this.perPayload = new GroupedWindow(thresholds.payloadWindowMs, (c) => c.payload, brand)
    this.echoes = new EchoWindow(thresholds)
    this.text = new WaveText(thresholds.slowWaveWindowMs, thresholds.payloadMinBrands)
    this.windows = [this.fast, this.quick, this.slow, this.perBrand, this.perPayload]
  }

  /**
   * The user wrote to this brand (their Sent folder) with this subject: acknowledgements from the
   * same company, or echoing the subject from any sender, are expected.
   */
  recordOutgoing(brand: string, date: number, subject = '', recipients = 1): void {
    this.suppressions.recordOutgoing(brand, date, subject, recipients)
  }

  /** "I opened a ticket with this company", valid until `until`. */
  expectTicket(brand: string, until: number): void {
    this.suppressions.expectTicket(brand, until)
  }

  /** One message the user marked as not relay. */
  trustMessage(id: string): void {
    this.suppressions.trustMessage(id)
  }

  /** A company took part in a wave the replayed mail may hold only in part (stored verdicts). */
  rememberWaveCompany(brand: string): void {
    this.known.markInWave(this.identities.of(brand))
  }

  /** A wave judged before the replayed mail, whose companies' later mail is its trail. */
  rememberWave(wave: PastWave): void {
    this.trails.rememberWave(wave)
  }

  /** A company's confirmations on a day before the replayed mail (habit.ts), oldest day first. */
  rememberCompanyDay(brand: string, day: number, mails: number, first?: number): void {
    this.known.rememberDay(this.identities.of(brand), day, mails)
    this.trails.rememberDay(brand, day, first)
  }

  /**
   * The verdict for `mail` at its arrival; mails must come in date order. A candidate alone is
   * clean (a sign-up, a ticket the user opened); it is suspect while other companies' candidates
   * arrive around it, and relay once they make a wave.
   */
  observe(mail: MailFeatures): Verdict {
    const firstSeen = this.firstSeen.get(mail.brand)
    const identity = this.identities.of(mail.brand)
    const verdict = this.judge(mail, firstSeen, identity)
    if (verdict.verdict !== 'clean' || verdict.important) return verdict
    const wave = this.trails.of(mail, verdict, { waves: this.wavesList, identity, firstSeen })
    if (!wave) return verdict
    return relayVerdict([...verdict.reasons, 'wave-trail'], mail.indicatorCount, wave.id)
  }

  private judge(mail: MailFeatures, firstSeen: number | undefined, identity: string): Verdict {
    if (firstSeen === undefined && mail.date !== null) this.firstSeen.set(mail.brand, mail.date)
    this.known.note(mail, identity)
    this.again.note(mail)
    // Only a sign-up's confirmation, a welcome code or a welcome takes part in an answer.
    if (mail.asksSignUp || mail.welcomeCode || mail.welcomes) this.answered.note(mail, identity)
    if (mail.date !== null) this.suppressions.noticeIncoming(mail.payload, mail.date)
    // Important-looking mail in no confirmation wording is judged on the wave's text: "Your 0.82
    // BTC withdrawal is pending" typed into every form reads as a bank's notice in each of them.
    if (!mail.helpdesk && !mail.joiner) return this.observeRepeat(mail, firstSeen)
    if (mail.important && !this.echoed(mail, identity, firstSeen))
      return cleanVerdict(['important'], true)
    const suppressed = this.suppressions.reasonFor(mail, identity)
    if (suppressed) return cleanVerdict([...mail.reasons, suppressed], mail.important !== null)
    const reasons: ReasonCode[] = [...mail.reasons]
    if (firstSeen === undefined) reasons.push('first-time-sender')
    if (!mail.helpdesk) return this.observeJoiner(mail, identity, reasons, firstSeen)
    if (mail.date === null) return suspectVerdict([...reasons, 'no-date'], mail.indicatorCount)
    if (mail.kind === 'update' || mail.kind === 'solved') {
      // Agent replies belong to a real ticket's life: they mark the conversation and never make
      // or join a wave (relays send acknowledgements and account mails, not updates).
      this.suppressions.recordConversation(mail)
      return cleanVerdict(reasons, false)
    }
    // A company the inbox knew before the wave is no newcomer (known-sender.ts): its confirmation
    // stays out unless it carries typed-in text (disguised, or the wave's again) or floods.
    const wave = this.activeWave(mail.date)
    const standing = this.known.standing(mail, identity, mail.date, wave?.start ?? null)
    if (standing === 'known' && !this.text.repeats(mail.date, mail.payload, identity))
      return cleanVerdict(reasons, false)
    const flood = standing === 'flood'
    return this.observeCandidate(mail, mail.date, { identity, reasons, flood })
  }

  /** A confirmation from a newcomer (or a flood): it makes, joins or awaits a wave. */
  private observeCandidate(
    mail: MailFeatures,
    date: number,
    { identity, reasons, flood }: { identity: string; reasons: ReasonCode[]; flood: boolean },
  ): Verdict {
    this.text.hear(date, mail.payload, identity)
    const candidate = {
      id: mail.id,
      brand: mail.brand,
      identity,
      date,
      payload: payloadKeyOf(mail, this.thresholds.payloadMinChars),
      seq: this.dropped + this.candidates.length,
    }
    if (mail.access === true) this.members.noteAccess(candidate)
    const wave = this.admit(candidate)
    const burst = flood || this.perBrand.count(identity) >= this.thresholds.domainBurstMin
    if (burst) reasons.push('domain-burst')
    // Access mail may be held out of the wave under way (access-mail.ts).
    if (wave && this.members.of(mail.id) === wave)
      return relayVerdict([...reasons, ...wave.rules], mail.indicatorCount, wave.id)
    // Access mail is no one's pair: two sign-in codes at once are a person signing in twice.
    const company =
      mail.access !== true &&
      this.fast.distinctExcept(this.answered.at(date)) >= SUSPECT_MIN_COMPANIES
    if (company) this.paired.markWindow(this.candidates, this.fast.first, this.dropped)
    if (company || burst) return suspectVerdict(reasons, mail.indicatorCount)
    return cleanVerdict(reasons, false)
  }

  /**
   * A mail with weak evidence joins the wave under way when its sender is new around the wave;
   * otherwise it waits for a wave to be recognised around it (joiners.ts), and is clean till then.
   */
  private observeJoiner(
    mail: MailFeatures,
    identity: string,
    reasons: ReasonCode[],
    firstSeen: number | undefined,
  ): Verdict {
    if (mail.date === null) return cleanVerdict(reasons, false)
    const { id, brand, date } = mail
    const payload = payloadKeyOf(mail, this.thresholds.payloadMinChars)
    const joiner = { id, brand, identity, date, payload, seq: -1, firstSeen: firstSeen ?? date }
    const wave = this.activeWave(mail.date)
    if (mail.access === true) this.members.noteAccess(joiner)
    // A disguised title, or the text the wave's companies carried, is typed in, whoever echoes it.
    const known = wave && this.known.knownBefore(identity, joiner.firstSeen, wave.start)
    if (!wave || (known && !mail.disguised && !this.text.repeats(date, mail.payload, identity))) {
      this.joiners.add(joiner)
      return cleanVerdict(reasons, false)
    }
    if (!this.members.add(wave, joiner)) return cleanVerdict(reasons, false)
    return relayVerdict([...reasons, ...wave.rules], mail.indicatorCount, wave.id)
  }

  /**
   * A mail in no wording the lexicon knows, from a sender new around the wave under way, that
   * repeats the text several companies' confirmations carried (wave-text.ts) is the wave's too.
   */
  private observeRepeat(mail: MailFeatures, firstSeen: number | undefined): Verdict {
    const quiet = mail.important ? cleanVerdict(['important'], true) : cleanVerdict([], false)
    const wave = mail.date === null ? null : this.activeWave(mail.date)
    // A sender known before the wave neither joins it nor lends it words.
    const identity = this.identities.of(mail.brand)
    const known = wave && this.known.knownBefore(identity, firstSeen, wave.start)
    if (!wave || mail.date === null || known) return quiet
    const again = this.again.writesAgain(mail, wave, identity)
    // New senders count too: an unknown product may be the only one to echo the typed-in title.
    if (!again && !this.text.repeatedBy(mail, mail.date, identity)) return quiet
    if (this.suppressions.reasonFor(mail, identity)) return quiet
    const reasons: ReasonCode[] = firstSeen === undefined ? ['first-time-sender'] : []
    if (!again) reasons.push('same-payload')
    return this.observeJoiner(mail, identity, reasons, firstSeen)
  }

  /**
   * Important words beside confirmation wording that other companies' such confirmations carried
   * too (echoes.ts): typed into every form. A sender known before the wave keeps its notice.
   */
  private echoed(mail: MailFeatures, identity: string, firstSeen: number | undefined): boolean {
    // A candidate that is important is so by words beside its confirmation wording.
    if (!mail.helpdesk || mail.important === null || mail.date === null) return false
    if (!this.echoes.echoedByOthers({ date: mail.date, text: mail.payload, identity })) return false
    return !this.known.knownBefore(identity, firstSeen, mail.date)
  }

  /** True when a later candidate from another company made this one suspect (retroactive). */
  // Access mail is never made suspect by company: a crowd of it makes it the wave's instead.
  isPaired(id: string): boolean {
    return this.paired.has(id) && !this.members.isAccess(id)
  }

  /**
   * Whether the person answered a confirmation of the mail's company around its date (answered.ts),
   * after everything seen so far: its mail is theirs, whatever it was called at arrival; or an
   * answer that had released it was withdrawn.
   */
  answerOf(mail: Pick<MailFeatures, 'brand' | 'date'>): 'answered' | 'withdrawn' | null {
    return this.answered.stateAt(this.identities.of(mail.brand), mail.date)
  }

  /** The wave a mail belongs to after everything seen so far (retroactive). */
  waveOf(id: string): Wave | null {
    return this.members.of(id)
  }

  /** Recognised waves; one whose every mail was held out (access-mail.ts) is none yet. */
  get waves(): readonly Wave[] {
    return this.wavesList.filter((wave) => wave.members.length > 0)
  }

  private admit(candidate: Candidate): Wave | null {
    this.candidates.push(candidate)
    const end = this.candidates.length - 1
    for (const window of this.windows) window.advance(this.candidates, end)
    const fired = this.firedRule(candidate)
    const wave = fired ? this.recognise(fired, candidate) : this.activeWave(candidate.date)
    if (wave && !fired) this.members.add(wave, candidate)
    this.trim()
    return wave
  }

  private firedRule(candidate: Candidate): FiredRule | null {
    // A company whose confirmation the person answered counts towards no wave (answered.ts).
    const { fast, quick, slow, thresholds } = this
    const answered = this.answered.at(candidate.date)
    return firedRule(candidate, { fast, quick, slow }, this.perPayload, { thresholds, answered })
  }

  private recognise(fired: FiredRule, candidate: Candidate): Wave {
    const wave =
      this.activeWave(candidate.date) ??
      this.waveInWindow(fired.from) ??
      this.newWave(candidate.date)
    wave.rules.add(fired.rule)
    const past = { candidates: this.candidates, dropped: this.dropped, walked: this.walked }
    const gapMs = this.thresholds.waveJoinGapMs
    for (const member of retroactiveMembers(fired, candidate, wave, { ...past, gapMs }))
      this.members.add(wave, member)
    // A wave's first minutes may bring only mail in unknown words: joiners that came up to a
    // quick window before its first candidate belong to it too. Measured from the candidate, not
    // from `start`, which the joiners taken in move: the reach back does not chain.
    const { waveJoinGapMs: gap, quickWaveWindowMs: quick } = this.thresholds
    for (const joiner of this.joiners.take(wave.firstCandidate - quick, wave.end, wave.start - gap))
      this.members.add(wave, joiner)
    nameWave(wave)
    return wave
  }

  /** The wave under way: one whose every mail was held out (access-mail.ts) is none yet. */
  private activeWave(date: number): Wave | null {
    const last = this.wavesList.at(-1)
    if (!last?.members.length || date - last.end > this.thresholds.waveJoinGapMs) return null
    return last
  }

  /** The latest wave that already holds a mail of the firing window: the rule extends it. */
  private waveInWindow(from: number): Wave | null {
    for (let i = this.candidates.length - 1; i >= from; i--) {
      const wave = this.members.of(this.candidates[i]!.id)
      if (wave) return wave
    }
    return null
  }

  private newWave(date: number): Wave {
    // A wave whose mail was all held out is reused, not left behind empty.
    const last = this.wavesList.at(-1)
    if (last?.members.length === 0) return last
    this.wavesList.push(emptyWave(date))
    return this.wavesList.at(-1)!
  }

  private trim(): void {
    const keepFrom = Math.min(...this.windows.map((window) => window.first))
    if (keepFrom < TRIM_CHUNK) return
    this.candidates = this.candidates.slice(keepFrom)
    this.dropped += keepFrom
    for (const window of this.windows) window.shift(keepFrom)
  }
}
