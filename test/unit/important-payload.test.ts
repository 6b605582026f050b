// Important-looking words that the attacker typed (core/mail/important/important.ts, features.ts,
// wave/engine.ts): a bank-like payload repeated by many companies' mails is the wave's, a name
// field in the greeting is no notice, a subject naming a password change over a body asking for a
// new one is a reset, and a code with "ignore this if it wasn't you" is a sign-in code.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { importantKind } from '../../src/core/mail/important/important.ts'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const T0 = Date.UTC(2026, 9, 2, 18, 0)
const PAYLOAD = 'Your 0.82 BTC withdrawal is pending approval'

const ack = (i: number, minutes: number): MailInput => ({
  id: `ack${i}`,
  date: T0 + minutes * MINUTE,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: `[Request received] ${PAYLOAD}`,
  snippet: `Your request (${4000 + i}) has been received and is being reviewed by our support staff.`,
})

/** A company's own form, in words the lexicon does not know, echoing the payload in its subject. */
const echo = (id: string, company: string, minutes: number): MailInput => ({
  id,
  date: T0 + minutes * MINUTE,
  senderName: company,
  senderAddress: '',
  subject: `Coucou ${PAYLOAD} 👋`,
  snippet: `Ton mot est bien parvenu chez ${company}. À tout de suite !`,
})

function judged(mails: MailInput[]) {
  const features = mails.map(extractFeatures)
  const { final } = replay(features)
  return Object.fromEntries(features.map((f, i) => [f.id, final[i]!]))
}

describe('an important-looking payload repeated through the wave', () => {
  it('reads as a bank notice in one mail alone', () => {
    expect(extractFeatures(echo('x', 'Praxxel', 0)).important).toBe('bank')
  })

  it('joins the wave when several companies carried the same words', () => {
    const wave = [0, 1, 2, 3, 4].map((i) => ack(i, i))
    const verdicts = judged([...wave, echo('late', 'Kalvax Voyages', 6)])
    expect(verdicts.late!.verdict).toBe('relay')
    expect(verdicts.late!.reasons).toContain('same-payload')
  })

  it('stays important from a sender the inbox knew before the wave', () => {
    const known = { ...echo('old', 'Kalvax Voyages', (-5 * DAY) / MINUTE), subject: 'Hello' }
    const wave = [0, 1, 2, 3, 4].map((i) => ack(i, i))
    const verdicts = judged([known, ...wave, echo('late', 'Kalvax Voyages', 6)])
    expect(verdicts.late).toMatchObject({ verdict: 'clean', important: true })
  })

  it('stays important with no wave under way', () => {
    const verdicts = judged([echo('alone', 'Kalvax Voyages', 0)])
    expect(verdicts.alone).toMatchObject({ verdict: 'clean', important: true })
  })

  it("keeps the bank's own notice pinned when the wave typed its subject: its body is a notice by itself", () => {
    const wave = [0, 1, 2, 3, 4].map((i) => ack(i, i))
    const bank: MailInput = {
      id: 'bank',
      date: T0 + 6 * MINUTE,
      senderName: 'Northbank Alerts',
      senderAddress: 'alerts@northbank.example',
      subject: PAYLOAD,
      snippet: 'A withdrawal of 0.82 BTC from your wallet ending 4242 is pending your approval.',
    }
    const verdicts = judged([...wave, bank])
    expect(verdicts.bank).toMatchObject({ verdict: 'clean', important: true })
  })

  it('never lends its words: notices of one purchase naming the same item stay pinned', () => {
    const wave = [0, 1, 2, 3, 4].map((i) => ack(i, i))
    const item = 'Sony WH-1000XM5 Wireless Headphones'
    const notice = (id: string, minutes: number, subject: string): MailInput => ({
      id,
      date: T0 + minutes * MINUTE,
      senderName: id,
      senderAddress: `noreply@${id}.example`,
      subject,
      snippet: 'More in the app.',
    })
    const verdicts = judged([
      ...wave,
      notice('shop', 6, `Order shipped: ${item}`),
      notice('paypal', 7, `You paid 349.00 EUR for ${item}`),
      notice('card', 8, `Card ending 4242 charged for ${item}`),
      notice('ups', 9, `Shipped: ${item}`),
    ])
    for (const id of ['shop', 'paypal', 'card', 'ups'])
      expect(verdicts[id]).toMatchObject({ verdict: 'clean', important: true })
  })

  it('a real notice in its own words stays important inside the wave', () => {
    const wave = [0, 1, 2, 3, 4].map((i) => ack(i, i))
    const card = {
      ...echo('card', 'Banco Ribeira', 6),
      subject: 'Compra com o cartão final 4417',
      snippet: 'Foi aprovada uma compra de R$ 52,90 no seu cartão.',
    }
    const verdicts = judged([...wave, card])
    expect(verdicts.card).toMatchObject({ verdict: 'clean', important: true })
  })
})

describe('a notice that opens with a greeting', () => {
  it.each([
    ['Card activity', 'Hi John your card ending 4242 was charged $52.00 at AMAZON, please review.'],
    ['Zahlung', 'Hallo Maria Ihre Abbuchung von 52,53 € wurde ausgeführt.'],
    ['Envio', 'Olá Ana a sua encomenda foi enviada, chega amanhã.'],
  ])('stays important: %s', (subject, snippet) => {
    expect(importantKind(subject, snippet)).not.toBeNull()
  })
})

