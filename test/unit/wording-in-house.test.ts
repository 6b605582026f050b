// Wordings companies write for themselves rather than take from a product: a double opt-in that
// asks "subscribe me?" in the reader's words, an account someone "just created" with the address,
// credentials to reset, orders confirmed with their number, money someone sent. Texts written here
// for the test, in the seven languages.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'

const evidence = (subject: string, opening = '') =>
  evidenceOf({ subject, opening, templateKind: null, sender: null })

const features = (subject: string, snippet: string) =>
  extractFeatures({
    id: 'x',
    date: 0,
    senderName: 'Shop',
    senderAddress: 'hello@shop.example',
    subject,
    snippet,
  })

describe('a newsletter or press list to confirm, in the words of its own sign-up', () => {
  // Each subject names only the sender, as many such mails do: the body says what it is.
  it.each([
    ['Winkel Noord', 'Ja, schrijf me in: https://winkel.example/optin/ab12'],
    ['Boekhandel Oost', 'Dit adres is ingeschreven voor onze berichten. Bevestig hier.'],
    ['Verlag Süd', 'Bitte bestätige dein Abo mit einem Klick.'],
    ['Stadtwerke West', 'Ihr Infobrief: bitte hier bestätigen.'],
    ['Presse', 'Bitte bestätigen Sie die Aufnahme in unseren Presseverteiler.'],
    ['Negozio Centro', 'Sì, iscrivimi: confermo qui https://negozio.example/c/9'],
    ['Loja Sul', 'Confirme que quer ficar inscrito: https://loja.example/c/9'],
    ['Tienda Norte', 'Confirma tu alta en el boletín: https://tienda.example/c/9'],
    ['Maison Est', "Vous recevrez notre lettre d'information : confirmez ici."],
    ['Sala de prensa', 'Confirma tu alta en nuestra lista de prensa.'],
  ])('%s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('confirm-subscription')
  })
})

describe('an account someone has just created with the address is one to verify', () => {
  it.each([
    ['¿Eras tú?', 'Alguien acaba de crear una cuenta con esta dirección.'],
    ['Est-ce vous ?', "Quelqu'un vient de créer un compte avec cette adresse."],
    ['Foi você?', 'Alguém acabou de criar uma conta com este e-mail.'],
  ])('%s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('verify-account')
  })
})

describe('credentials to reset are a password to reset', () => {
  it.each([
    'Reimpostazione delle credenziali',
    'Reset your credentials',
    'Zugangsdaten zurücksetzen',
    'Réinitialiser vos identifiants',
  ])('%s', (subject) => {
    expect(evidence(subject).confirmation).toBe('password-reset')
  })
})

describe('an order confirmed with its number is a purchase, not a confirmed request', () => {
  it.each([
    ['Pedido confirmado n.º 41170233', 'Gracias por tu compra. Total 39,90 €.'],
    ['Pedido confirmado nº 55120917', 'Obrigado pela compra. Total R$ 74,06.'],
    ['Commande confirmée n° 60114', 'Merci pour votre achat.'],
    ['Order confirmed #77120', 'Thanks for shopping with us.'],
  ])('%s', (subject, snippet) => {
    const read = features(subject, snippet)
    expect(read.helpdesk).toBe(false)
    expect(read.important).toBe('purchase')
  })

  it('a request confirmed with its number stays a request', () => {
    expect(evidence('Solicitud confirmada n.º 41170233').confirmation).toBe('confirm-request')
  })
})

describe('money someone sent is a payment, in every language', () => {
  it.each([
    ['De Camille', 'Camille vous a envoyé 42,00 €.'],
    ['De Lucía', 'Lucía te ha enviado 15 € por la cena.'],
    ['Von Jonas', 'Jonas hat dir 20 € gesendet.'],
    ['Da Marco', 'Marco ti ha inviato 12,50 €.'],
    ['Da Ana', 'Ana te enviou R$ 30,00.'],
    ['Van Sanne', 'Sanne heeft je € 8,40 gestuurd.'],
    ['Hai ricevuto denaro', ''],
    ['Je hebt geld ontvangen', ''],
  ])('%s', (subject, snippet) => {
    expect(features(subject, snippet).important).toBe('payment')
  })
})

