// OTRS / Znuny (open source): the default auto reply "default reply (after new ticket has been
// created)" with the ticket hook "Ticket#" in the subject, in its English and German texts.
import type { Product } from '../types.ts'

export const otrs: Product = {
  family: 'helpdesk',
  product: 'OTRS/Znuny',
  source: 'Znuny/OTRS default auto response "default reply (after new ticket has been created)"',
  senders: [
    { shape: 'own', local: 'otrs', name: '{company} Kundenservice' },
    { shape: 'own', local: 'service', name: '{company}' },
  ],
  id: (n) => `2026${String(3_000_000_000 + n * 7_919).slice(0, 12)}`,
  texts: {
    en: [
      {
        subject: '[Ticket#{id}] RE: {payload}',
        body: 'Your e-mail with the subject "{payload}" has been received and will be processed as soon as possible.\n\nThis is an automatically generated message; please do not change the ticket number in the subject when replying.\n\nYour {company} Team',
      },
    ],
    de: [
      {
        subject: '[Ticket#{id}] AW: {payload}',
        body: 'Ihre E-Mail mit dem Betreff "{payload}" ist bei uns eingegangen und wird schnellstmöglich bearbeitet.\n\nDies ist eine automatisch erzeugte Nachricht. Bitte behalten Sie die Ticketnummer im Betreff bei, wenn Sie antworten.\n\nIhr {company} Team',
      },
    ],
    nl: [
      {
        subject: '[Ticket#{id}] RE: {payload}',
        body: 'Uw e-mail met het onderwerp "{payload}" is ontvangen en wordt zo snel mogelijk behandeld.\n\nDit is een automatisch gegenereerd bericht.\n\nUw {company} team',
      },
    ],
  },
}
