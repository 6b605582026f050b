// Companies whose confirmation somebody answered. A relay's sender never sees the confirmation it
// caused, so what only an answer brings (a shop's welcome code after its opt-in, an order or a
// booking placed beside a new account) means the person signed up there: a coupon evening, a guest
// checkout, a travel booking. Such a company neither counts towards a wave nor joins one from
// shortly before its confirmation until a day after the answer (engine.ts, members.ts). Its mail
// that arrived before the answer keeps the verdict it had (a verdict belongs to a message id).
import type { MailFeatures } from '../mail/features.ts'
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time.ts'

/** A person opens the mail and clicks: no answer comes sooner than this after the confirmation. */
const ANSWER_MIN_MS = 30_000
/** ...nor later than this, for the answer to be the same sign-up's. */
const ANSWER_MAX_MS = 3 * HOUR_MS
/**
 * An order or a booking follows its account mail within minutes (a checkout, a booking's steps);
 * a customer's order hours after a wave's confirmation from the same shop is another matter.
 */
const TRANSACTION_AFTER_MS = 30 * MINUTE_MS
/** An order or a booking may arrive just before the account mail its checkout created. */
const TRANSACTION_BEFORE_MS = 10 * MINUTE_MS
/** How long after the answer the company stays out of waves. */
const ANSWERED_FOR_MS = DAY_MS

type Answering = Pick<
  MailFeatures,
  'date' | 'helpdesk' | 'kind' | 'joiner' | 'important' | 'echoable'
> & {
  welcomeCode?: boolean
}

export class AnsweredSenders {
  /** The last confirmation per company. */
  private readonly asked = new Map<string, number>()
  /** The last order, payment or booking per company (its own notice, not echoed words). */
  private readonly transacted = new Map<string, number>()
  /** Per answered company, the span in which it takes no part in a wave. */
  private readonly spans = new Map<string, { from: number; until: number }>()

  /**
   * Every mail, in date order. `identity`: its company (sender.ts brandIdentity); `typedIn`: the
   * mail repeats what other companies' confirmations carried, a payload typed into their forms
   * ("Your order 4411 was paid", "Your 50 % code: XMAS26"), which answers nothing.
   */
  note(mail: Answering, identity: string, typedIn: () => boolean): void {
    const date = mail.date
    if (date === null || mail.joiner) return
    if (mail.helpdesk) {
      // A sign-up asks for the answer; an acknowledgement asks for nothing, and a customer's
      // receipt beside one says nothing of who filed the request.
      if (mail.kind !== 'verification') return
      this.asked.set(identity, date)
      const sold = this.transacted.get(identity)
      if (sold !== undefined && date - sold <= TRANSACTION_BEFORE_MS)
        this.answer(identity, date, date)
      return
    }
    const transaction = mail.important !== null && mail.echoable === false
    if (!transaction && mail.welcomeCode !== true) return
    if (typedIn()) return
    if (transaction) this.transacted.set(identity, date)
    const asked = this.asked.get(identity)
    if (asked === undefined) return
    const after = date - asked
    if (
      transaction ? after <= TRANSACTION_AFTER_MS : after >= ANSWER_MIN_MS && after <= ANSWER_MAX_MS
    )
      this.answer(identity, asked, date)
  }

  /** The company answered a confirmation around `date`. */
  has(identity: string, date: number): boolean {
    const span = this.spans.get(identity)
    return span !== undefined && date >= span.from && date <= span.until
  }

  /** The companies answered around `date`: few, so a window may subtract them. */
  at(date: number): string[] {
    const found: string[] = []
    for (const [identity, span] of this.spans) {
      // Mail comes in date order, and no wave reaches back a day: a span that ended is done.
      if (span.until < date - DAY_MS) this.spans.delete(identity)
      else if (date >= span.from && date <= span.until) found.push(identity)
    }
    return found
  }

  private answer(identity: string, asked: number, answered: number): void {
    const from = asked - TRANSACTION_BEFORE_MS
    const earlier = this.spans.get(identity)
    this.spans.set(identity, {
      from: earlier && earlier.until >= from ? earlier.from : from,
      until: answered + ANSWERED_FOR_MS,
    })
  }
}