describe("a support mailbox's automatic reply acknowledges what reached it", () => {
  it.each([
    'Automatic reply: my parcel',
    'Auto-Reply: question about my bill',
    'Automatische Antwort: Rückfrage',
    'Réponse automatique : ma commande',
    'Respuesta automática: consulta',
    'Resposta automática: dúvida',
    'Risposta automatica: domanda',
    'Automatisch antwoord: vraag',
  ])('%s', (subject) => {
    expect(evidence(subject).confirmation).toBe('ack')
  })
})

describe('a subject that asks whether to subscribe is a double opt-in', () => {
  it.each([
    'Really subscribe?',
    'Newsletter abonnieren?',
    'Vuoi iscriverti alla newsletter?',
    'Quer mesmo receber a newsletter?',
    'Wil je je inschrijven?',
  ])('%s', (subject) => {
    expect(evidence(subject).confirmation).toBe('confirm-subscription')
  })

  it('a subject about a subscription that asks nothing is no opt-in', () => {
    expect(evidence('Your subscription, explained').confirmation).toBeNull()
  })
})

describe('one click left to confirm is a confirmation', () => {
  it.each([
    'Nur noch ein Klick',
    "Plus qu'un clic",
    'Solo falta un clic',
    'Falta só um clique',
    'Manca un clic',
    'Nog één klik',
    'Just one click',
  ])('%s', (subject) => {
    expect(evidence(subject).confirmation).not.toBeNull()
  })
})

describe('a message that arrived, answered today, is acknowledged', () => {
  it.each([
    ['Grazie', 'Il tuo messaggio è arrivato.'],
    ['Gracias', 'Tu mensaje ha llegado a nuestro equipo.'],
    ['Obrigado', 'A sua mensagem chegou à nossa equipa.'],
    ['Bedankt', 'Je vraag is binnen.'],
    ['Votre réclamation', 'Nous accusons réception de votre réclamation.'],
    ['Ciao', 'Grazie, ti rispondiamo in giornata.'],
    ['Hallo', 'Danke! Wir antworten dir noch heute.'],
  ])('%s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('ack')
  })
})

describe('a message that arrived, reached the team or is in its hands is acknowledged', () => {
  // Each in words of its own, none a product's default.
  it.each([
    ['Thanks', 'Your note reached our support desk this morning.'],
    ['Support', 'Your message just landed in our support queue.'],
    ['Danke', 'Deine Nachricht ist bei uns angekommen.'],
    ['Eingang', 'Ihre Anfrage ist bei uns eingetroffen.'],
    ['Merci', 'Votre message nous est bien parvenu.'],
    ['Bien reçu', 'Ta demande est bien arrivée chez nous.'],
    ['Gracias', 'Su consulta ya está en manos de nuestro equipo.'],
    ['Recebido', 'Temos a sua pergunta e respondemos em breve.'],
    ['Grazie', 'La tua richiesta ci è pervenuta.'],
    ['Bedankt', 'Uw vraag ligt bij ons serviceteam.'],
    ['Ontvangen', 'Je bericht is aangekomen bij de klantenservice.'],
  ])('%s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('ack')
  })

  it.each([
    ['Flight update', 'Your flight has reached cruising altitude.'],
    ['Paket', 'Ihr Paket ist im Verteilzentrum angekommen.'],
  ])('not when it is no request that arrived: %s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).not.toBe('ack')
  })
})

