// Notices about something the person already bought, on the day it matters (core/mail/
// lexicon-day-of.ts): a parcel waiting to be picked up, a flight's gate change or open check-in
// are important mail; the pickup code they carry is no sign-in code (core/mail/codes/one-time-code.ts).
// And a code that names no other purpose still is one.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'
import { saysOneTimeCode } from '../../src/core/mail/codes/one-time-code.ts'

const mail = (subject: string, snippet: string, from = 'orders@shop.example'): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 9, 20, 9),
  senderName: 'Shop',
  senderAddress: from,
  subject,
  snippet,
})

describe('a parcel or an order waiting to be picked up', () => {
  it.each([
    [
      'Ready for pickup at your local store',
      'Order 938-1431083 is ready to collect. Pickup code: 14270',
    ],
    [
      'Votre colis vous attend en point relais',
      'Votre colis est disponible. Code de retrait : 751643',
    ],
    ['Tu pedido ya se puede recoger', 'Te espera en la tienda. Código de recogida: 158169'],
    ['Encomenda pronta para levantamento', 'Código de levantamento: 706799'],
    ['Ordine pronto per il ritiro', "L'ordine ti aspetta nel negozio. Codice di ritiro: 950289"],
    ['Dein Paket ist abholbereit', 'Abholcode: 482913'],
    ['Je pakket ligt klaar', 'Ophaalcode: 551204'],
    // A locker named, or the order said to wait, in words no phrase above holds.
    ['Pronta para levantar', 'A sua encomenda 40218 aguarda no cacifo da estação. Código 551902.'],
    [
      'Your parcel is in the locker',
      'Order 77120 is in the parcel locker at Mill Road. Code 31877.',
    ],
    ['Votre commande est dans la consigne', 'Commande 51177, gare du Nord. Code 220931.'],
  ])('%s is important, never a code or a joiner', (subject, snippet) => {
    const features = extractFeatures(mail(subject, snippet))
    // An order named by its number may read as the purchase first: important either way.
    expect(['shipping', 'purchase']).toContain(features.important)
    expect(features.joiner).toBe(false)
    expect(features.helpdesk).toBe(false)
  })
})

describe("a flight's day", () => {
  it.each([
    [
      'Gate change: flight XW 5601 now departs from R13',
      'Flight XW 5601 will now board at gate R13.',
    ],
    ['Cambio de puerta: vuelo ZL 8232', 'El vuelo embarcará por la puerta B16.'],
    ['Mudança de porta: voo JN 6630', 'O voo embarca agora pela porta X16.'],
    ['Cambio gate: volo WR 5931', 'Il volo partirà dal gate K45.'],
    ['Check-in disponível para o voo para Aveiro', 'O check-in online do voo já está aberto.'],
    ['Online check-in is now open', 'Check in for flight BA 123 now.'],
    ['Cambio binario: Frecciarossa 9541 dal binario 12', 'Il treno parte dal binario 12.'],
    ['Spoorwijziging: je trein vertrekt van spoor 5b', 'Let op: ander spoor.'],
    // The booking's code beside it is no sign-in code.
    ['Check-in aperto per il tuo volo', 'Codice prenotazione 277044.'],
    ['O check-in do seu voo está aberto', 'Código de reserva 814265.'],
  ])('%s is important', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet, 'noreply@air.example')).important).toBe(
      'purchase',
    )
  })
})

describe('offers that borrow the words', () => {
  it.each([
    ['Une surprise vous attend dans l’appli', 'Ouvrez l’appli pour la découvrir.'],
    ['Early check-in available', 'Arrive from 11:00 at our hotels this winter.'],
    ['Ready to collect your rewards?', 'Your points are waiting.'],
    ['Our new gateway is live', 'Faster payments for every merchant.'],
  ])('%s is no notice', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet, 'news@shop.example')).important).toBeNull()
  })
})

describe('one-time codes', () => {
  it.each([
    'Your code: 481 223',
    'Ihr Code lautet 481223',
    'Ecco il codice richiesto: 617884',
    '481223 is your verification code',
    'Your Booking.com code: 482913',
    'Mijn dossier: uw code 482913',
    'ZipRecruiter code 551 204',
    'Hi Gift, your code: 482913',
  ])('%s is one', (text) => {
    expect(saysOneTimeCode(foldForLexicon(text))).toBe(true)
  })

  it.each([
    'Pickup code: 14270 5',
    'Code de retrait : 751643',
    'Código de recogida: 158169',
    'Promo code 250 300 at checkout',
    'Your tracking code 123456',
  ])('%s names another purpose', (text) => {
    expect(saysOneTimeCode(foldForLexicon(text))).toBe(false)
  })
})

