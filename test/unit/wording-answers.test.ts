// Wording classes of acknowledgements, bookings and account notices, in the seven languages
// (core/mail/lexicon*.ts, important.ts). Texts written here for the test; none is a product's
// template.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

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
