// The classes of wording the evidence model recognises beyond product templates, each in several
// languages, and the important-mail classes that keep real mail out of a wave. Texts written here
// for the test; none is a product's template.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { importantKind } from '../../src/core/mail/important/important.ts'

const evidence = (subject: string, opening = '', closing?: string) =>
  evidenceOf({ subject, opening, templateKind: null, sender: null, closing })

const mail = (subject: string, snippet: string, over: Partial<MailInput> = {}): MailInput => ({
  id: 'x',
  date: 0,
  senderName: 'Example',
  senderAddress: 'no-reply@example.org',
  subject,
  snippet,
  ...over,
})

describe('confirmation wording classes', () => {
  it.each([
    ['Password reset instructions', 'password-reset'],
    ['Anleitung zum Zurücksetzen Ihres Passworts', 'password-reset'],
    ['Instrucciones para tu contraseña', 'password-reset'],
    ['Istruzioni per la password', 'password-reset'],
    ['Passwortzurücksetzung angefordert', 'password-reset'],
    ['Wachtwoordherstel voor je account', 'password-reset'],
    ['Recuperação da senha', 'password-reset'],
    ['Recupero della password', 'password-reset'],
    ['Your sign-in link', 'sign-in-code'],
    ['Lien pour vous connecter', 'sign-in-code'],
    ['Kontoaktivierung erforderlich', 'verify-account'],
    ['Registratiebevestiging', 'verify-account'],
    ['Detalles de la cuenta de Ana en Tienda', 'welcome'],
    ['Completa tu suscripción a The Weekly', 'confirm-subscription'],
    ['Su solicitud ha sido enviada', 'ack'],
    ['Your call I 2697 740 has been registered', 'ack'],
    ['Ihre Meldung I 2600 017 wurde registriert', 'ack'],
    ['You have requested to log into Acme', 'sign-in-code'],
    ['Recover your account', 'password-reset'],
    ['Recupera il tuo account', 'password-reset'],
    ['[Alvorada] Confirmação de pedido de senha', 'password-reset'],
    ['O seu pedido de reposição da senha em Maracujá', 'password-reset'],
    ['O seu código de utilização única para Beira-Rio', 'sign-in-code'],
    ['Here is the code you need to access your account', 'sign-in-code'],
    ['Thanks for filling out: Kingsmead – Contact us', 'ack'],
    ['Grazie per aver compilato: Castelfiore – Contatti', 'ack'],
    ['Thanks for completing Kingsmead – Contact us', 'ack'],
    ['Vielen Dank für Ihre Übermittlung', 'ack'],
    ['Merci pour ta réponse', 'ack'],
    ['Bugzilla Change Password Request', 'password-reset'],
    ['Bugzilla: verzoek om wachtwoord te wijzigen', 'password-reset'],
  ])('reads "%s" in a subject as %s', (subject, kind) => {
    expect(evidence(subject).confirmation).toBe(kind)
  })

  it('reads the footer of a web form copy at the end of a long body, only in the body', () => {
    const long = `Message:\n${'text the form echoed '.repeat(40)}\n-- \n`
    expect(
      evidence('Acme "hello"', long, `${long}Diese E-Mail wurde über ein Kontaktformular gesendet`)
        .confirmation,
    ).toBe('ack')
    expect(evidence('Acme "hello"', long, long).confirmation).toBeNull()
    expect(evidence('Webforms: notes from the conference').confirmation).toBeNull()
  })

  it('takes issue keys, queue tags and protocol numbers as request ids', () => {
    expect(evidence('SUP-4821 Where is my parcel').ticketId).toBe(true)
    expect(evidence('[Acme Support #88213] AutoReply: hello').ticketId).toBe(true)
    expect(evidence('Protocolo 20261234567').ticketId).toBe(true)
    expect(evidence('Re: meeting at 10-30').ticketId).toBe(false)
    expect(evidence('[ilug] Re: kernel 2.4.18').ticketId).toBe(false)
  })

  it('makes a reply-shaped auto-reply weak evidence, and a list reply nothing at all', () => {
    const autoReply = evidence('Re: hello', 'Thanks for contacting us! We received your message.')
    expect(autoReply).toMatchObject({ candidate: false, weak: true })
    const listReply = evidence('[ilug] Re: kernel panic', 'On Tue, Bob wrote: the module fails')
    expect(listReply).toMatchObject({ candidate: false, weak: false })
  })
})