describe('a typed-in title quoted between the words that confirm', () => {
  it.each([
    [
      'Nous nous occupons de votre demande',
      'Bonjour, votre demande « FREE NITRO 1 YEAR claim at gift dot example today » est arrivée chez nous.',
    ],
    [
      'Ontvangen',
      "Je bericht over 'VERWIJDERINGSBEVEL: uw website gaat binnen 48 uur offline' is binnen, we kijken ernaar.",
    ],
    [
      'Danke',
      'Deine Anfrage „Gewinnspiel: 500 Euro Gutschein für die ersten Teilnehmer“ ist bei uns angekommen.',
    ],
  ])('%s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('ack')
  })

  it('a quoted button label still reads as written', () => {
    expect(evidence('Hello', 'Click “Confirm subscription” below.').confirmation).toBe(
      'confirm-subscription',
    )
  })
})

describe('one-time codes and PINs in words of their own', () => {
  const automated = (subject: string, opening: string) =>
    evidenceOf({ subject, opening, templateKind: null, sender: 'automated-mailbox' })

  it.each([
    ['661704', 'Código de un solo uso de Dorvark Inmobiliaria.'],
    ['315 729', 'Código único.'],
  ])('a subject that is only a code, from an automated mailbox: %s', (subject, opening) => {
    expect(automated(subject, opening).confirmation).toBe('sign-in-code')
  })

  it('a subject of digits from a person is no code (an order, a phone number)', () => {
    expect(evidence('4711234', 'See the attached order.').confirmation).toBeNull()
    expect(evidence('2026', 'Our plans for the new year.').confirmation).toBeNull()
  })

  it.each([
    ['PIN vergessen?', 'Hier können Sie eine neue PIN festlegen.'],
    ['Pincode vergeten?', 'Stel hier een nieuwe pincode in.'],
  ])('a PIN forgotten is a reset: %s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('password-reset')
  })

  it('a postal PIN is no code', () => {
    expect(
      evidence('Your package is out for delivery', 'Arriving today to Bengaluru, PIN: 560034.')
        .confirmation,
    ).toBeNull()
  })
})

describe('a support mailbox answering in its own words', () => {
  it.each([
    ['Ya estamos en ello', 'Ya estamos revisando tu mensaje sobre «Contact».'],
    ['Ci stiamo lavorando', 'Abbiamo preso in mano il tuo messaggio.'],
  ])('%s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('ack')
  })

  it("a colleague's out-of-office reply is no acknowledgement", () => {
    expect(evidence('Out of Office: Project kickoff', 'I am away until Monday.').confirmation).toBe(
      null,
    )
    expect(
      evidence('Abwesenheitsnotiz: Termin', 'Ich bin bis Montag nicht im Büro.').confirmation,
    ).toBeNull()
  })

  it('"su consulta" is an enquiry, not an appointment to pin', () => {
    expect(features('Confirme el envío de su consulta', '').important).toBeNull()
    expect(features('Su consulta agendada', 'Lunes a las 10:00').important).toBe('purchase')
  })
})

describe('a request filed, saved, queued or entered', () => {
  it.each([
    ['Presa in carico', 'Il modulo compilato sul sito è giunto a destinazione.'],
    ['Re: Domanda', 'La sua e-mail è stata archiviata e riceverà risposta nel pomeriggio.'],
    ['Eingang', 'Ihr Formular wurde unter 256544 gespeichert.'],
    ['Thanks', 'Your enquiry is number 649080 in our queue.'],
    ['Bedankt', 'Je vraag staat in de wachtrij.'],
    ['Obrigado', 'A sua mensagem deu entrada nos nossos serviços.'],
    ['Recebido', 'Acusamos a receção da sua mensagem.'],
  ])('%s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('ack')
  })
})

describe('a password to change or a one-time code named by its kind', () => {
  it.each([
    ['Redefinir acesso', 'Para alterar a sua palavra-passe use o link a seguir.', 'password-reset'],
    ['Acceso a tu cuenta', 'Puedes elegir una clave nueva aquí.', 'password-reset'],
    ['Codice OTP', 'Non comunicarlo a nessuno.', 'sign-in-code'],
  ])('%s', (subject, opening, reading) => {
    expect(evidence(subject, opening).confirmation).toBe(reading)
  })
})
