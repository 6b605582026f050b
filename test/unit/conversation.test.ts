// Mail from a conversation the person takes part in (core/mail/conversation/conversation.ts) never joins a wave:
// a person's out-of-office answer, an agent's reply on a numbered ticket, a site's notice that
// someone wrote to the person. A company's own automatic answer, a mail helpdesk's "RE: <typed
// subject>" acknowledgement and an invitation stay wave mail.
import { describe, expect, it } from 'vitest'
import { replay } from '../../src/core/wave/classify.ts'
import { inConversation, isOutOfOffice } from '../../src/core/mail/conversation/conversation.ts'
import { foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const MINUTE = 60_000
const T0 = Date.UTC(2026, 9, 12, 14, 0)

function reads(subject: string, opening: string, worded = false, template = false): boolean {
  const folded = foldForLexicon(subject)
  const input = { rawSubject: subject, subject: folded, opening, worded, template }
  return inConversation({ ...input, fromPerson: true })
}

describe('out-of-office answers', () => {
  it.each([
    ['Automatic reply: Desk lamp', "Thanks for your mail. I'm out of the office until Monday."],
    ['Automatische Antwort: Angebot', 'Danke für Ihre Nachricht. Ich bin bis Freitag abwesend.'],
    ['Réponse automatique : Devis', 'Bonjour, je suis absente jusqu’au 28 et lirai votre message.'],
    ['Respuesta automática: Pedido', 'Gracias por tu correo. Estoy de vacaciones hasta el lunes.'],
    [
      'Resposta automática: Orçamento',
      'Obrigado pela mensagem. Estou fora do escritório até dia 30.',
    ],
    ['Risposta automatica: Preventivo', 'Grazie per la mail. Sono fuori ufficio fino a lunedì.'],
    ['Automatisch antwoord: Offerte', 'Dank voor je bericht. Ik ben tot en met vrijdag afwezig.'],
  ])('%s is a person away', (subject, opening) => {
    expect(isOutOfOffice(foldForLexicon(subject), opening)).toBe(true)
    expect(reads(subject, opening, true)).toBe(true)
  })

  it('only from a person: a company mailbox echoing a typed-in "I am away" still acknowledges', () => {
    const subject = 'Automatic reply: I am away'
    const opening = "Thanks, we received your message: I'm out of the office until Monday."
    const folded = foldForLexicon(subject)
    const input = { rawSubject: subject, subject: folded, opening, worded: true, template: false }
    expect(inConversation({ ...input, fromPerson: false })).toBe(false)
    expect(inConversation({ ...input, fromPerson: true })).toBe(true)
  })

  it.each([
    // A company speaks for its team, and acknowledges the mail.
    [
      'Respuesta automática de Óptica Sol',
      'Ahora mismo estamos fuera de la oficina. Tu correo ha entrado en la cola.',
    ],
    [
      'Automatic reply: TAKE DOWN ORDERS',
      'Thanks for reaching out! Your message arrived safely; one of us will reply within a day.',
    ],
    // Away words without an automatic answer's subject: the text, not the subject, may be typed in.
    ['Request received: I am out of office', "We received your request: I'm out of office."],
  ])('%s is not', (subject, opening) => {
    expect(isOutOfOffice(foldForLexicon(subject), opening)).toBe(false)
  })
})

describe('replies on a numbered ticket', () => {
  it.each([
    'RE: [#3357615] Factura incorrecta',
    'AW: [Ticket#2024101234] Rechnung doppelt abgebucht',
    'R: [#6566540] Articolo danneggiato',
    'Re: (#44112) Broken zipper',
  ])('%s is an agent answering', (subject) => {
    expect(reads(subject, 'Hi Anna, sorry about that! We have sent a replacement.')).toBe(true)
  })

  it.each([
    // A mail helpdesk's first acknowledgement answers the typed-in subject.
    'RE: Hola',
    // A number further on is typed-in text.
    'Re: CYBER POLICE NOTICE case 22-0916 your IP was logged',
  ])('%s is not', (subject) => {
    expect(reads(subject, 'Tack för att du hörde av dig.')).toBe(false)
  })

  it('a reply before a ticket tag a product template knows is still an answer', () => {
    const subject = 'AW: [Ticket#8599059] Waschmaschine pumpt nicht ab'
    expect(reads(subject, 'Die Gutschrift wurde heute veranlasst.', false, true)).toBe(true)
  })

  it("a template's own text is not read for conversations: it may carry typed-in text", () => {
    expect(
      reads('[Request received] Lutz sent you a message', 'Lutz sent you a message', false, true),
    ).toBe(false)
  })

  it('a reply whose wording confirms a request is judged on that wording', () => {
    expect(reads('RE: [#3357615] TAKE DOWN', 'We have received your request.', true)).toBe(false)
  })
})

describe('later notices on a numbered ticket', () => {
  it.each([
    ['[Quibubbe] Update on request 3558090', 'Hello Harriet, Maggie replied to your request.'],
    ['Anfrage #69305 gelöst', 'Wir haben Ihre Anfrage als gelöst markiert.'],
    ['Mise à jour de votre demande 5204040', 'Inès a répondu à votre demande.'],
    ['Solicitud 60932 resuelta', 'Hemos marcado la solicitud como resuelta.'],
    ['Richiesta 56432 risolta', 'Abbiamo chiuso la richiesta.'],
    ['Update over je verzoek 1321097', 'Lotte heeft gereageerd op je verzoek.'],
    ['Ticket 4411 has been closed', 'Thanks for using our help center.'],
  ])('%s', (subject, opening) => {
    expect(reads(subject, opening)).toBe(true)
  })

  it.each([
    '[Quibubbe] Update on request 3558090',
    'Mise à jour de votre demande 5204040',
    'Anfrage #69305 gelöst',
    'Richiesta 56432 risolta',
    'Update on your request 12345',
    'Update on your ticket #12345',
    'Dossier 55123 résolu',
  ])('%s by its subject alone', (subject) => {
    expect(reads(subject, 'Hello.')).toBe(true)
  })

  it('an agent named as having answered, by the opening alone', () => {
    expect(reads('Acme Support', 'Inès a répondu à votre demande « Lave-vaisselle ».')).toBe(true)
  })

  it('a first acknowledgement that carries a number is none', () => {
    expect(reads('Anfrage #69305', 'Vielen Dank, wir melden uns.')).toBe(false)
  })
})

describe('notices that someone wrote to the person', () => {
  it.each([
    [
      'Neue Nachricht von Lutz Brenner',
      'Lutz Brenner hat dir auf Phextamo geschrieben: „Kommst du?“',
    ],
    ['Ilaria ti ha scritto', 'Ilaria ti ha mandato un messaggio su Fyllamo: «Vieni sabato?»'],
    ['Tienes un mensaje nuevo', 'Óscar te ha escrito en Quobano: «¿Vienes el sábado?»'],
    ['Nova mensagem de Leonor', 'Leonor escreveu para você no Cloqano: "Vens no sábado?"'],
    ['Nieuw bericht van Sanne', 'Sanne stuurde je een bericht op Huzzette: "Kom je zaterdag?"'],
    ['Someone answered your question', 'Your question has a new answer from Tom.'],
    ['Odile vous a écrit', 'Ouvrez la conversation.'],
    ['Tienes un nuevo seguidor', 'Rubén Lozano ha empezado a seguirte en Fjalubbe Club.'],
    ['Íñigo empezó a seguirte', 'Íñigo te sigue en Pumbrozz. Ver perfil.'],
    ['Tía te mencionó en un comentario', '«@Lucía mira esto» – responder.'],
    ['Sanne noemde je in een reactie', '"@Fenna moet je zien" – reageer.'],
    ['Beatriz mencionou você num comentário', '"@Joana olha isso!"'],
    ['Nova mensagem de Leonor', 'Leonor Teixeira enviou-lhe uma mensagem: "Ainda tens o livro?"'],
    ['Eline heeft op je bericht gereageerd', 'Eline schreef: "Wat een mooie foto!"'],
    ["Bastien s'est abonné à votre profil", 'Bastien vous suit désormais.'],
    ['Matthias hat deinen Beitrag kommentiert', 'Matthias schrieb: „Tolle Fotos!“'],
    ['Rubén comentó tu foto', 'Responder en la aplicación.'],
  ])('%s', (subject, opening) => {
    expect(reads(subject, opening)).toBe(true)
  })

  it.each([
    ['New message from Ada Moreno', 'Ada Moreno: "are you coming on Saturday?" Reply in the app.'],
    ['Nouveau message de Ruud Kamps', 'Ruud Kamps : « tu viens samedi ? » Répondre.'],
    ['Neue Nachricht von Lotte Wijn', '[Logo] Lotte Wijn: „Kommst du am Samstag?“ Antworten.'],
    ['Nieuw bericht van Ruud van Kamps', 'Ruud van Kamps: “Is de fiets nog beschikbaar?”'],
  ])('a person’s message quoted under the name the subject gives: %s', (subject, opening) => {
    expect(reads(subject, opening)).toBe(true)
  })

  it('a quoted title under a field name or a name the subject lacks is no such message', () => {
    expect(reads('New message from Acme', 'Subject: "FREE NITRO" Reply soon.')).toBe(false)
    expect(reads('New submission', 'Ada Moreno: "FREE NITRO" was received.')).toBe(false)
  })

  it('an invitation is left out: invitation forms are relayed too', () => {
    expect(
      reads('Anna invited you to join Acme', 'Accept the invitation: https://a.example/i'),
    ).toBe(false)
  })

  it('wording that confirms something keeps its reading, whatever was typed into it', () => {
    expect(reads('Request received: Lutz sent you a message', 'We received it.', true)).toBe(false)
  })
})

describe('in a wave', () => {
  const ack = (i: number): MailInput => ({
    id: `ack${i}`,
    date: T0 + i * MINUTE,
    senderName: `Brand ${i}`,
    senderAddress: `support@brand${i}.zendesk.com`,
    subject: '[Request received] hello',
    snippet: `Your request (${2000 + i}) has been received and is being reviewed by our staff.`,
  })
  const during = (id: string, from: string, subject: string, snippet: string): MailInput => ({
    id,
    date: T0 + 3 * MINUTE + 30_000,
    senderName: 'Sender',
    senderAddress: from,
    subject,
    snippet,
  })

  function verdictOf(mail: MailInput): string {
    const features = [...[0, 1, 2, 3, 4, 5].map(ack), mail].map(extractFeatures)
    return replay(features).final.at(-1)!.verdict
  }

  it('a first-time sender answering the person stays clean', () => {
    const away = during(
      'ooo',
      'lotte.verbeek@huzzask.example',
      'Automatisch antwoord: Wool blanket',
      'Dank voor je bericht. Ik ben afwezig tot en met vrijdag.',
    )
    const reply = during(
      'reply',
      'support@zelvora.example',
      'RE: [#7870536] Verkeerde maat',
      'Hoi Anna, we sturen een nieuwe maat op.',
    )
    const social = during(
      'social',
      'notify@fyllamo.example',
      'Ilaria Fumagalli ti ha scritto',
      'Ilaria Fumagalli ti ha mandato un messaggio su Fyllamo: «Vieni sabato?»',
    )
    for (const mail of [away, reply, social]) expect(verdictOf(mail), mail.id).toBe('clean')
  })

  it('a first-time automated sender in unknown words still joins it', () => {
    const unknown = during('x', 'support@lindqvist.example', 'Lindqvist', 'Tryck här. Hälsningar')
    expect(verdictOf(unknown)).toBe('relay')
  })
})