describe('important mail classes', () => {
  it.each([
    ['Your receipt from Metro Cabs', 'Total charged: 18,40 €'],
    ['Du hast Geld erhalten', 'Kim hat dir 25,00 € gesendet.'],
    ['Pago realizado', 'Has pagado $ 1.204,50 a Tienda Sol.'],
    ['Un nouvel appareil a été ajouté', 'Un appareil a été ajouté à votre compte.'],
    ['Has cambiado tu dispositivo', 'Si no fuiste tú, llámanos.'],
    ['Er is ingelogd op uw account', 'Was u dit niet? Bel ons.'],
    ['Änderung Ihres Passworts', 'Falls Sie das nicht waren, melden Sie sich.'],
    ['Ordine n. 4471200 confermato', 'Grazie per il tuo acquisto.'],
    ['Je zending is onderweg', 'Bezorging morgen tussen 9 en 12 uur.'],
    ['Confirmación de compra - Localizador XK29PL', 'Madrid → Sevilla, 14:05.'],
    ['Ihre Buchungsbestätigung', 'Hamburg → Köln, Wagen 7.'],
    ['Two-factor recovery codes were regenerated', 'If this was not you, contact us.'],
    ['Vérification en deux étapes désactivée', 'Si ce n’était pas vous, contactez-nous.'],
    ['Neuer Bescheid: Einkommensteuer 2025', 'Bitte melden Sie sich an, um ihn abzurufen.'],
    ['Nova mensagem das Finanças', 'Tem uma nova notificação no e-Balcão.'],
    ['Your electricity bill for November is ready', 'Amount due by 12 December.'],
    ['La tua bolletta è disponibile', 'Scadenza 20/12.'],
    ['Ihre Kreditkartenabrechnung', 'Abrechnung Oktober.'],
    ['Relevé de compte disponible', 'Votre relevé d’octobre est disponible.'],
    ['Your membership has been renewed', 'We charged your card on file.'],
    ['Dein Paket kommt morgen', 'Zustellfenster 10–12 Uhr.'],
    ['A sua palavra-passe foi alterada', 'Se não foi você, contacte-nos.'],
    ['Votre billet de train Paris - Lyon', 'Voiture 12, place 64.'],
    ['O seu voo para Madrid', 'Embarque às 07:10.'],
    ['Je vlucht naar Barcelona', 'Inchecken kan vanaf morgen.'],
  ])('finds "%s" important', (subject, snippet) => {
    expect(importantKind(subject, snippet)).not.toBeNull()
  })

  it('judges account mail only by its subject: a typed-in name is attacker text', () => {
    const verification = mail(
      'Please verify your email address',
      'Hello Security alert: payment of $499.99 charged, please verify your email address.',
    )
    expect(extractFeatures(verification).important).toBeNull()
    const ticketed = mail('[Case 55120] Invoice overdue: $2,499.00 charged today', 'We got it.')
    expect(extractFeatures(ticketed).important).toBeNull()
    const real = mail('Security alert: new sign-in to your account', 'We noticed a new sign-in.')
    expect(extractFeatures(real).important).toBe('account-security')
  })

  it('never takes a disguised subject for important: letters styled, mixed or hidden are typed text', () => {
    const plain = mail('Payment of €1,299.00 received', 'Thank you.')
    expect(extractFeatures(plain).important).toBe('payment')
    for (const subject of [
      'Payment of €１，２９９．００ received',
      'Pаyment of €1,299.00 received',
      'Pay\u200bment of €1,299.00 received',
    ])
      expect(extractFeatures(mail(subject, 'Thank you.')).important).toBeNull()
  })

  it('takes an emoji joined with zero-width joiners for no disguise', () => {
    const family = mail(
      '👨\u200d👩\u200d👧 Family plan renewed: €17.99',
      'Thanks for staying with us.',
    )
    expect(extractFeatures(family).important).not.toBeNull()
  })

  it('finds a password change named before the password', () => {
    expect(importantKind('Se ha cambiado tu contraseña', '')).toBe('account-security')
    expect(importantKind('We changed your password', '')).toBe('account-security')
    expect(importantKind('Reset your password', '')).toBeNull()
  })
})

