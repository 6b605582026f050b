import { w, type Product } from '../types.ts'

// Groove (GrooveHQ) mailbox auto-reply, default text (Settings > Mailboxes > Auto-reply);
// Groove knowledge base "Auto replies".
export const groove: Product = {
  product: 'Groove',
  family: 'helpdesk',
  source: 'Groove knowledge base, mailbox auto-reply default text',
  ticket: '####',
  hosted: '{slug}@inbox.groovehq.com',
  texts: {
    en: [
      w(
        'We got your message: {subject}',
        `Hi {name},\n\nThanks for getting in touch! This is just a quick note to let you know we've received your message (#{ticket}) and will respond as soon as we can.\n\nCheers,\nThe {company} Team`,
      ),
    ],
  },
}
