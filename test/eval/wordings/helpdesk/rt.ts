// Request Tracker (Best Practical, GPL-2.0): the stock "Autoreply in HTML" / "Autoreply" template
// and the subject tag "[<rtname> #<id>]" RT puts before every subject.
import type { Product } from '../types.ts'

export const rt: Product = {
  family: 'helpdesk',
  product: 'Request Tracker',
  source: 'Best Practical RT etc/initialdata: template "Autoreply"',
  senders: [
    { shape: 'own', local: 'rt', name: '{company} via RT' },
    { shape: 'own', local: 'support', name: '{company} Support' },
  ],
  id: (n) => String(40_000 + (n % 50_000)),
  texts: {
    en: [
      {
        subject: '[{company} #{id}] AutoReply: {payload}',
        body: 'Greetings,\n\nThis message has been automatically generated in response to the creation of a trouble ticket regarding:\n\t"{payload}",\na summary of which appears below.\n\nThere is no need to reply to this message right now. Your ticket has been assigned an ID of [{company} #{id}].\n\nPlease include the string:\n\n[{company} #{id}]\n\nin the subject line of all future correspondence about this issue. To do so, you may reply to this message.\n\nThank you,\n{company} support',
      },
    ],
  },
}
