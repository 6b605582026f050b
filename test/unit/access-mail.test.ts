import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { WaveEngine } from '../../src/core/wave/engine.ts'
import { retroactive } from '../../src/core/wave/verdicts.ts'
import { ACCESS_CROWD_COMPANIES, ACCESS_FLOOD_MAILS } from '../../src/core/wave/access-mail.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 10, 9, 9, 0)

const mail = (id: string, minutes: number, over: Partial<MailInput>): MailInput => ({
  id,
  date: T0 + minutes * MINUTE,
  senderName: '',
  senderAddress: `no-reply@${id}.example`,
  subject: '',
  snippet: '',
  ...over,
})

/** A ticket receipt from a company's hosted helpdesk. */
const receipt = (i: number, minutes: number): MailInput =>
  mail(`desk${i}`, minutes, {
    senderName: `Desk ${i}`,
    senderAddress: `support@desk${i}.zendesk.com`,
    subject: `[Request received] order question ${i}`,
    snippet: `Your request (${7000 + i}) has been received and is being reviewed by our support staff.`,
  })

/** A sign-in code from a service. */
const signInCode = (name: string, minutes: number, code = 481223): MailInput =>
  mail(`${name}-${minutes}`, minutes, {
    senderName: name,
    senderAddress: `no-reply@${name}.example`,
    subject: `Your ${name} sign-in code`,
    snippet: `Use ${code} to finish signing in. It expires in 10 minutes.`,
  })

const byDate = (a: MailInput, b: MailInput) => (a.date ?? 0) - (b.date ?? 0)

function final(mails: MailInput[]) {
  const engine = new WaveEngine()
  const features = mails.map(extractFeatures)
  const arrival = features.map((f) => engine.observe(f))
  const verdicts = new Map(
    features.map((f, i) => [
      f.id,
      retroactive(arrival[i]!, engine.waveOf(f.id), f.indicatorCount, engine.isPaired(f.id))
        .verdict,
    ]),
  )
  return { verdicts, engine }
}

