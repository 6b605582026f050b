// The alerts a flood is sent to bury when an account is being taken over (core/mail/important/
// account-changes.ts, important-of.ts, codes/masked-account.ts): the contact address replaced, a
// rule forwarding the mailbox, the two-step settings changed, a one-time code for a payment, a
// transfer confirmed. Not a request to confirm a new address, which anyone's form may send. Texts
// written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { withoutMaskedAccounts } from '../../src/core/mail/codes/masked-account.ts'

const mail = (subject: string, snippet = '', over: Partial<MailInput> = {}): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 11, 20, 9),
  senderName: 'Tallow Bank',
  senderAddress: 'alerts@tallowbank.example',
  subject,
  snippet,
  ...over,
})

const importance = (subject: string, snippet = '', over: Partial<MailInput> = {}) =>
  extractFeatures(mail(subject, snippet, over)).important

describe('an account’s contact address replaced', () => {
  it.each([
    'Your contact details were updated',
    'The email address on your account was changed',
    'Ihre Telefonnummer wurde geändert',
    'Vos coordonnées ont été mises à jour et modifiées',
    'Hemos actualizado tus datos de contacto',
    'O seu número de telemóvel foi alterado',
    'Il tuo indirizzo email è stato aggiornato',
    'Je e-mailadres is gewijzigd',
  ])('is important: %s', (subject) => {
    expect(importance(subject)).toBe('account-security')
  })

  it.each([
    'Confirm your new email address',
    'Please confirm your email address change',
    'Verify your email address',
    'Bestätigen Sie Ihre neue E-Mail-Adresse',
  ])('is not when a new address is still to be confirmed: %s', (subject) => {
    expect(importance(subject, 'Click the link below to confirm this address.')).toBeNull()
  })

  it('is not inside a helpdesk acknowledgement, whose title anyone typed', () => {
    const ack = mail(
      '[Request received] Your email address was changed',
      'Your request (40112) has been received and is being reviewed by our staff.',
      { senderAddress: 'support@tallowbank.zendesk.com' },
    )
    expect(extractFeatures(ack).important).toBeNull()
  })
})

describe('a rule forwarding the mailbox, two-step changes', () => {
  it.each([
    'A forwarding rule was added to your mailbox',
    'Neue Weiterleitungsregel für Ihr Postfach',
    'Une règle de transfert a été créée',
    'Se creó una regla de reenvío',
    'Nova regra de reencaminhamento',
    'Nuova regola di inoltro attiva',
    'Nieuwe doorstuurregel ingesteld',
    'Cambios en la verificación en dos pasos',
    'Impostazioni della verifica in due passaggi modificate',
  ])('is important: %s', (subject) => {
    expect(importance(subject)).toBe('account-security')
  })
})

describe('a one-time code', () => {
  it('is important when it authorises a payment of an amount', () => {
    const code = importance(
      'Dein Einmalcode für eine Zahlung über 1.249,00 €',
      'Dein Sicherheitscode lautet 551902. Er gibt eine Zahlung an ELEKTRO-WELT frei.',
    )
    expect(code).toBe('payment')
  })

  it('is not when it signs in or signs up', () => {
    expect(importance('Your sign-in code is 551902', 'Enter 551902 to sign in.')).toBeNull()
  })
})

describe('a transfer confirmed from an account named by its last digits', () => {
  it.each([
    [
      'Transfer of £2,410.00 confirmed',
      'Your transfer of £2,410.00 to J. Okafor (account ending 3391) was confirmed today. Reference: 88120931',
    ],
    [
      'Transferencia de 980,00 € confirmada',
      'Su transferencia de 980,00 € (cuenta terminada en 3391) se confirmó hoy. Referencia: 88120931',
    ],
  ])('is important: %s', (subject, snippet) => {
    expect(importance(subject, snippet)).not.toBeNull()
  })

  it('is important with the body in full beside the list’s snippet, its end read too', () => {
    const body =
      'Hello Ruth,\n\nYour transfer of £2,410.00 to K. Adeyemi Ltd (account ending 3391) was confirmed on 02/12/2026 09:14.\n\nReference: 88120931\n\nIf you do not recognise this payment, call us at once.\n\nTallow Bank'
    const snippet = body.replace(/\n+/g, ' ')
    expect(importance('Transfer of £2,410.00 confirmed', snippet, { body })).not.toBeNull()
  })
})

