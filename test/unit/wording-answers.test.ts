// Wording classes of acknowledgements, bookings and account notices, in the seven languages
// (core/mail/lexicon*.ts, important.ts). Texts written here for the test; none is a product's
// template.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { confirmationOf, conceptHits, foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'

const mail = (subject: string, snippet: string, over: Partial<MailInput> = {}): MailInput => ({
  id: 'x',
  date: 0,
  senderName: 'Example',
  senderAddress: 'no-reply@example.org',
  subject,
  snippet,
  ...over,
})

describe('acknowledgements in the third person and thanks for writing', () => {
  it.each([
    ['Hola: ¡Gracias por escribirnos! Alguien del equipo te responderá en breve.'],
    ['Olá, obrigado pelo contacto! Alguém da equipa responder-lhe-á nas próximas horas.'],
    ['Ciao, grazie per averci scritto! Qualcuno del team ti risponderà a breve.'],
    ['Bonjour, merci de nous avoir écrit. Quelqu’un de l’équipe vous répondra bientôt.'],
    ['Hallo, danke, dass Sie uns geschrieben haben. Jemand aus dem Team wird Ihnen antworten.'],
    ['Hoi, bedankt! Iemand van ons team neemt contact met je op.'],
    ['Hi, thanks for writing to us. Someone from the team will be in touch shortly.'],
  ])('reads "%s" as a request acknowledged', (snippet) => {
    expect(extractFeatures(mail('RE: anything at all', snippet)).kind).toBe('ack')
  })
})

describe('everyday mail that says someone will answer, or names an appointment', () => {
  it.each([
    ['Your weekly digest', 'Top stories this week. The author will reply to every comment.'],
    ['Product update', 'New features are live. Our team will be in touch about the beta.'],
    ['Re: Angebot Küche', 'Ich habe dem Kunden geschrieben, er meldet sich morgen.'],
    ['Re: la cena', 'Ho scritto a Guido, ti risponderà stasera.'],
    ['Your host will respond soon', 'Maria usually responds within a few hours.'],
  ])('"%s" is no acknowledgement', (subject, snippet) => {
    const features = extractFeatures(
      mail(subject, snippet, { senderName: 'Someone', senderAddress: 'someone@mail.example' }),
    )
    expect(features).toMatchObject({ helpdesk: false, joiner: false })
  })

  it.each([
    'Sendungsbestätigung 0034 1234 5678',
    'Versandbestätigung für Ihre Bestellung',
    'Verzendbevestiging van je bestelling',
    'Rücksendebestätigung',
  ])('"%s" is no account confirmation', (subject) => {
    expect(extractFeatures(mail(subject, 'Ihr Paket ist unterwegs.')).helpdesk).toBe(false)
  })

  it.each([
    'Can we move our appointment to Tuesday?',
    'Re: Termin',
    'Terminvereinbarung',
    '¿Tienes cita con el médico?',
  ])('"%s" is a conversation, not an important booking', (subject) => {
    expect(extractFeatures(mail(subject, '')).important).toBeNull()
  })
})

describe('appointments and account notices', () => {
  it.each([
    ['Appointment confirmed', 'Your appointment with Dr Lee is confirmed for Monday at 9:30.'],
    ['Terminbestätigung', 'Ihr Termin am Donnerstag um 8 Uhr ist bestätigt.'],
    ['Cita confirmada', 'Su cita con medicina de familia es el lunes a las 13:47.'],
    ['Bevestiging afspraak', 'Uw afspraak op dinsdag om 10:00 is bevestigd.'],
  ])('reads "%s" as a booking: important, no wave material', (subject, snippet) => {
    const features = extractFeatures(mail(subject, snippet))
    expect(features).toMatchObject({ helpdesk: false, important: 'purchase' })
  })

  it.each([
    ['Autenticação de dois fatores desativada', 'account-security'],
    ['Verificación de dos factores activada', 'account-security'],
    ['Ajout d’un bénéficiaire', 'bank'],
    ['Neuer Zahlungsempfänger angelegt', 'bank'],
  ])('takes "%s" for important (%s)', (subject, kind) => {
    expect(extractFeatures(mail(subject, '')).important).toBe(kind)
  })
})