describe('a password change', () => {
  const reset = (subject: string, snippet: string): MailInput => ({
    id: 'r',
    date: T0,
    senderName: 'Torsel Ottica',
    senderAddress: '',
    subject,
    snippet,
  })

  it('named only, over a body asking for a new password, is a reset', () => {
    const mail = reset('Cambio password', 'Imposta una nuova password su https://t.example/r/8q')
    expect(extractFeatures(mail)).toMatchObject({ kind: 'verification', important: null })
  })

  it.each([
    [
      'Modification de votre mot de passe',
      'Le mot de passe de votre compte a été modifié. Si ce n’était pas vous, réinitialisez votre mot de passe.',
    ],
    [
      'Cambio de contraseña',
      'Tu contraseña se ha cambiado. Si no fuiste tú, restablece tu contraseña.',
    ],
    ['Alteração de senha', 'Sua senha foi alterada. Se não foi você, redefina a sua senha.'],
    ['Modifica password', 'La tua password è stata modificata. Se non sei stato tu, reimpostala.'],
    [
      'Änderung Ihres Passworts',
      'Das Passwort Ihres Nethreen Möbel-Kontos wurde soeben geändert. Waren Sie das nicht? Setzen Sie es zurück.',
    ],
  ])('named, over a body that says it was made, is the notice: %s', (subject, snippet) => {
    expect(extractFeatures(reset(subject, snippet)).important).toBe('account-security')
  })

  it('said to be done stays important', () => {
    const done = reset(
      'Password modificata',
      'La tua password è stata modificata. Se non sei stato tu, reimposta la password.',
    )
    expect(extractFeatures(done).important).toBe('account-security')
  })

  it('under a security alert stays important', () => {
    const alert = reset(
      'Alerta de seguridad',
      'Se ha cambiado la contraseña de tu cuenta. Si no has sido tú, recupera tu cuenta.',
    )
    expect(extractFeatures(alert).important).toBe('account-security')
  })
})

describe('a code beside "ignore this if it was not you"', () => {
  it('is a sign-in code, not a notice', () => {
    const mail: MailInput = {
      id: 'c',
      date: T0,
      senderName: 'Hovel Seguros',
      senderAddress: '',
      subject: 'Cambio de contraseña',
      snippet: 'Tu código de un solo uso: 385584. Si no has sido tú, ignora este correo.',
    }
    expect(extractFeatures(mail)).toMatchObject({ kind: 'verification', important: null })
  })
})

describe('withdrawals and password changes in each language', () => {
  it.each([
    ['Withdrawal processed', 'Your withdrawal of 6738 USDT to the address ending 5300 is done.'],
    ['Retrait effectué', 'Votre retrait de 46812 USDT a été effectué.'],
    ['Solicitud completada', 'Tu retiro de 35727 USDT se ha completado.'],
    ['Concluído', 'O seu levantamento de 56760 USDT foi concluído.'],
    ['Elaborata', 'Il prelievo di 18897 USDT è stato elaborato.'],
    ['Ausgeführt', 'Deine Auszahlung von 35306 USDT wurde ausgeführt.'],
    ['Verwerkt', 'Je opname van 6738 USDT is verwerkt.'],
  ])('a withdrawal is a bank notice: %s', (subject, snippet) => {
    expect(importantKind(subject, snippet)).toBe('bank')
  })

  it('"Changement de votre mot de passe" names a password change', () => {
    expect(importantKind('Changement de votre mot de passe', '')).toBe('account-security')
  })

  it('"Confirmer le changement de mot de passe" asks for it: no notice', () => {
    const mail: MailInput = {
      id: 'c',
      date: T0,
      senderName: 'Atelier',
      senderAddress: 'no-reply@atelier.example',
      subject: 'Confirmer le changement de mot de passe',
      snippet: 'Une demande de changement de votre mot de passe a été faite.',
    }
    expect(extractFeatures(mail).important).toBeNull()
  })
})

describe('the same words with no money', () => {
  it.each([
    ['Planifica tu retiro', 'Tu retiro de yoga en Ibiza empieza el lunes.'],
    ['Pesquisa', 'O levantamento, feito pelo instituto, ouviu 2 mil pessoas.'],
    ['Promemoria', 'Il prelievo di sangue è previsto per lunedì.'],
    ['Vergadering', 'Je opname van de vergadering staat klaar.'],
    ['Consentement', 'Le retrait de votre consentement a bien été pris en compte.'],
  ])('is no bank notice: %s', (subject, snippet) => {
    expect(importantKind(subject, snippet)).toBeNull()
  })

  it('a password change named over a link to make it is no notice', () => {
    const mail: MailInput = {
      id: 'p',
      date: T0,
      senderName: 'Atelier',
      senderAddress: 'no-reply@atelier.example',
      subject: 'Changement de mot de passe',
      snippet: 'Pour changer votre mot de passe, cliquez ici. Ce lien expire dans 24 heures.',
    }
    expect(extractFeatures(mail).important).toBeNull()
    const done = { ...mail, snippet: 'Votre mot de passe a été modifié aujourd’hui.' }
    expect(extractFeatures(done).important).toBe('account-security')
  })
})
