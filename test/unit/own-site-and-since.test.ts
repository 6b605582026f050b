// Mail the person gets as the owner of a website (someone-to-you.ts): a message written through
// their own site's form is someone writing to them, which joins no wave (when it names the form
// itself, "contact form", that name is read as a form's copy: a name typed into a form may stand
// before it). A subscription named with the year it began, or a list that offers its way out, is
// a newsletter's furniture (footer-reason.ts, sender-only.ts).
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
    ['New message from your website', 'Noor asked: "Do you ship to Ireland?"'],
    ['Nova mensagem do seu site', 'Noor escreveu no formulário: “Enviam para os Açores?”'],
    ['Nouveau message depuis votre site', 'Pieter a écrit via le formulaire : « Livrez-vous ? »'],
  ])('joins no wave: %s', (subject, snippet) => {
    const features = mail(subject, snippet)
    expect(features.joiner).toBe(false)
    expect(features.helpdesk).toBe(false)
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

describe('what a form may carry typed in', () => {
  it('a company’s automatic reply to “your message” still joins', () => {
    const reply = mail(
      'TAKE DOWN ORDERS',
      'This is an automated reply to your message. Our office hours are 9-5.',
    )
    expect(reply.helpdesk || reply.joiner).toBe(true)
  })

  it('an opening that starts with “To stop receiving” keeps its confirmation', () => {
    const typed = mail(
      'Quillby',
      'Hi To stop receiving orders please confirm your email address to activate your account.',
    )
    expect(typed.helpdesk).toBe(true)
  })
})