describe('access mail (sign-in codes, sign-in links, resets)', () => {
  it('reads access from the subject, and verification, sign-up and a ticket number as none', () => {
    const read = (subject: string, snippet: string) =>
      extractFeatures(mail('x', 0, { subject, snippet })).access === true
    expect(read('Your Acme sign-in code', 'Use 481223 to finish signing in.')).toBe(true)
    expect(read('Reset your Acme password', 'Set a new password here: https://a.example/r')).toBe(
      true,
    )
    expect(read('Enlace mágico de Acme', 'Pulsa para entrar: https://a.example/l')).toBe(true)
    expect(read('Link magico Acme', 'Fai clic per accedere: https://a.example/l')).toBe(true)
    expect(read('Ligação de acesso Acme', 'Clique para entrar: https://a.example/l')).toBe(true)
    expect(read('Anmeldung bei Acme', 'Gib den Code innerhalb von 10 Minuten ein.')).toBe(true)
    // A code that verifies an address or finishes a sign-up is a new account's verification.
    expect(read('Your Acme verification code', 'Enter 481223 to verify your email.')).toBe(false)
    expect(read('Je verificatiecode: 674420', 'Vul 674420 in in de app.')).toBe(false)
    expect(
      read('Your Acme code: 995241', 'Enter 995241 on the sign-up page to finish your account.'),
    ).toBe(false)
    expect(read('Dein Code für Acme: 747790', 'Gib ihn ein, um dein Konto fertig anzulegen.')).toBe(
      false,
    )
    // A number in the body under another subject may be a ticket's ("Codice: 786120").
    expect(read('La tua segnalazione', 'Ciao! Abbiamo girato la richiesta. Codice: 786120')).toBe(
      false,
    )
  })

  it('keeps the code a person asks for during a wave of receipts out of the wave', () => {
    const wave = Array.from({ length: 12 }, (_, i) => receipt(i, i))
    const code = signInCode('bankapp', 6)
    const { verdicts, engine } = final([...wave.slice(0, 7), code, ...wave.slice(7)])
    expect(wave.every((m) => verdicts.get(m.id) === 'relay')).toBe(true)
    expect(verdicts.get(code.id)).not.toBe('relay')
    expect(engine.waves[0]!.members).not.toContain(code.id)
  })

  it('takes a crowd of access mail from several companies into the wave, the first ones too', () => {
    const codes = Array.from({ length: 10 }, (_, i) => signInCode(`svc${i}`, 2 * i))
    expect(ACCESS_CROWD_COMPANIES).toBeLessThan(codes.length)
    const { verdicts } = final(codes)
    expect(codes.map((m) => verdicts.get(m.id))).toEqual(codes.map(() => 'relay'))
  })

  it("takes a company's own flood of access mail into the wave under way", () => {
    const wave = Array.from({ length: 10 }, (_, i) => receipt(i, i))
    const flood = Array.from({ length: ACCESS_FLOOD_MAILS }, (_, i) =>
      signInCode('floodco', 3 + i, 100000 + i),
    )
    const { verdicts } = final([...wave.slice(0, 3), ...flood, ...wave.slice(3)])
    expect(flood.map((m) => verdicts.get(m.id))).toEqual(flood.map(() => 'relay'))
  })

  it('takes a slow flood of resets into its wave: one company every 20 minutes for hours', () => {
    const resets = Array.from({ length: 24 }, (_, i) =>
      mail(`reset${i}`, 20 * i, {
        senderName: `Shop ${i}`,
        senderAddress: `no-reply@shop${i}.example`,
        subject: `Reset your Shop ${i} password`,
        snippet: 'Set a new password here: https://shop.example/r',
      }),
    )
    const { verdicts } = final(resets)
    expect(resets.map((m) => verdicts.get(m.id))).toEqual(resets.map(() => 'relay'))
  })

  it('holds codes from fewer companies than a crowd, and takes them in from a crowd on', () => {
    const receipts = Array.from({ length: 12 }, (_, i) => receipt(i, i))
    const codes = (n: number) => Array.from({ length: n }, (_, i) => signInCode(`svc${i}`, 3 + i))
    const few = final([...receipts, ...codes(ACCESS_CROWD_COMPANIES - 1)].sort(byDate)).verdicts
    expect(codes(ACCESS_CROWD_COMPANIES - 1).map((m) => few.get(m.id))).not.toContain('relay')
    const crowd = final([...receipts, ...codes(ACCESS_CROWD_COMPANIES)].sort(byDate)).verdicts
    const all = codes(ACCESS_CROWD_COMPANIES).map((m) => crowd.get(m.id))
    expect(all).toEqual(all.map(() => 'relay'))
  })

  it('lets no wave of held mail only be the wave under way for later mail', () => {
    const codes = ['one', 'two', 'three'].map((name, i) => signInCode(name, i))
    const newsletter = mail('letters', 20, {
      senderName: 'Letters',
      subject: 'Confirm your subscription to Letters',
      snippet: 'Click to confirm that you want to receive our newsletter.',
    })
    const { verdicts } = final([...codes, newsletter])
    expect(verdicts.get(newsletter.id)).not.toBe('relay')
  })

  it('leaves two services’ codes at once unmarked, and the code asked for amid receipts too', () => {
    const codes = [signInCode('bank', 0), signInCode('mail', 4)]
    const quiet = final(codes).verdicts
    expect(codes.map((m) => quiet.get(m.id))).toEqual(['clean', 'clean'])
    const code = signInCode('bankapp', 6)
    const wave = Array.from({ length: 12 }, (_, i) => receipt(i, i))
    expect(final([...wave.slice(0, 7), code, ...wave.slice(7)]).verdicts.get(code.id)).toBe('clean')
  })

  it('lists no wave whose every mail was held out', () => {
    // Three services' codes at once make a quick wave, but no crowd of access mail.
    const codes = ['one', 'two', 'three'].map((name, i) => signInCode(name, i))
    const { verdicts, engine } = final(codes)
    expect(codes.every((m) => verdicts.get(m.id) !== 'relay')).toBe(true)
    expect(engine.waves).toEqual([])
  })
})
