// A company of the wave under way writing again within it ("Your link was sent again", a
// reminder) is the wave's, whatever its words say (engine.ts). The same sender must have sent a
// confirmation within the join gap: its company and the name it writes under, so one product of
// a shared platform (Google Forms) does not take in the platform's others (Google Calendar, Docs).
// Its important mail stays its own, and a sending service's shared domain is no company: the
// display name must name the brand.
import type { MailFeatures } from '../mail/features.ts'
import { senderKey } from './known-sender.ts'
import type { Wave } from './wave.ts'

type Sender = Pick<MailFeatures, 'brand' | 'nameBrand'>

export class SendersWritingAgain {
  /** When each sender last sent a confirmation (a candidate or a joiner). */
  private readonly last = new Map<string, number>()
  /** When each sender first sent a confirmation. */
  private readonly first = new Map<string, number>()

  constructor(private readonly gapMs: number) {}

  /** Every mail, in date order. */
  note(mail: Sender & Pick<MailFeatures, 'date' | 'helpdesk' | 'joiner'>): void {
    if (mail.date === null || !(mail.helpdesk || mail.joiner)) return
    const key = senderKey(mail)
    this.last.set(key, mail.date)
    if (!this.first.has(key)) this.first.set(key, mail.date)
  }

  /** When the mail's sender (its brand and the name it writes under) first sent a confirmation. */
  firstConfirmation(mail: Sender): number | undefined {
    return this.first.get(senderKey(mail))
  }

  /** `mail`, which says nothing of a confirmation, is its sender's writing again in `wave`. */
  writesAgain(
    mail: Sender & Pick<MailFeatures, 'important' | 'date'>,
    wave: Pick<Wave, 'brands'>,
    identity: string,
  ): boolean {
    if (mail.important !== null || mail.date === null || !wave.brands.has(mail.brand)) return false
    if (mail.nameBrand !== undefined && !mail.nameBrand.includes(identity)) return false
    const last = this.last.get(senderKey(mail))
    return last !== undefined && mail.date - last <= this.gapMs
  }
}