describe('compounds and sign-in instructions', () => {
  it.each([
    ['Anmeldeanleitung', 'sign-in-code'],
    ['Inloginstructies', 'sign-in-code'],
    ['Instruções de início de sessão', 'sign-in-code'],
    ['Login instructions', 'sign-in-code'],
    ['Je code: hiermee log je in', 'sign-in-code'],
    ['Ihr Code: damit melden Sie sich an', 'sign-in-code'],
    ['O seu código para entrar na conta', 'sign-in-code'],
    ['Inschrijvingsbevestiging', 'confirm-subscription'],
  ])('reads "%s" as %s', (subject, reading) => {
    const hits = conceptHits(foldForLexicon(subject))
    expect(confirmationOf(hits, true)).toBe(reading)
  })
})

describe('signing in said with a verb alone', () => {
  it('is no sign-in without a code or a link: "Melde dich an" invites to a party too', () => {
    const party = mail('Sommerfest 2026', 'Am Samstag feiern wir! Melde dich an, damit wir planen.')
    expect(extractFeatures({ ...party, senderAddress: 'info@verein.example' }).joiner).toBe(false)
  })
})

describe('Portuguese "pedido", a request as often as an order', () => {
  it('is an order only with its number or its fate', () => {
    expect(extractFeatures(mail('Confirme o seu pedido para aderir ao grupo', '')).important).toBe(
      null,
    )
    expect(extractFeatures(mail('O seu pedido 48812 foi enviado', '')).important).toBe('purchase')
    expect(extractFeatures(mail('Verificação em dois passos ativada', '')).important).toBe(
      'account-security',
    )
  })

  it('is the request with its number when the mail asks to verify an address or a request', () => {
    const verify = mail(
      'Ação necessária: pedido n.º 688373',
      'O pedido n.º 688373 aguarda a validação do seu endereço de e-mail. Confirme aqui.',
    )
    expect(extractFeatures(verify).important).toBeNull()
    const ack = mail('O seu pedido 96190', 'Confirmamos a receção do seu contacto. Respondemos já.')
    expect(extractFeatures(ack).important).toBeNull()
    const order = mail('Pedido 558521 confirmado', 'Total: R$ 62,40. Obrigado pela compra.')
    expect(extractFeatures(order).important).toBe('purchase')
  })
})

describe('a form submission relayed to the address typed in', () => {
  const copy = (subject: string) =>
    mail(
      subject,
      'Name: Alex Email: alex@example.net Subject: Invoice 88213 of $899.99 charged Message: Invoice 88213 of $899.99 charged',
      { senderName: 'WordPress', senderAddress: 'wordpress@site.example' },
    )

  it.each([
    'Contact Us Form submitted on Calderune Dental',
    'Kontaktformular auf Sabrevo Optik übermittelt',
    'Formulario de contacto enviado en Fennick Moda',
    'Contactformulier verzonden op Pemberhay Makelaars',
    'Modulo di contatto inviato su Halmbrek Arredamenti',
  ])('"%s" is weak evidence, never important by the typed-in text', (subject) => {
    expect(extractFeatures(copy(subject))).toMatchObject({
      helpdesk: false,
      joiner: true,
      important: null,
    })
  })

  it('keeps an order that was sent important', () => {
    expect(extractFeatures(mail('Tu pedido ha sido enviado', '')).important).not.toBeNull()
    expect(extractFeatures(mail('Je bestelling is verzonden', '')).important).not.toBeNull()
    expect(extractFeatures(mail('Enviamos tu compra: ha sido enviada hoy', '')).important).toBe(
      'shipping',
    )
  })
})