describe('what only looks like an account change', () => {
  it.each([
    'Verify your forwarding address',
    'Forwarding address verification',
    'Weiterleitungsadresse bestätigen',
    'Email address updated - please verify',
    'Your email address will be changed after you confirm',
    'Your email address is being changed',
    'Welcome, email address changed',
    'Your phone number remains unchanged',
    'Your email address has not been changed',
    'Ihre Kontaktdaten werden nicht geändert',
    'Have your contact details changed? Let us know',
    'Onze contactgegevens zijn gewijzigd per 1 januari',
    'Our phone number has changed',
    'Your email preferences have been updated',
    'E-Mail-Einstellungen wurden aktualisiert',
    'Your email subscription has been updated',
    'Welcome to Newco, Bob. Your email address was changed',
    'Hi Your phone number was changed, thanks for joining Newco',
    'Hallo Ihre Telefonnummer wurde geändert, danke für die Registrierung',
    'Subscription confirmation - Your email address was changed',
    'Bestätigung Ihrer Anmeldung, Ihre E-Mail-Adresse wurde geändert',
    'Wurde Ihre E-Mail-Adresse geändert? Aktualisieren Sie Ihre Daten',
    '¿Ha cambiado tu número de teléfono? Actualiza tus datos',
    'Your phone number changed? Update your details',
    'Tus preferencias de correo electrónico se han actualizado',
    'Your email address was changed?, your Newco account is ready',
  ])('is not important: %s', (subject) => {
    expect(importance(subject)).toBeNull()
  })

  it.each([
    'Your login email was changed',
    'Your sign-in email was changed',
    'Your account email has been updated',
    'Ihre Anmelde-E-Mail wurde geändert',
    'Neue Weiterleitung eingerichtet',
    'A passkey was added to your account',
    'Your phone number was changed - not you?',
    'Confirmation: your email address was changed',
    'Bestätigung: Ihre E-Mail-Adresse wurde geändert',
    'Alteração nos dados: o seu número de telefone foi alterado',
    'Ihre E-Mail-Adresse wurde nach Ihrer Anfrage geändert',
    'Your email was changed',
    'Deine E-Mail wurde geändert',
    'Votre e-mail a été modifié',
    'Se ha cambiado tu email',
    'O seu e-mail foi alterado',
    'La tua email è stata modificata',
    'Je e-mail is gewijzigd',
  ])('is important when it says the change was made: %s', (subject) => {
    expect(importance(subject)).toBe('account-security')
  })

  it.each([
    ['Account update', 'Hi Anna, your email address was changed on 3 May. Not you? Call us.'],
    ['Kontoaktualisierung', 'Hallo Anna, Ihre E-Mail-Adresse wurde geändert.'],
    ['Mailbox', 'Dear customer, a forwarding rule was added to your mailbox.'],
  ])('is important when the preview greets the person first: %s', (subject, snippet) => {
    expect(importance(subject, snippet)).toBe('account-security')
  })

  it.each([
    '€ 1,10 Anna, your verification code is 100000',
    'Get €5,00 off - your verification code is 482913',
  ])('is no payment for a code whose subject names an amount alone: %s', (subject) => {
    expect(importance(subject, 'Enter the code to continue.')).toBeNull()
  })
})

describe('a code for a payment', () => {
  it.each([
    'Hello Anna, your one-time code for a payment of €1.946,50',
    'Your code for a payment of €54,20 at Saks Off 5th',
  ])('is a payment: %s', (subject) => {
    expect(importance(subject, 'Your security code is 551902. Never share it.')).toBe('payment')
  })
})

describe('wording the changes must not hide', () => {
  it.each([
    ['your transfer (account ending 6748) was confirmed', true],
    ['su transferencia (cuenta terminada en 8535) se confirmo', true],
    ['karte endet auf ****1474', true],
    ['please verify your account ending in 48 hours', false],
    ['activate your account ending 99 to continue', false],
    ['verify your account ending in 120 days', false],
  ])('reads "%s" as a masked account: %s', (text, masked) => {
    expect(withoutMaskedAccounts(text).includes('reference')).toBe(masked)
  })

  it('keeps a sign-up that names a money transfer a candidate', () => {
    const signUp = extractFeatures(
      mail('Confirm your money transfer account to get started', 'Click to confirm your email.'),
    )
    expect(signUp.important).toBeNull()
    expect(signUp.helpdesk).toBe(true)
  })
})
