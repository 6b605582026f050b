// The scale scenario shared by the e2e scale test and the scale benchmark: an inbox of ordinary
// mail, then a wave whose rows arrive in bursts (each burst as the HTML of its rows).
import { gmailRowHtml } from './gmail-replica.ts'
import { ordinaryMails, waveMails, type MailSpec } from './mail-specs.ts'

export function scaleInbox(
  inboxSize: number,
  waveSize: number,
  burst: number,
): { inbox: MailSpec[]; bursts: string[] } {
  const inbox = ordinaryMails(inboxSize, new Date(2026, 5, 1))
  const wave = waveMails(waveSize, new Date(2026, 9, 1, 9), 1_500, 1_960_000_000_000_000_000n)
  const bursts = Array.from({ length: Math.ceil(waveSize / burst) }, (_, b) =>
    wave
      .slice(b * burst, (b + 1) * burst)
      .map((mail, i) => gmailRowHtml(mail, inboxSize + b * burst + i))
      .join(''),
  )
  return { inbox, bursts }
}
