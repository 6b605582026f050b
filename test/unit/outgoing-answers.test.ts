// The company the person wrote to answers for a month (wave/outgoing.ts): a ticket's notice days
// later names no subject and is still theirs; another company's mail is not.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 4, 4, 9, 0)

const mail = (i: number, minutes: number, over: Partial<MailInput> = {}): MailInput => ({
  id: `m${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Company ${i}`,
  senderAddress: `no-reply@company${i}.com`,
  subject: 'Please verify your email address',
  snippet: '',
  ...over,
})

const verdicts = (
  mails: MailInput[],
  outgoing: { brand: string; date: number; subject?: string }[],
) => replay(mails.map(extractFeatures), { outgoing }).final

describe('mail from a company the person wrote to', () => {
  it('explains a ticket notice from a company the user wrote to days before, not from others', () => {
    const DAY = 24 * 60 * MINUTE
    const notices = [0, 1, 2, 3].map((i) =>
      mail(i, i, {
        senderAddress: `info@firm${i}.fr`,
        subject: `Dossier 5838${i} : point d’étape`,
        snippet: 'Votre demande a bien été reçue ; un conseiller revient vers vous.',
      }),
    )
    const wrote = (brand: (i: number) => string) =>
      [0, 1, 2, 3].map((i) => ({ brand: brand(i), date: T0 - 4 * DAY, subject: 'Ma facture' }))
    expect(
      verdicts(
        notices,
        wrote((i) => `firm${i}.fr`),
      ).map((v) => v.verdict),
    ).toEqual(Array(4).fill('clean'))
    expect(
      verdicts(
        notices,
        wrote((i) => `other${i}.fr`),
      ).map((v) => v.verdict),
    ).toEqual(Array(4).fill('relay'))
    // Beyond the conversation's month the company is a stranger again.
    const old = [0, 1, 2, 3].map((i) => ({ brand: `firm${i}.fr`, date: T0 - 40 * DAY }))
    expect(verdicts(notices, old).map((v) => v.verdict)).toEqual(Array(4).fill('relay'))
  })

  it('a verification from that company weeks later is not explained', () => {
    const DAY = 24 * 60 * MINUTE
    const verify = [0, 1, 2, 3].map((i) =>
      mail(i, i, { senderAddress: `info@firm${i}.fr`, subject: 'Confirmez votre adresse e-mail' }),
    )
    const wrote = [0, 1, 2, 3].map((i) => ({ brand: `firm${i}.fr`, date: T0 - 20 * DAY }))
    expect(verdicts(verify, wrote).map((v) => v.verdict)).toEqual(Array(4).fill('relay'))
  })
})
