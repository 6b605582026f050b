// Work mail of the quiet inbox (the person is a finance analyst): colleagues' threads with Re:,
// RE: and FW: prefixes, HR and IT notices, expense approvals. Written for this set; the employer
// and colleagues are made up.
import type { Random } from '../../prng.ts'
import { HOUR } from '../clock.ts'
import { between, type Everyday } from './everyday.ts'

const COLLEAGUE = (name: string, local: string) =>
  `${name} <${local}@harbourline-logistics.example>`

interface WorkThread {
  day: number
  subject: string
  posts: readonly { from: string; body: string }[]
}

const THREADS: readonly WorkThread[] = [
  {
    day: 1,
    subject: 'Q3 close – accruals',
    posts: [
      {
        from: COLLEAGUE('Mehdi Haddad', 'mehdi.haddad'),
        body: 'Hi Imogen,\n\nCould you check the accruals tab before Friday? Two freight invoices are still missing.\n\nMehdi',
      },
      {
        from: COLLEAGUE('Ruth Adler', 'ruth.adler'),
        body: 'RE: adding Ruth – the Antwerp invoices arrived this morning, I’ll post them.\n\n> Two freight invoices are still missing.',
      },
      { from: COLLEAGUE('Mehdi Haddad', 'mehdi.haddad'), body: 'Thanks both, all reconciled now.' },
    ],
  },
  {
    day: 5,
    subject: 'Friday offsite – agenda',
    posts: [
      {
        from: COLLEAGUE('Ruth Adler', 'ruth.adler'),
        body: 'Hi team,\n\nDraft agenda attached: 9:30 budget 2027, 11:00 tooling, lunch, 14:00 team goals.\n\nRuth',
      },
      {
        from: COLLEAGUE('Wouter Peeters', 'wouter.peeters'),
        body: 'Can we swap tooling and goals? I have to leave at 15:00.',
      },
      { from: COLLEAGUE('Ruth Adler', 'ruth.adler'), body: 'Sure, updated.' },
    ],
  },
  {
    day: 12,
    subject: 'Forecast template v3',
    posts: [
      {
        from: COLLEAGUE('Wouter Peeters', 'wouter.peeters'),
        body: 'Imogen, the new template breaks the currency lookup for GBP. Any idea?',
      },
      {
        from: COLLEAGUE('Ruth Adler', 'ruth.adler'),
        body: 'FYI the rates sheet was renamed last week.',
      },
    ],
  },
]

export function workMail(rng: Random): Everyday[] {
  const source = 'work'
  const threads = THREADS.flatMap((thread) => {
    let at = between(rng, thread.day, 9, 12)
    return thread.posts.map((post, i) => {
      if (i > 0) at += rng.int(1, 5) * HOUR
      return {
        at,
        from: post.from,
        subject: i === 0 ? thread.subject : `${i === 1 ? 'RE:' : 'Re:'} ${thread.subject}`,
        body: post.body,
        source,
      }
    })
  })
  return [
    ...threads,
    {
      at: between(rng, 3, 14, 16),
      from: COLLEAGUE('Ruth Adler', 'ruth.adler'),
      subject: 'FW: Updated travel policy 2027',
      body: 'FYI, see below.\n\n---------- Forwarded message ---------\nFrom: HR Harbourline\nSubject: Updated travel policy 2027\n\nFrom January, rail is the default for trips under 600 km.',
      source,
    },
    {
      at: between(rng, 18, 9, 10),
      from: 'HR Harbourline <hr@harbourline-logistics.example>',
      subject: 'Your payslip for September is available',
      body: 'Dear Imogen,\n\nYour payslip for September 2026 is now available in the HR portal.\n\nHR Harbourline',
      source,
    },
    {
      at: between(rng, 10, 16, 17),
      from: 'IT Service Desk <itservicedesk@harbourline-logistics.example>',
      subject: 'Planned maintenance: VPN unavailable Saturday 06:00–10:00',
      body: 'Dear colleagues,\n\nThe VPN will be unavailable on Saturday from 06:00 to 10:00 for maintenance. No action is needed.\n\nIT Service Desk',
      source,
    },
    {
      at: between(rng, 15, 11, 12),
      from: 'Expenses <expenses@harbourline-logistics.example>',
      subject: 'Expense report EXP-2291 approved',
      body: 'Your expense report “Antwerp site visit” (€46.20) was approved by Ruth Adler and will be paid with your next salary.',
      source,
    },
  ]
}
