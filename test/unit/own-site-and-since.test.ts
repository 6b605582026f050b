// Mail the person gets as the owner of a website (someone-to-you.ts, this-mail.ts): a message
// written through their own site's form is someone writing to them, which joins no wave; the copy
// a form sends its submitter ("You wrote via our contact form") stays an acknowledgement. A
// subscription named with the year it began is a newsletter's furniture (footer-reason.ts).
// Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'

const mail = (subject: string, snippet: string) =>
  extractFeatures({
    id: 'm',
    date: 0,
    senderName: 'Quillby',
    senderAddress: 'notify@quillby.example',
    subject,
    snippet,
  })

describe('a message through the person’s own website', () => {
  it.each([
    [
      'New message from your website',
      'Noor wrote through the contact form on Quillby: "Do you ship?"',
    ],
    ['Nova mensagem do seu site', 'Noor escreveu no formulário: “Enviam para os Açores?”'],
    ['Nouveau message depuis votre site', 'Pieter a écrit via le formulaire : « Livrez-vous ? »'],
    ['Neue Nachricht über Ihre Website', 'Jana hat über das Kontaktformular geschrieben.'],
    ['Nieuw bericht via je website', 'Sem schreef via het contactformulier: "Levert u?"'],
  ])('joins no wave: %s', (subject, snippet) => {
    const features = mail(subject, snippet)
    expect(features.joiner).toBe(false)
    expect(features.helpdesk).toBe(false)
  })

  it('the copy a form sends its submitter stays an acknowledgement', () => {
    expect(
      mail('Thanks', 'You wrote via our contact form: "hello". We received it.').helpdesk,
    ).toBe(true)
  })
})

describe('a subscription named with the year it began', () => {
  it.each([
    [
      'Tus lecturas del domingo',
      'Image: Quillby Cinco artículos y una receta de Quillby. Suscrito desde 2023.',
    ],
    ['Deine Sonntagslektüre', 'Fünf Artikel und ein Rezept. Abonniert seit 2021.'],
  ])('names no sign-up: %s', (subject, snippet) => {
    expect(mail(subject, snippet).joiner).toBe(false)
  })
})

describe('a newsletter that offers its way out or says since when', () => {
  it.each([
    [
      'The Quillby Sunday read',
      'Five long reads and a recipe. You subscribed in 2023. Update preferences.',
    ],
    [
      'Ihre Lesetipps zum Wochenende',
      'Fünf Artikel und ein Rezept. Sie erhalten diesen Newsletter seit 2022.',
    ],
    [
      'Saldos de outono: -20 % em malhas',
      'Newsletter Quillby. Devoluções grátis. Cancelar subscrição no fim.',
    ],
    [
      'Saldi d’autunno: -20 % sulla maglieria',
      'Newsletter Quillby. Resi gratuiti fino al 28.10. Disiscriviti in fondo.',
    ],
  ])('joins no wave: %s', (subject, snippet) => {
    expect(mail(subject, snippet).joiner).toBe(false)
  })

  it('a subscription to confirm still joins, whatever its footer offers', () => {
    const confirm = mail(
      'Quillby',
      'Please confirm your subscription to our newsletter. Unsubscribe',
    )
    expect(confirm.helpdesk || confirm.joiner).toBe(true)
  })
})
