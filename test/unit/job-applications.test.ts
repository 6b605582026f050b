// A job hunt (core/mail/conversation/job-application.ts): a person applies to several employers in an evening
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
    'We got your application',
    'Thanks for applying for the Data Analyst role at Firm. The hiring team reads every one.',
  ],
  [
    'de',
    'Bewerbung eingegangen',
    'Danke, dass Sie sich als Projektleiter beworben haben. Wir melden uns in zwei Wochen.',
  ],
  [
    'fr',
    'Candidature reçue',
    'Merci, nous avons bien reçu votre candidature au poste de comptable.',
  ],
  ['es', 'Gracias por postularte', 'Tu candidatura para el puesto de analista está en revisión.'],
  [
    'pt',
    'Candidatura registada',
    'Obrigado! A sua candidatura para a vaga de técnico foi registada.',
  ],
  [
    'it',
    'Candidatura arrivata',
    'Grazie: la tua candidatura per la posizione di analista è arrivata.',
  ],
  [
    'nl',
    'Sollicitatie ontvangen',
    'Dank voor je sollicitatie als data-analist. We laten binnen twee weken iets horen.',
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

  it.each([
    [
      'Request received: Job application',
      'Your request has been received and our team will reply.',
    ],
    [
      'Ihre Anfrage: Ihre Bewerbung als Fahrer',
      'Wir haben Ihre Anfrage erhalten und melden uns bald.',
    ],
    ['[Bewerbung als Fahrer] Anfrage erhalten', 'Wir haben Ihre Anfrage erhalten.'],
    ['Bewerbung als Fahrer', 'Wir haben Ihre Anfrage erhalten und melden uns.'],
    ['Ihre Anfrage ist eingegangen', 'Betreff: Ihre Bewerbung als Fahrer. Wir melden uns.'],
    ['Votre demande est reçue', 'Objet : votre candidature au poste de chauffeur.'],
    ['Request received', 'We received your request «Ihre Bewerbung als Fahrer».'],
  ])(
    'leaves a support wave whose typed title names an application a wave: %s',
    (subject, snippet) => {
      const wave = [0, 1, 2, 3, 4, 5].map((i) => from(i, i, subject, snippet))
      expect(verdicts(wave)).toEqual(Array(6).fill('relay'))
    },
  )

  it('leaves an application mail asking to confirm an address a candidate', () => {
    const confirm = from(
      1,
      0,
      'Confirm your email',
      'Thanks for your application for the Analyst role. Please confirm your email address.',
    )
    expect(extractFeatures(confirm).helpdesk).toBe(true)
  })

  it('an acknowledgement that answers by email is still an application’s', () => {
    const hunt = [0, 4, 9, 15, 22, 30].map((minutes, i) =>
      from(
        i,
        minutes,
        'Candidature reçue',
        'Nous avons bien reçu votre candidature au poste de comptable. Réponse par e-mail.',
      ),
    )
    expect(verdicts(hunt)).toEqual(Array(hunt.length).fill('clean'))
  })

  it('leaves verification and sign-up mail that says "application" a candidate', () => {
    const mails = [
      from(
        1,
        0,
        'Verify your email',
        'Thanks for applying for an Acme account. Please verify your email.',
      ),
      from(
        2,
        0,
        'Confirm your subscription',
        'A 10% discount will be applied to your first order.',
      ),
      from(
        3,
        0,
        'Welcome to Acme Cloud',
        'Your application is almost ready: verify your email to deploy it.',
      ),
    ]
    expect(mails.map((mail) => extractFeatures(mail).helpdesk)).toEqual([true, true, true])
  })
})
