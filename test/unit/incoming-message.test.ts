// A new message announced by a marketplace, a class app or a club (someone-to-you.ts): a named
// person's words after a colon, under a subject that announces a new message, are someone's
// message to the person, whatever the subject names (a class, a listing). Such mail joins no wave.
// A form's copy that lists its fields still may. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'

const joins = (subject: string, snippet: string, senderAddress = 'notices@kelvamo.example') =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Kelvamo',
    senderAddress,
    subject,
    snippet,
  }).joiner

describe('a new message announced', () => {
  it.each([
    [
      'You have a new message about your listing',
      'Dana Moor asked about "Desk lamp": "Is it still available?"',
    ],
    ['New message from Class 3A', 'Ms Okafor: "Bring a coat for the trip on Friday."'],
    ['Neue Nachricht aus der Klasse 2c', 'Herr Brandt: „Morgen fällt Sport aus.“'],
    [
      'Nouveau message concernant votre annonce',
      'Léa Martin à propos de « Table basse » : « Encore dispo ? »',
    ],
    ['Nuevo mensaje sobre tu anuncio', 'Pablo Ruiz sobre "Silla": "¿Sigue disponible?"'],
    ['Nova mensagem da turma 3.º A', 'Professora Inês: "Amanhã há visita de estudo."'],
    ['Nuovo messaggio dalla classe 2B', 'Maestra Chiara: "Domani portate i colori."'],
    ['Nieuw bericht van groep 5', 'Meester Joost: "Vrijdag is er geen gym."'],
    ['Nuevo mensaje de 3.º A', 'La profe Marta: «Mañana traed el cuaderno de música.»'],
    ['Nieuw bericht van groep 7', 'De juf Anouk: "Morgen is er een excursie."'],
  ])('joins no wave: %s', (subject, snippet) => {
    expect(joins(subject, snippet)).toBe(false)
  })

  it('a form’s copy that lists its fields still joins', () => {
    expect(joins('New message from Kelvamo website', 'Name: Jo Example. Message: hello')).toBe(true)
  })
})

describe('a person’s message in quotes under a subject naming them', () => {
  it.each([
    ['Nouveau message de Yanis Haddad', '« Tu viens samedi ? » Répondre : https://l.example/s/1'],
    ['Nova mensagem de Mariana Teles', '"Vens ao jantar?" Responder: https://l.example/s/2'],
  ])('joins no wave: %s', (subject, snippet) => {
    expect(joins(subject, snippet)).toBe(false)
  })

  it('a wrapped subject, or a name after “you wrote to”, is a form’s copy', () => {
    expect(joins('Kelvamo: new message from Elon Musk', '"FREE NITRO" claim now.')).toBe(true)
    expect(joins('New message', 'You wrote to Kelvamo: "FREE NITRO claim now"')).toBe(true)
  })

  it('a desk’s name is no person’s', () => {
    expect(joins('New message from Kelvamo Support', '"FREE NITRO" was received.')).toBe(true)
  })
})

describe('a new comment on the reader’s post', () => {
  it.each([
    ['Nieuwe reactie op je bericht', 'Jesse Mulder: "Mooi gedaan!" Reageren.'],
    ['New comment on your post', 'Sam: "Great message!" Reply in the app.'],
    ['Neuer Kommentar zu deinem Beitrag', 'Jan: „Tolle Nachricht!“ Antworten.'],
    ['Nuevo comentario en tu publicación', 'Ana: «¡Qué buen mensaje!» Responder.'],
  ])('joins no wave: %s', (subject, snippet) => {
    expect(joins(subject, snippet, 'notify@kelvamo.example')).toBe(false)
  })
})
