// Companies whose confirmation somebody answered. A relay's sender never sees the confirmation it
// caused, so a shop's welcome code handed over after its sign-up confirmation (what a double opt-in
// sends once its link is clicked) means the person signed up there: a coupon evening of ten to
// twenty shops was a wave before. Such a company neither counts towards a wave window nor joins a
// wave from shortly before its confirmation until a day after the answer (engine.ts, members.ts),
// and its mail dated up to the answer is released (classify.ts). What keeps an attacker from
// answering:
// - only a confirmation that asks to confirm an address, an account or a subscription is answered
//   (features.ts `asksSignUp`); an acknowledgement, a welcome, a reset or a sign-in code asks for
//   nothing a click would answer with a code;
// - the code comes at least a minute after the confirmation (two where both dates are whole
//   minutes, as a webmail shows them: a shop that sends both at once answers nothing) and at most
//   three hours after;
// - a code typed into the forms answers nothing (code-memory.ts), and neither does a joiner.
// A welcome that asks for nothing (welcome-only.ts) answers too, under rules of its own: it comes
// from the same sender (the company and the name it writes under, so one company's welcome on a
// platform many send through answers no other's), between a minute (two) and thirty minutes after
// the sender's only sign-up confirmation of the day, and it is withdrawn when the sender asks or
// welcomes again within the day: a company whose forms the attacker reaches again and again.
import type { MailFeatures } from '../mail/features.ts'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time.ts'
import { CodeMemory, type CarriedCode } from './code-memory.ts'

/** A person opens the mail and clicks: no answer comes sooner than a minute... */
const ANSWER_MIN_MS = MINUTE_MS
/** ...or two, where dates are whole minutes (two dates a minute apart may be seconds apart). */
const ANSWER_MIN_WHOLE_MINUTES_MS = 2 * MINUTE_MS
/** No answer comes later than this, for it to be the same sign-up's. */
const ANSWER_MAX_MS = 3 * HOUR_MS
/**
 * A welcome answers only this soon after the confirmation: a person clicks within minutes, and a
 * welcome series may start unasked an hour or a day after a sign-up.
 */
const WELCOME_MAX_MS = 30 * MINUTE_MS
/** The span of an answered company starts this long before its confirmation. */
const ANSWERED_BEFORE_MS = 10 * MINUTE_MS
/** How long after the answer the company stays out of waves. */
const ANSWERED_FOR_MS = DAY_MS

type Answering = Pick<
  MailFeatures,
  'date' | 'helpdesk' | 'joiner' | 'welcomeCode' | 'asksSignUp' | 'welcomes' | 'nameBrand'
>

const NONE: readonly string[] = []

interface Span {
  from: number
  answered: number
  until: number
}

export class AnsweredSenders {
  /** The last sign-up confirmation per company. */
  private readonly asked = new Map<string, number>()
  /** Per sender, its sign-up confirmations of the last day, for welcomes (welcome-only.ts). */
  private readonly asks = new Map<string, number[]>()
  /** Per company, the first name its sender wrote under; companies seen under two names. */
  private readonly names = new Map<string, string>()
  private readonly shared = new Set<string>()
  /** Per sender, the answer its welcome made: withdrawn when it asks or welcomes again. */
  private readonly byWelcome = new Map<string, { identity: string; span: Span }>()
  private readonly codes = new CodeMemory()
  /** Per answered company, every span in which it takes no part in a wave. */
  private readonly spans = new Map<string, Span[]>()
  /** The spans not yet over at the latest date seen, for the windows (few at any time). */
  private live: { identity: string; span: Span }[] = []

  /**
   * Every mail that asks for a sign-up, welcomes or carries a welcome code, in date order.
   * `identity`: its company (sender.ts brandIdentity).
   */
  note(mail: Answering, identity: string): void {
    const date = mail.date
    if (date === null) return
    const code = mail.welcomeCode
    const carried = code && this.codes.note(code.code, identity, date, code.asked)
    if (mail.helpdesk) {
      const sender = this.senderOf(identity, mail.nameBrand)
      if (mail.asksSignUp === true) {
        this.asked.set(identity, date)
        this.askedAgain(sender, date)
      } else if (mail.welcomes === true) this.welcomed(identity, sender, date)
      return
    }
    if (mail.joiner || !carried || carried.typedIn) return
    const asked = this.asked.get(identity)
    if (asked === undefined || !answersInTime(asked, date)) return
    this.answer(identity, asked, date, carried)
  }