describe('transactions the person made', () => {
  const from = { senderName: 'Rail', senderAddress: 'tickets@rail.example' }

  it.each([
    ['Bilhete confirmado: Lisboa → Porto', 'A sua viagem está confirmada. Referência KX82P1.'],
    [
      'Ihre Reise am 14.04.',
      'Vielen Dank für Ihre Buchung. Ihr Ticket steht im Anhang, Auftrag NA83M7.',
    ],
    ['Réservation confirmée', 'Merci pour votre réservation, dossier 58213.'],
    ['Thanks for your purchase', 'Order #448812 is on its way to the warehouse.'],
    ['Prenotazione confermata', 'Codice prenotazione 4417.'],
  ])('reads "%s" as a transaction, important and no wave material', (subject, snippet) => {
    const features = extractFeatures(mail(subject, snippet, from))
    expect(features).toMatchObject({ helpdesk: false, joiner: false })
    expect(features.important).not.toBeNull()
  })

  it.each([
    ['Your order inquiry has been received', 'ack'],
    ['Thank you for your booking request', 'ack'],
    ['Votre demande de réservation a bien été reçue', 'ack'],
    ['ORDINE DI RIMOZIONE EMESSO: abbiamo ricevuto la tua richiesta', 'ack'],
  ])('keeps a request about an order a request: "%s"', (subject, kind) => {
    expect(evidence(subject).confirmation).toBe(kind)
  })

  it('takes a receipt, a filed tax return and a new message in a portal for important', () => {
    const receipt = mail(
      'Deine Quittung für die Fahrt am Dienstag',
      'Gesamt 23,60 €. Beleg-Nr. 61535951',
    )
    expect(extractFeatures(receipt).important).toBe('purchase')
    const taxReturn = mail(
      'We have received your Self Assessment tax return',
      'Thank you. We received your tax return on time. Submission reference 30008-7972.',
    )
    expect(extractFeatures(taxReturn)).toMatchObject({ helpdesk: false, important: 'official' })
    const portal = mail(
      'Er staat een nieuw bericht in uw Berichtenbox',
      'U heeft een nieuw bericht ontvangen.',
    )
    expect(extractFeatures(portal)).toMatchObject({ helpdesk: false, important: 'official' })
    expect(importantKind('Se ha cambiado la contraseña de tu cuenta', '')).toBe('account-security')
  })

  it('reads the closing "if you did not request this email" as weak evidence only', () => {
    // The subject names only the site: what the mail says is in its closing.
    const signIn = evidence(
      'app.example.eu',
      'app.example.eu',
      `Accedi: https://app.example.eu/api/auth/callback?token=1\n${'x '.repeat(40)}\nIf you did not request this email you can safely ignore it.`,
    )
    expect(signIn).toMatchObject({ confirmation: null, weak: true, candidate: false })
    const alert = mail(
      'Important notice about your account',
      'We noticed a new sign-in from Firefox. If this was you, you can safely ignore this email.',
    )
    expect(extractFeatures(alert).important).toBe('account-security')
  })

  it('reads a new message from a site as weak evidence, and keeps security and order notices', () => {
    expect(evidence('Nuevo mensaje de "Castañar Mudanzas"')).toMatchObject({
      weak: true,
      candidate: false,
    })
    const twoFactor = mail(
      'Tweestapsverificatie ingeschakeld',
      'Voortaan vragen we bij het inloggen een code uit je app.',
    )
    expect(extractFeatures(twoFactor).important).toBe('account-security')
    expect(
      extractFeatures(mail('Order BM-358058 confirmed', 'Thanks for shopping.')).important,
    ).toBe('purchase')
  })

  it('never takes a sign-in code or a reset request for important', () => {
    const device = mail(
      'Your Acme account: access from a new device',
      'Here is the code you need to access your account from a new device: WOLRR',
    )
    expect(extractFeatures(device)).toMatchObject({ important: null })
    const request = mail('[Acme] Confirmação de pedido de senha', 'Clique para definir a senha.')
    expect(extractFeatures(request).important).toBeNull()
    const change = mail(
      'Bugzilla Change Password Request',
      'You have requested to change your password.',
    )
    expect(extractFeatures(change).important).toBeNull()
  })

  it('lets a body that acknowledges a request outweigh a subject naming a booking', () => {
    const echo = evidence(
      'Booking confirmed',
      'Thank you for contacting us, we received your message.',
    )
    expect(echo).toMatchObject({ transaction: false, confirmation: 'ack' })
    const booking = evidence('Booking confirmed', 'Your seat 42 in coach 3.')
    expect(booking).toMatchObject({ transaction: true, confirmation: null, candidate: false })
  })
})
