// The wave by its shape: generic confirmation wording makes candidates without any template,
// indicators judge every candidate, lone confirmations and list traffic stay clean, the user's own
// requests explain their acknowledgements, display names and private suffixes name brands.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { fingerprint, templateCatalogue } from '../../src/core/mail/templates/fingerprint.ts'
import { brandFromName, brandIdentity, brandKey } from '../../src/core/sender/sender.ts'
import { fromJsonLine } from '../../src/cli/records.ts'
import { Scanner } from '../../src/cli/scan.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 4, 4, 9, 0)

const mail = (i: number, minutes: number, over: Partial<MailInput> = {}): MailInput => ({
  id: `m${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Company ${i}`,
  senderAddress: `no-reply@company${i}.com`,
  subject: 'Please verify your email address',
  snippet: 'Tap the button below to confirm the address you signed up with.',
  ...over,
})

const verdicts = (
  mails: MailInput[],
  outgoing: { brand: string; date: number; subject?: string }[] = [],
) => replay(mails.map(extractFeatures), { outgoing }).final

describe('a wave by its shape, in any wording', () => {
  it('catches a verification wave that matches no product template', () => {
    const wave = Array.from({ length: 8 }, (_, i) => mail(i, i))
    expect(
      wave.map(extractFeatures).every((f) => f.kind === 'verification' && f.platform === null),
    ).toBe(true)
    expect(verdicts(wave).map((v) => v.verdict)).toEqual(Array(8).fill('relay'))
  })

  it.each([
    ['de', 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung', ''],
    ['fr', 'Nous avons bien reçu votre demande', ''],
    ['es', 'Tu solicitud ha sido recibida', ''],
    ['pt', 'Ative sua conta agora', ''],
    ['it', 'Il tuo codice di accesso', 'Il codice per entrare è 663 901.'],
    ['nl', 'Wachtwoord opnieuw instellen', ''],
    ['en, words reordered', 'We received your request', ''],
    ['en, code first', '481223 is your Acme code', ''],
    ['en, sign-up thanks', 'Thanks for signing up', ''],
    ['pt, registration', 'Obrigado por se cadastrar', ''],
  ])('takes %s confirmation wording as a candidate', (_language, subject, snippet) => {
    expect(extractFeatures(mail(1, 0, { subject, snippet })).helpdesk).toBe(true)
  })

  it('keeps a lone confirmation (a sign-up the user made) clean', () => {
    expect(verdicts([mail(1, 0, { subject: 'Activate your account' })])[0]).toMatchObject({
      verdict: 'clean',
      waveId: null,
    })
  })

  it('calls three companies confirming within five minutes a wave at the third', () => {
    const { arrival } = replay([0, 1, 2].map((i) => extractFeatures(mail(i, i))))
    expect(arrival.map((v) => v.verdict)).toEqual(['clean', 'suspect', 'relay'])
  })

  it('looks for relay indicators on every candidate, not only on known templates', () => {
    const features = extractFeatures(
      mail(1, 0, {
        subject: 'We got your message: 𝐅𝐑𝐄𝐄 𝐍𝐈𝐓𝐑𝐎',
        snippet: 'Thanks for contacting us.',
      }),
    )
    expect(features.platform).toBeNull()
    expect(features.reasons).toContain('styled-unicode')
  })

  it('holds templates out when asked: an empty catalogue knows no product', () => {
    const subject = '[Request received] hello'
    expect(fingerprint({ subject, snippet: '', senderAddress: '' }).platform).toBe('zendesk')
    const none = templateCatalogue([])
    expect(
      fingerprint({ subject, snippet: '', senderAddress: '' }, undefined, none).kind,
    ).toBeNull()
  })
})

describe('everyday mail stays clean', () => {
  it('never takes a list tag before "Re:" for helpdesk evidence', () => {
    const replies = Array.from({ length: 6 }, (_, i) =>
      mail(i, i, {
        senderAddress: `person${i}@example${i}.org`,
        subject: '[hiking-club] Re: Route for Sunday',
        snippet: 'I would rather take the northern trail.',
      }),
    )
    expect(replies.map(extractFeatures).some((f) => f.helpdesk)).toBe(false)
    expect(verdicts(replies).every((v) => v.verdict === 'clean')).toBe(true)
  })

  it('leaves the later notices of a genuine ticket clean, not suspect', () => {
    const update = mail(1, 0, {
      subject: '[Acme] Re: Refund for my order',
      snippet: 'Your request (4411) has been updated. Hi, I looked into it.',
      senderAddress: 'support@acme.zendesk.com',
    })
    expect(verdicts([update])[0]?.verdict).toBe('clean')
  })
})

describe('bursts the user caused', () => {
  it('matches the company behind its own domain, its helpdesk tenant and its display name', () => {
    expect(brandIdentity(brandKey('privacy@company.com'))).toBe('company')
    expect(brandIdentity(brandKey('support@company.zendesk.com'))).toBe('company')
    expect(brandIdentity(brandKey('help@company.freshdesk.com'))).toBe('company')
    expect(brandFromName('Company Customer Service')).toBe('company')
    expect(brandFromName('Équipe Société')).toBe('societe')
    // The desk a company's mail comes from is no other company.
    for (const name of ['Newsletter Tsylimo', 'Tsylimo News', 'Tsylimo Login', 'Tsylimo Updates'])
      expect(brandFromName(name)).toBe('tsylimo')
    // A name of desk words alone is that desk, not one brand for every such desk.
    expect([brandFromName('News'), brandFromName('Login')]).toEqual(['news', 'login'])
  })

  it('explains an acknowledgement from the helpdesk tenant of a company the user wrote to', () => {
    const acks = [0, 1, 2, 3].map((i) =>
      mail(i, i, {
        senderAddress: `support@firm${i}.zendesk.com`,
        subject: `Request received: Erase my data`,
        snippet: 'Your request has been received.',
      }),
    )
    const sent = [0, 1, 2, 3].map((i) => ({ brand: `firm${i}.com`, date: T0 - MINUTE }))
    expect(verdicts(acks, sent).every((v) => v.reasons.includes('user-contacted-brand'))).toBe(true)
    expect(verdicts(acks).every((v) => v.verdict === 'relay')).toBe(true)
  })

  it('explains an acknowledgement that echoes a subject the user sent, whatever domain answers', () => {
    const acks = [0, 1, 2, 3].map((i) =>
      mail(i, i, {
        senderAddress: `help@other${i}.freshdesk.com`,
        subject: `[#5512${i}] We received your request: Data deletion (customer 10${i})`,
        snippet: '',
      }),
    )
    const sent = [0, 1, 2, 3].map((i) => ({
      brand: `shop${i}.com`,
      date: T0 - MINUTE,
      subject: `Data deletion (customer 10${i})`,
    }))
    expect(verdicts(acks, sent).map((v) => v.verdict)).toEqual(Array(4).fill('clean'))
  })

  it('explains an acknowledgement from a shared sender by the company its display name names', () => {
    const acks = ['Alder Optics', 'Birch Travel', 'Cedar Mutual', 'Dune Books'].map((name, i) =>
      mail(i, i, {
        senderName: name,
        senderAddress: 'noreply@forms.example',
        subject: 'Thank you for your submission',
        snippet: 'We received your message and will get back to you.',
      }),
    )
    const sent = ['alderoptics.com', 'birchtravel.de', 'cedarmutual.fr', 'dunebooks.nl'].map(
      (brand) => ({ brand, date: T0 - MINUTE }),
    )
    const explained = verdicts(acks, sent)
    expect(explained.every((v) => v.reasons.includes('user-contacted-brand'))).toBe(true)
    expect(explained.map((v) => v.verdict)).toEqual(Array(4).fill('clean'))
    // Another company's name explains nothing.
    const others = verdicts(acks, [{ brand: 'elmgarden.com', date: T0 - MINUTE }])
    expect(others.some((v) => v.reasons.includes('user-contacted-brand'))).toBe(false)
  })

  it('explains an acknowledgement from the group of a company the user wrote to', () => {
    const acks = ['Alder', 'Birchwood', 'Cedarline', 'Dunestone'].map((name, i) =>
      mail(i, i, {
        senderName: `${name} Group`,
        senderAddress: `noreply@${name.toLowerCase()}group.zendesk.com`,
        subject: 'Your request has been received',
        snippet: '',
      }),
    )
    const wroteTo = [
      'alderpharmacy.com',
      'birchwoodsport.de',
      'cedarlineoptics.fr',
      'dunestonebank.nl',
    ]
    const sent = wroteTo.map((brand) => ({ brand, date: T0 - MINUTE }))
    expect(verdicts(acks, sent).map((v) => v.verdict)).toEqual(Array(4).fill('clean'))
    // A short name is no group's: "Al Group" does not answer for alpharmacy.com.
    const alGroup = mail(9, 9, {
      senderName: 'Al Group',
      senderAddress: 'noreply@algroup.zendesk.com',
    })
    const alSent = [{ brand: 'alpharmacy.com', date: T0 - MINUTE }]
    expect(verdicts([alGroup], alSent)[0]!.reasons).not.toContain('user-contacted-brand')
  })
})

describe('brands', () => {
  it('names every tenant of a shared host a brand of its own (private suffixes)', () => {
    expect(brandKey('a@foo.github.io')).toBe('foo.github.io')
    expect(brandKey('a@bar.herokuapp.com')).toBe('bar.herokuapp.com')
    const wave = ['foo', 'bar', 'baz', 'qux'].map((tenant, i) =>
      mail(i, 3 * i, { senderAddress: `no-reply@${tenant}.github.io` }),
    )
    expect(verdicts(wave).every((v) => v.verdict === 'relay')).toBe(true)
  })

  it('lets a row showing only a display name join a wave, by the brand it names', () => {
    const scanner = new Scanner()
    const names = ['Discord', 'Globex Support', 'Initech Team', 'Hooli']
    names.forEach((from, i) =>
      scanner.add(
        fromJsonLine(
          JSON.stringify({
            id: `d${i}`,
            date: new Date(T0 + i * MINUTE).toISOString(),
            from,
            subject: 'Confirm your email address',
            snippet: '',
          }),
        ),
      ),
    )
    const output = scanner.finish()
    expect(output.results.every((r) => r.verdict.verdict === 'relay')).toBe(true)
    expect([...output.waves[0]!.brands.keys()].sort()).toEqual([
      'discord',
      'globex',
      'hooli',
      'initech',
    ])
  })
})

describe('important mail', () => {
  it.each([
    ['Your receipt from Rydeo', 'Thanks for riding with Rydeo.'],
    ['You sent €25.00 to Sam', 'Your payment has been sent.'],
    ['Card ending 4421 was charged 89.00 EUR', ''],
    ['Ihr Passwort wurde geändert', ''],
    ['Il tuo ordine è stato spedito', ''],
    ['Je bestelling is verzonden', ''],
    ['Two-factor authentication was turned off', ''],
  ])('recognises %j from a real sender', (subject, snippet) => {
    const features = extractFeatures(
      mail(1, 0, { subject, snippet, senderAddress: 'alerts@bank.example' }),
    )
    expect(features.important).not.toBeNull()
  })

  it('takes a password-reset request for wave material, a reset already done for important', () => {
    const request = extractFeatures(mail(1, 0, { subject: 'Password reset request', snippet: '' }))
    expect(request).toMatchObject({ helpdesk: true, important: null })
    const done = extractFeatures(
      mail(2, 0, { subject: 'Your password has been reset', senderAddress: 'alerts@bank.example' }),
    )
    expect(done.important).toBe('account-security')
  })

  it('takes the same words inside an acknowledgement for attacker text', () => {
    const features = extractFeatures(
      mail(1, 0, { subject: 'We received your request: your payment was sent', snippet: '' }),
    )
    expect(features.important).toBeNull()
    expect(features.helpdesk).toBe(true)
  })
})
