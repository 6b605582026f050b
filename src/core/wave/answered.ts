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
// A welcome that asks for nothing answers too, under stricter rules (welcome-answers.ts).
import type { MailFeatures } from '../mail/features.ts'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time.ts'
import { answersInTime } from './answer-time.ts'
import { CodeMemory, type CarriedCode } from './code-memory.ts'
import { WelcomeAnswers } from './welcome-answers.ts'

/** No answer comes later than this, for it to be the same sign-up's. */
const ANSWER_MAX_MS = 3 * HOUR_MS
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
  /** Welcomes that answer a sign-up (welcome-answers.ts). */
  private readonly welcomes = new WelcomeAnswers<Span>({
    answer: (identity, asked, answered) => this.answer(identity, asked, answered, null),
    withdraw: (identity, span) => this.withdraw(identity, span),
  })
  private readonly codes = new CodeMemory()
  /** Per company, the spans of answers withdrawn since (a code typed in, a sender asking again). */
  private readonly withdrawn = new Map<string, Span[]>()
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
      if (mail.asksSignUp === true) {
        this.asked.set(identity, date)
        this.welcomes.ask(identity, mail.nameBrand, date)
      } else if (mail.welcomes === true) this.welcomes.welcome(identity, mail.nameBrand, date)
      return
    }
    if (mail.joiner || !carried || carried.typedIn) return
    const asked = this.asked.get(identity)
    if (asked === undefined || !answersInTime(asked, date, ANSWER_MAX_MS)) return
    this.answer(identity, asked, date, carried)
  }

  /** The company is out of waves at `date`: answered around it. */
  has(identity: string, date: number): boolean {
    return this.within(identity, date, 'until')
  }

  /**
   * Whether the company's mail at `date` is the person's: released by an answer, or once released
   * by one that was withdrawn since (the extension stored it clean and restores it).
   */
  stateAt(identity: string, date: number | null): 'answered' | 'withdrawn' | null {
    if (date === null) return null
    if (this.released(identity, date)) return 'answered'
    const withdrawn = this.withdrawn.get(identity) ?? []
    return withdrawn.some((span) => date >= span.from && date <= span.answered) ? 'withdrawn' : null
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
    if (!this.spansOf(identity).includes(span)) return
    this.withdrawn.set(identity, [...(this.withdrawn.get(identity) ?? []), span])
    this.spans.set(
      identity,
      this.spansOf(identity).filter((kept) => kept !== span),
    )
    this.live = this.live.filter((kept) => kept.span !== span)
  }
}
