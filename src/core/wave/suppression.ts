// What explains a candidate without any wave: the user trusted the message, expects a ticket from
// the company, wrote to it (outgoing.ts), sent one mail to many that it answers (sent-phrase.ts),
// or the mail continues a ticket conversation the inbox already holds. Such a mail is never relay
// (engine.ts).
import type { MailFeatures } from '../mail/features.ts'
import type { ReasonCode } from '../types.ts'
import { OutgoingMail } from './outgoing.ts'
import { SentPhrases } from './sent-phrase.ts'
import type { Thresholds } from './thresholds.ts'
import { conversationKey } from './wave.ts'

type SuppressionThresholds = Pick<Thresholds, 'outgoingSuppressMs' | 'acksPerOutgoing'>

export class Suppressions {
  private readonly outgoing: OutgoingMail
  private readonly phrases = new SentPhrases()
  private readonly outgoingMs: number
  private readonly expected = new Map<string, number>()
  private readonly trusted = new Set<string>()
  private readonly conversations = new Set<string>()

  constructor(thresholds: SuppressionThresholds) {
    this.outgoing = new OutgoingMail(thresholds.outgoingSuppressMs, thresholds.acksPerOutgoing)
    this.outgoingMs = thresholds.outgoingSuppressMs
  }

  /**
   * The user wrote to this brand with this subject (their Sent folder), in a mail to `recipients`
   * addresses (To, Cc and Bcc), recorded once per recipient.
   */
  recordOutgoing(brand: string, date: number, subject: string, recipients = 1): void {
    this.outgoing.record(brand, date, subject)
    this.phrases.record(date, subject, recipients)
  }

  /** Incoming mail's payload, in date order: a sent subject it carried is no phrase of the user's. */
  noticeIncoming(payload: string, date: number): void {
    this.phrases.notice(payload, date)
  }

  /** "I opened a ticket with this company", valid until `until`. */
  expectTicket(brand: string, until: number): void {
    this.expected.set(brand, Math.max(until, this.expected.get(brand) ?? 0))
  }

  trustMessage(id: string): void {
    this.trusted.add(id)
  }

  /** An agent's reply or a solved notice: the ticket's later mails belong to its conversation. */
  recordConversation(mail: MailFeatures): void {
    this.conversations.add(conversationKey(mail))
  }

  /** The user wrote to the mail's company within a month before it (outgoing.ts wroteTo). */
  wroteTo(mail: MailFeatures, identity: string): boolean {
    const names = mail.nameBrand ? [identity, mail.nameBrand] : [identity]
    return mail.date !== null && this.outgoing.wroteTo(names, mail.date)
  }

  /** Why the mail is explained, or null. `identity`: its company (sender.ts brandIdentity). */
  reasonFor(mail: MailFeatures, identity: string): ReasonCode | null {
    if (this.trusted.has(mail.id)) return 'user-trusted'
    const date = mail.date ?? Number.POSITIVE_INFINITY
    if ((this.expected.get(mail.brand) ?? -1) >= date) return 'expected-ticket'
    // One mail from the user explains its acknowledgement, not a flood from the same company.
    const names = mail.nameBrand ? [identity, mail.nameBrand] : [identity]
    // A verification, a code or an opt-in names no conversation; an acknowledgement, a ticket's
    // notice or mail that only joins ("[#2100064] Update on your request") may carry one on.
    const ticket = mail.kind !== 'verification'
    if (mail.date !== null && this.phrases.explains(mail.payload, mail.date, this.outgoingMs))
      return 'answers-user-mail'
    if (mail.date !== null && this.outgoing.explain(names, mail.date, mail.payload, ticket))
      return 'user-contacted-brand'
    if (
      this.conversations.has(conversationKey(mail)) ||
      (mail.date !== null && this.outgoing.answers(names, mail.payload, mail.date))
    )
      return 'known-conversation'
    return null
  }
}
