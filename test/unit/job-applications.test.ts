// A job hunt (core/mail/job-application.ts): a person applies to several employers in an evening
// and each applicant-tracking system acknowledges at once, from senders new to the inbox, often
// with the same subject. Those acknowledgements make no wave and join none, in any of the seven
// languages; support acknowledgements in the same shape still make one. Texts written here for
// the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { replay } from '../../src/core/wave/classify.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 19, 20, 0)

const from = (i: number, minutes: number, subject: string, snippet: string): MailInput => ({
  id: `m${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Firm${i} Careers`,
  senderAddress: `no-reply@firm${i}.talentdesk.example`,
  subject,
  snippet,
})

const verdicts = (mails: MailInput[]) =>
  replay(mails.map(extractFeatures)).final.map((v) => v.verdict)

const APPLICATIONS: [string, string, string][] = [
  [
    'en',
    'Application received',
    'Thank you for applying to Firm. We have received your application for Data Analyst.',
  ],
  [
    'de',
    'Eingangsbestätigung Ihrer Bewerbung',
    'Vielen Dank für Ihre Bewerbung als Projektleiter. Wir melden uns.',
  ],
  [
    'fr',
    'Accusé de réception de votre candidature',
    'Nous avons bien reçu votre candidature au poste de comptable.',
  ],
  [
    'es',
    'Hemos recibido tu candidatura',
    'Gracias por tu interés en el puesto. Revisaremos tu candidatura.',
  ],
  [
    'pt',
    'Recebemos a sua candidatura',
    'Obrigado pelo interesse. A sua candidatura foi registada.',
  ],
  [
    'it',
    'Conferma ricezione candidatura',
    'Grazie per la tua candidatura per la posizione di analista.',
  ],
  [
    'nl',
    'Ontvangstbevestiging sollicitatie',
    'Bedankt voor je sollicitatie. We nemen binnen twee weken contact op.',
  ],
]

describe('a job hunt', () => {
  it.each(APPLICATIONS)('in %s makes no wave', (_lang, subject, snippet) => {
    const hunt = [0, 3, 5, 8, 12, 15, 21, 30].map((minutes, i) =>
      from(i, minutes, subject, snippet),
    )
    expect(verdicts(hunt)).toEqual(Array(hunt.length).fill('clean'))
  })

  it('joins no wave under way', () => {
    const wave = [0, 1, 2, 3, 4, 5].map((i) =>
      from(
        i,
        i,
        'Request received',
        'Your request has been received and our support team will reply.',
      ),
    )
    const [, subject, snippet] = APPLICATIONS[0]!
    const applications = [10, 11, 12].map((i) => from(i, i - 3, subject, snippet))
    const all = verdicts([...wave, ...applications])
    expect(all.slice(0, 6).every((v) => v === 'relay')).toBe(true)
    expect(all.slice(6)).toEqual(['clean', 'clean', 'clean'])
  })
})