describe('a passcode shown as digits', () => {
  it('reads "Verwende den Passcode 656412 zur Anmeldung bei …" as a sign-in code', () => {
    const features = extractFeatures(
      mail(
        'Verwende den Passcode 656412 zur Anmeldung bei Ottertal',
        'Der Passcode gilt 10 Minuten.',
      ),
    )
    expect(features).toMatchObject({ helpdesk: true, kind: 'verification' })
  })

  it('leaves a registration for an event alone', () => {
    const features = extractFeatures(
      mail('Ihre Anmeldung zum Sommerfest', 'Wir freuen uns auf Sie.'),
    )
    expect(features.helpdesk).toBe(false)
  })
})

describe('a Portuguese request to be contacted or helped', () => {
  it.each([
    ['Pedido de contacto n.º 3294595', 'Confirmamos a receção do seu pedido de contacto.'],
    ['O seu pedido de suporte', 'Recebemos o seu pedido de suporte e respondemos em breve.'],
    ['Pedido de contato recebido', 'Obrigado! Responderemos por ordem de chegada.'],
  ])('"%s" is a candidate, no purchase', (subject, snippet) => {
    const features = extractFeatures(mail(subject, snippet, { senderName: 'Loja Support' }))
    expect(features.helpdesk).toBe(true)
    expect(features.important).toBeNull()
  })
})

describe('a receipt named as the person’s, with its number', () => {
  it.each([
    ['Ihr Beleg von Klemaxa Nr. 511031', 'Betrag: 20,16 € Bezahlt mit Mastercard •••• 1934.'],
    ['Je betaalbewijs van Jurnoqa nr. 20855', 'Betaald: 291,12 € Met pas •••• 2208 op 26/11.'],
    ['Your receipt from Acme #2231-9931', 'Amount paid: €52.53. Paid with Visa ending 4417.'],
  ])('"%s" is important, its number no ticket', (subject, snippet) => {
    const features = extractFeatures(
      mail(subject, snippet, { senderAddress: 'receipts@a.example' }),
    )
    expect(features.important).toBe('purchase')
    expect(features.joiner).toBe(false)
  })
})

describe('a message that became a ticket, and a subject that opens with "Received"', () => {
  it.each([
    ['Received – Question', 'Hi, your message "Question" is now ticket 13243.'],
    ['Re: Question', 'Bom dia, a sua mensagem "Question" é agora o pedido 8986740.'],
    ['Re: Frage', 'Hallo, Ihre Nachricht „Frage“ ist jetzt Vorgang 4411.'],
    ['Re: Vraag', 'Hallo, je bericht "Vraag" is nu verzoek 1234.'],
    ['Ontvangen – Invoice overdue', 'Wij nemen contact op.'],
    ['Recebido – Question', 'Obrigado.'],
  ])('"%s" is an acknowledgement', (subject, snippet) => {
    const features = extractFeatures(mail(subject, snippet, { senderAddress: 'help@a.example' }))
    expect(features.kind).toBe('ack')
  })

  it.each([
    ['Payment received – thank you', 'We received your payment of €20.00.'],
    ['Re: dinner', 'My email is now on the new server, write there.'],
  ])('"%s" is none', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet)).kind).not.toBe('ack')
  })
})

describe('a sign-up waiting for its last click', () => {
  it.each([
    ['Still want to hear from Acme?', 'Your sign-up is waiting for one click: https://a.example/c'],
    ['Un dernier clic ✉️', 'Salut, confirme que tu veux recevoir nos nouvelles : https://a.fr/c'],
    ['Une étape vers les nouvelles', 'Votre inscription attend encore un clic : https://a.fr/c'],
  ])('"%s" is account mail', (subject, snippet) => {
    const features = extractFeatures(mail(subject, snippet, { senderAddress: 'news@a.example' }))
    expect(features.kind).toBe('verification')
  })

  it('leaves an offer of one-click buying alone', () => {
    const offer = mail('Shop faster', 'Buy with one click in our app.', {
      senderAddress: 'news@a.example',
    })
    expect(extractFeatures(offer).kind).toBeNull()
  })
})