describe('a password change named in English', () => {
  it('over a reset link is a reset, not a notice that the password changed', () => {
    const reset = mail(
      '[Gvolane Travel] Password change',
      'To change your password, follow this link: https://gvolane.example/password/reset/x91',
      'noreply@gvolane.example',
    )
    expect(extractFeatures(reset).important).toBeNull()
  })

  it('said done, it is one', () => {
    const done = mail(
      'Your password was changed',
      'If this was not you, contact us.',
      'noreply@a.example',
    )
    expect(extractFeatures(done).important).toBe('account-security')
  })
})

describe('a password change said not to be made', () => {
  it.each([
    ['Your password was not changed', 'You asked for a reset but have not set a new password yet'],
    ['Ihr Passwort wurde noch nicht geändert', 'Sie haben ein neues Passwort angefordert'],
    ['Votre mot de passe n’a pas été modifié', 'Vous avez demandé une réinitialisation'],
    ['Tu contraseña no se ha cambiado', 'Pediste restablecerla pero aún no has elegido una'],
    ['A sua senha não foi alterada', 'Pediu uma nova senha mas ainda não a escolheu'],
    ['La password non è stata cambiata', 'Hai chiesto un ripristino della password'],
    ['Je wachtwoord is niet gewijzigd', 'Je vroeg een nieuw wachtwoord aan'],
  ])('is a reset still open, no security notice: %s', (subject, snippet) => {
    const open = extractFeatures(mail(subject, snippet, 'no-reply@a.example'))
    expect(open.important).toBeNull()
    // It may join a wave: as a reset, or as weak evidence from an automated mailbox.
    expect(open.helpdesk || open.joiner).toBe(true)
  })

  it.each([
    'Passwort geändert – nicht von Ihnen geändert?',
    'Mot de passe modifié - si vous n’avez pas modifié',
    'Contraseña cambiada: si no la has cambiado tú',
  ])('leaves a notice important that also says "if not you": %s', (subject) => {
    expect(extractFeatures(mail(subject, '', 'no-reply@a.example')).important).toBe(
      'account-security',
    )
  })

  it('leaves other notices said not to change important', () => {
    const flight = mail('Your flight has not changed: booking ABC123', '', 'no-reply@a.example')
    expect(extractFeatures(flight).important).toBe('purchase')
  })

  it('leaves a notice that the password changed important, "not you" in it or not', () => {
    const done = mail(
      'Your password was changed – not you?',
      'If you did not change it, contact us.',
      'no-reply@a.example',
    )
    expect(extractFeatures(done).important).toBe('account-security')
  })
})

describe('a parcel waiting for pickup with its code further on', () => {
  it.each([
    ['Your parcel is ready for pickup', 'Collect it from the locker at Station Road. Code: 723583'],
    [
      'Tu paquete está listo para recoger',
      'En el punto de recogida hasta el 21/11. Código 191628.',
    ],
  ])('is important, the code no sign-in code: %s', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet)).important).toBe('shipping')
  })
})

describe('a receipt that only lists what was paid', () => {
  it.each([
    ['Je bon van Tulpmarkt nr. 55102', 'Betaald bedrag: € 41,20 Datum: 3 maart Betaalwijze: iDEAL'],
    ['Beleg 20931', 'Gezahlter Betrag: 18,90 €, Filiale Nord.'],
    ['Your visit to Kelp Café', 'Amount paid: $23.10 on 3 March at the counter.'],
  ])('%s is important', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet)).important).not.toBeNull()
  })
})

describe('marketing and people’s mail that names an order, a coupon or what was paid', () => {
  it.each([
    ['Free delivery', 'Free delivery on your next order — your discount is waiting.'],
    ['Your dream holiday', 'Your dream holiday package awaits — book now and save.'],
    ['Je bon van 20% korting is bijna verlopen', 'Gebruik hem nog voor zondag.'],
    ['Je bon van deze week: gratis koffie', 'Activeer hem in de app.'],
    ['Jantar de sexta', 'O valor pago pelo jantar foi dividido por quatro.'],
  ])('%s is not important', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet, 'news@shop.example')).important).toBeNull()
  })
})
