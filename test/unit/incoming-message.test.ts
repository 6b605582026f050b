// A new message announced by a marketplace, a class app or a club (someone-to-you.ts): a named
// person's words after a colon, under a subject that announces a new message, are someone's
// message to the person, whatever the subject names (a class, a listing). Such mail joins no wave.
// A form's copy that lists its fields still may. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'

const joins = (subject: string, snippet: string) =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Kelvamo',
    senderAddress: 'notices@kelvamo.example',
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