  /**
   * A welcome that asks for nothing, from the company whose sign-up confirmation came minutes
   * before: sent once somebody clicked (welcome-only.ts). Sent with the confirmation, it answers
   * nothing; an hour later it may be a welcome series sent unasked.
   */
  private welcomed(identity: string, sender: string, date: number): void {
    // A second welcome within a day is a company the forms reach again and again, not one
    // sign-up answered.
    if (this.unwelcome(sender, date)) return
    const asks = this.asksWithin(sender, date)
    const asked = asks[0]
    if (asks.length !== 1 || asked === undefined) return
    if (!answersInTime(asked, date, WELCOME_MAX_MS)) return
    this.byWelcome.set(sender, { identity, span: this.answer(identity, asked, date, null) })
  }

  /** A sign-up confirmation: after a welcome answered the sender, it was no single sign-up. */
  private askedAgain(sender: string, date: number): void {
    const asks = this.asksWithin(sender, date)
    asks.push(date)
    this.asks.set(sender, asks)
    this.unwelcome(sender, date)
  }

  /**
   * Whose confirmation a welcome answers: its company's, or on a platform many companies send
   * through (mail of one company under two names) the name it writes under. Stored rows keep no
   * display name (the extension): a company seen under one name is its company alone, and once a
   * second name shows, what its welcomes answered is withdrawn.
   */
  private senderOf(identity: string, name: string | undefined): string {
    if (name === undefined) return identity
    const first = this.names.get(identity)
    if (first === undefined) this.names.set(identity, name)
    else if (first !== name && !this.shared.has(identity)) {
      this.shared.add(identity)
      const answer = this.byWelcome.get(identity)
      if (answer) this.withdraw(answer.identity, answer.span)
    }
    return this.shared.has(identity) ? `${identity}\n${name}` : identity
  }

  /** The sender's sign-up confirmations within the day before `date`. */
  private asksWithin(sender: string, date: number): number[] {
    return (this.asks.get(sender) ?? []).filter((asked) => asked > date - DAY_MS)
  }

  /** Withdraws the sender's answer by welcome if it came within the day before `date`. */
  private unwelcome(sender: string, date: number): boolean {
    const answer = this.byWelcome.get(sender)
    if (!answer || answer.span.answered <= date - DAY_MS) return false
    this.withdraw(answer.identity, answer.span)
    return true
  }

  /** The company is out of waves at `date`: answered around it. */
  has(identity: string, date: number): boolean {
    return this.within(identity, date, 'until')
  }

  /** The company's mail at `date` came before an answer, from shortly before its confirmation. */
  released(identity: string, date: number): boolean {
    return this.within(identity, date, 'answered')
  }

  /** The companies answered around `date` (calls in date order), each once. */
  at(date: number): readonly string[] {
    // Called for every candidate: most of the time no company is answered.
    if (this.live.length === 0) return NONE
    this.live = this.live.filter(({ span }) => span.until >= date)
    const found = this.live.filter(({ span }) => date >= span.from).map(({ identity }) => identity)
    return [...new Set(found)]
  }

  private within(identity: string, date: number, end: 'answered' | 'until'): boolean {
    return this.spansOf(identity).some((span) => date >= span.from && date <= span[end])
  }

  private spansOf(identity: string): readonly Span[] {
    return this.spans.get(identity) ?? []
  }

  private answer(
    identity: string,
    asked: number,
    answered: number,
    code: CarriedCode | null,
  ): Span {
    const span = { from: asked - ANSWERED_BEFORE_MS, answered, until: answered + ANSWERED_FOR_MS }
    this.spans.set(identity, [...this.spansOf(identity), span])
    this.live.push({ identity, span })
    code?.onTypedIn.push(() => this.withdraw(identity, span))
    return span
  }

  private withdraw(identity: string, span: Span): void {
    this.spans.set(
      identity,
      this.spansOf(identity).filter((kept) => kept !== span),
    )
    this.live = this.live.filter((kept) => kept.span !== span)
  }
}

/** The answer came late enough for a click, and soon enough for the same sign-up. */
function answersInTime(asked: number, answered: number, latest = ANSWER_MAX_MS): boolean {
  const wholeMinutes = asked % MINUTE_MS === 0 && answered % MINUTE_MS === 0
  const soonest = wholeMinutes ? ANSWER_MIN_WHOLE_MINUTES_MS : ANSWER_MIN_MS
  return answered - asked >= soonest && answered - asked <= latest
}
