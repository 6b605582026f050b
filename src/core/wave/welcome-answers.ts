// Welcomes that answer a sign-up (welcome-only.ts): a service that confirms a sign-up welcomes the
// person once the address is confirmed, so its welcome minutes after its own confirmation says
// somebody clicked (answered.ts). Services also send welcomes unasked (with the confirmation, or
// on a delay whatever the person does), so an attacker must not be able to hide a wave behind
// them. A welcome answers only when all of these hold:
// - it comes from the sender of the confirmation, and that sender is its company: on a platform
//   many companies send through (company-sender.ts), an answer would free every company on it;
// - it is the sender's first welcome since its only sign-up confirmation of the day, between a
//   minute (two on whole-minute dates) and WELCOME_MAX_MS after it; a second welcome or a second
//   confirmation within the day withdraws the answer (a company whose forms are reached again);
// - no other sender's sign-up confirmation came between the welcome and QUIET_BEFORE_MS before the
//   confirmation: a person clicks through one sign-up before the next, a wave's confirmations
//   arrive side by side;
// - fewer than ANSWERS_AT_ONCE senders welcomed within ANSWERS_WINDOW_MS: more at once are a
//   wave's services welcoming on a delay, and every answer made within the window is withdrawn.
import { DAY_MS, MINUTE_MS } from '../time.ts'
import { answersInTime } from './answer-time.ts'
import { companySender } from './company-sender.ts'

/** A person clicks within minutes; a welcome series may start unasked an hour after a sign-up. */
const WELCOME_MAX_MS = 30 * MINUTE_MS
/** No other sender's sign-up confirmation may come this long before the one answered. */
const QUIET_BEFORE_MS = 5 * MINUTE_MS
/** Welcomes from this many senders at once, within this window, are a wave's. */
const ANSWERS_AT_ONCE = 3
const ANSWERS_WINDOW_MS = 15 * MINUTE_MS

/** What answering does to the company, and how it is undone (answered.ts). */
export interface Answerer<S> {
  answer(identity: string, asked: number, answered: number): S
  withdraw(identity: string, span: S): void
}

interface Answer<S> {
  identity: string
  sender: string
  date: number
  span: S
}

export class WelcomeAnswers<S> {
  /** Per sender, its sign-up confirmations of the last day, oldest first. */
  private readonly asks = new Map<string, number[]>()
  /** Per sender, its last welcome. */
  private readonly welcomed = new Map<string, number>()
  /** Every sender's sign-up confirmations of the last WELCOME_MAX_MS, oldest first. */
  private recentAsks: { sender: string; date: number }[] = []
  /** Every sender's welcomes of the last ANSWERS_WINDOW_MS, oldest first. */
  private recentWelcomes: { sender: string; date: number }[] = []
  /** The answers made within the last day, oldest first. */
  private answers: Answer<S>[] = []

  constructor(private readonly answerer: Answerer<S>) {}

  /** A sign-up confirmation, in date order. */
  ask(identity: string, name: string | undefined, date: number): void {
    const sender = companySender(identity, name)
    const asks = recent(this.asks.get(sender) ?? [], date - DAY_MS)
    asks.push(date)
    this.asks.set(sender, asks)
    const kept = date - WELCOME_MAX_MS - QUIET_BEFORE_MS
    this.recentAsks = recent(this.recentAsks, kept, (ask) => ask.date)
    this.recentAsks.push({ sender, date })
    this.withdrawSender(sender, date)
  }

  /** A welcome that asks for nothing, in date order. */
  welcome(identity: string, name: string | undefined, date: number): void {
    const sender = companySender(identity, name)
    const before = this.welcomed.get(sender)
    this.welcomed.set(sender, date)
    if (this.welcomingTogether(sender, date)) return
    // An answer keeps the whole company out of waves: on a platform many companies send through
    // (a sender other than its company), one sender's welcome would free them all.
    if (sender !== identity) return
    // A second welcome within the day: the company sends one with every sign-up.
    if (before !== undefined && before > date - DAY_MS) return this.withdrawSender(sender, date)
    const asks = recent(this.asks.get(sender) ?? [], date - DAY_MS)
    const asked = asks[0]
    if (asks.length !== 1 || asked === undefined || !answersInTime(asked, date, WELCOME_MAX_MS))
      return
    const from = asked - QUIET_BEFORE_MS
    if (this.recentAsks.some((ask) => ask.sender !== sender && ask.date > from && ask.date < date))
      return
    this.answers = recent(this.answers, date - DAY_MS, (answer) => answer.date)
    const span = this.answerer.answer(identity, asked, date)
    this.answers.push({ identity, sender, date, span })
  }

  /**
   * Senders welcoming within ANSWERS_WINDOW_MS, as many as ANSWERS_AT_ONCE: a wave's services
   * welcoming on a delay. Every answer made within the window is withdrawn.
   */
  private welcomingTogether(sender: string, date: number): boolean {
    const from = date - ANSWERS_WINDOW_MS
    this.recentWelcomes = recent(this.recentWelcomes, from, (welcome) => welcome.date)
    this.recentWelcomes.push({ sender, date })
    const senders = new Set(this.recentWelcomes.map((welcome) => welcome.sender))
    if (senders.size < ANSWERS_AT_ONCE) return false
    for (const answer of [...this.answers]) if (answer.date > from) this.withdraw(answer)
    return true
  }

  private withdrawSender(sender: string, date: number): void {
    for (const answer of [...this.answers])
      if (answer.sender === sender && answer.date > date - DAY_MS) this.withdraw(answer)
  }

  /** Withdraws an answer once: it leaves the list of answers made. */
  private withdraw(answer: Answer<S>): void {
    this.answers = this.answers.filter((kept) => kept !== answer)
    this.answerer.withdraw(answer.identity, answer.span)
  }
}

/** The items after `after` (a list in date order): dropped from the front. */
function recent<T>(items: T[], after: number, dateOf: (item: T) => number = Number): T[] {
  let first = 0
  while (first < items.length && dateOf(items[first]!) <= after) first++
  return first === 0 ? items : items.slice(first)
}
