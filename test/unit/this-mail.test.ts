// Words that name the mail itself ("this message", "an automated message", "Diese Nachricht wurde
// automatisch erstellt") or a call made ("Join with video call") are no request the person sent
// (core/mail/boilerplate/this-mail.ts); the person's own message and a service desk's logged call still are.
// A request that came through a form is one, whatever the form produced ("pedido submetido
// através do formulário"). Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { extractFeatures } from '../../src/core/mail/features.ts'

const body = (opening: string, subject = 'Info') =>
  evidenceOf({ subject, opening, templateKind: null, sender: null }).confirmation

describe('a footer or an invitation that names the mail itself', () => {
  it.each([
    ['Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht darauf.'],
    ['Diese Nachricht wurde automatisch erstellt und versendet.'],
    ['This message was created automatically; replies are not received.'],
    ['Ce message automatique a été créé par notre système.'],
    ['Este mensaje fue creado automáticamente, por favor no respondas.'],
    ['Questo messaggio automatico è stato creato dal sistema.'],
    ['Dit bericht is automatisch aangemaakt.'],
    ['Votre relevé est disponible. Message automatisé, merci de ne pas répondre.'],
    ['Recordatorio de su cita. Mensaje automatizado, gracias por no responder.'],
    ['Rappel de rendez-vous. Ceci est un message automati'],
    ['Pieter invited you. Join with video call, the link is created for you.'],
  ])('is no acknowledgement: %s', (opening) => {
    expect(body(opening)).toBeNull()
  })
})

describe('the person’s message and a logged call', () => {
  it.each([
    ['Wir haben Ihre Nachricht erhalten und melden uns.', 'ack'],
    ['Thanks for your message, we will get back to you soon.', 'ack'],
    ['Your call 2026-0412 has been registered by the service desk.', 'ack'],
    ['Confirmamos a receção do seu pedido submetido através do formulário online.', null],
  ])('is still read: %s', (opening, reading) => {
    if (reading) expect(body(opening)).toBe(reading)
    else expect(body(opening)).not.toBeNull()
  })
})

describe('a line that offers the form for questions', () => {
  it.each([
    [
      'Je jaarafrekening staat klaar',
      'Bedankt dat je klant bent. Vragen over je factuur? Stel ze via ons formulier.',
    ],
    [
      'Tu reserva está confirmada',
      '¡Gracias! Si necesitas algo, escríbenos a través del formulario.',
    ],
  ])('keeps a bill or a booking important: %s', (subject, snippet) => {
    const features = extractFeatures({
      id: 'm',
      date: 0,
      senderName: 'Kelp',
      senderAddress: 'noreply@kelp.example',
      subject,
      snippet,
    })
    expect(features.important).not.toBeNull()
  })
})

describe('words that name no request the person sent', () => {
  it.each([
    ['@Owen Hale requested your review on this pull request.'],
    ['Your pull request was received by the build.'],
    ['Ihr Merge-Request ist eingegangen.'],
    ['You are receiving this because your review was requested.'],
    ['You received this email because you follow the project, request a digest any time.'],
    ['Sie erhalten diese E-Mail, weil Sie unsere Anfrage-Hinweise abonniert haben.'],
    ['You’ve received £211.93 from Sam for "concert tickets".'],
    ['Você recebeu R$ 50,00 de Ana. Pedido 3321.'],
    ['Your table is booked. Running late? Call us on 020 7946 0000.'],
    ['Thanks for coming! Call us any time on 0800 123 456.'],
    ['Owen requested your approval; the build received the change.'],
    ['Obrigado! Recebemos a marcação da sua consulta a 10 de dezembro às 13:45.'],
    ['Gracias, hemos recibido la confirmación de su consulta con la Dra. Gil.'],
  ])('%s', (opening) => {
    expect(body(opening)).not.toBe('ack')
  })

  it.each([
    ['We have received this request and will answer within two days.'],
    ['Your call has been logged and an engineer will call you back.'],
    ['Your request was received.'],
    ['Hemos recibido su consulta y le responderemos pronto.'],
  ])('an acknowledgement is still one: %s', (opening) => {
    expect(body(opening)).toBe('ack')
  })
})
