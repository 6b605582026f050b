// Companies whose confirmation somebody answered. A relay's sender never sees the confirmation it
// caused, so a shop's welcome code handed over after its opt-in (what a double opt-in sends once
// its link is clicked) means the person signed up there: a coupon evening of ten to twenty shops
// was a wave before. Such a company neither counts towards a wave nor joins one from shortly before
// its confirmation until a day after the answer (engine.ts, members.ts), and its mail a wave took
// in before the answer came is released (classify.ts). What keeps an attacker from answering:
// - only a sign-up's confirmation (an address, an account or a subscription to confirm) is
//   answered; an acknowledgement asks for nothing;
// - the code comes at least a minute after the confirmation (two where dates are whole minutes,
//   as a webmail shows them; a shop that sends both at once answers nothing) and at most three
//   hours after;
// - a shop makes one code per person: a code that another company's mail carried too, or that a
//   confirmation carried, was typed into the forms;
// - a joiner answers nothing, and neither does mail the wave's typed-in text reaches (engine.ts).
import type { MailFeatures } from '../mail/features.ts'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time.ts'

/**
 * A person opens the mail and clicks: no answer comes sooner than a minute. A webmail shows whole
 * minutes, so there two dates a minute apart may be seconds apart: two minutes are asked.
 */
const ANSWER_MIN_MS = MINUTE_MS
const ANSWER_MIN_WHOLE_MINUTES_MS = 2 * MINUTE_MS
/** ...nor later than this, for the answer to be the same sign-up's. */
const ANSWER_MAX_MS = 3 * HOUR_MS
/** The span of an answered company starts this long before its confirmation. */
const ANSWERED_BEFORE_MS = 10 * MINUTE_MS
/** How long after the answer the company stays out of waves. */
const ANSWERED_FOR_MS = DAY_MS
/** How long a code is remembered, to tell one typed into several forms. */
const CODE_MEMORY_MS = DAY_MS

type Answering = Pick<MailFeatures, 'date' | 'helpdesk' | 'kind' | 'joiner' | 'welcomeCode'>

interface Span {
  from: number
  until: number
}

interface CodeSeen {
  identity: string
  date: number
  shared: boolean
  answered?: Span
}

/** The answer came late enough for a click, and soon enough for the same sign-up. */
function answersInTime(asked: number, answered: number): boolean {
  const wholeMinutes = asked % MINUTE_MS === 0 && answered % MINUTE_MS === 0
  const soonest = wholeMinutes ? ANSWER_MIN_WHOLE_MINUTES_MS : ANSWER_MIN_MS
  return answered - asked >= soonest && answered - asked <= ANSWER_MAX_MS
}

export class AnsweredSenders {
  /** The last sign-up confirmation per company. */
  private readonly asked = new Map<string, number>()
  /** Per code, the company that first carried it, when, and the span its answer made. */
  private readonly codes = new Map<string, CodeSeen>()
  /** Per answered company, every span in which it takes no part in a wave. */
  private readonly spans = new Map<string, Span[]>()
  /** The spans not yet over at the latest date seen, for the windows (few at any time). */
  private live: { identity: string; span: Span }[] = []

  /**
   * Every mail, in date order. `identity`: its company (sender.ts brandIdentity); `typedIn`: the
   * mail repeats the text the wave's companies carried.
   */
  note(mail: Answering, identity: string, typedIn: () => boolean): void {
    const date = mail.date
    if (date === null) return
    const fresh = mail.welcomeCode ? this.noteCode(mail.welcomeCode.code, identity, date) : false
    if (mail.helpdesk) {
      if (mail.kind === 'verification') this.asked.set(identity, date)
      return
    }
    if (mail.joiner || !mail.welcomeCode || mail.welcomeCode.asked || !fresh) return
    const asked = this.asked.get(identity)
    if (asked === undefined || !answersInTime(asked, date)) return
    if (!typedIn()) this.answer(identity, asked, date, this.codes.get(mail.welcomeCode.code)!)
  }

  /** The company answered a confirmation around `date`. */
  has(identity: string, date: number): boolean {
    return (this.spans.get(identity) ?? []).some((span) => date >= span.from && date <= span.until)
  }

  /** The companies answered around `date` (calls in date order): few, so a window subtracts them. */
  at(date: number): string[] {
    this.live = this.live.filter(({ span }) => span.until >= date)
    return this.live.flatMap(({ identity, span }) => (date >= span.from ? [identity] : []))
  }

  /** Records a code's carrier; true while no other company carried the same code. */
  private noteCode(code: string, identity: string, date: number): boolean {
    const seen = this.codes.get(code)
    if (seen === undefined || date - seen.date > CODE_MEMORY_MS) {
      this.codes.set(code, { identity, date, shared: false })
      return true
    }
    if (seen.identity !== identity && !seen.shared) {
      seen.shared = true
      // The code another company carried too was typed in: the answer it made is withdrawn.
      if (seen.answered) this.withdraw(seen.identity, seen.answered)
    }
    return !seen.shared
  }

  private answer(identity: string, asked: number, answered: number, code: CodeSeen): void {
    const span = { from: asked - ANSWERED_BEFORE_MS, until: answered + ANSWERED_FOR_MS }
    this.spans.set(identity, [...(this.spans.get(identity) ?? []), span])
    this.live.push({ identity, span })
    code.answered = span
  }

  private withdraw(identity: string, span: Span): void {
    this.spans.set(
      identity,
      (this.spans.get(identity) ?? []).filter((kept) => kept !== span),
    )
    this.live = this.live.filter((kept) => kept.span !== span)
  }
}
