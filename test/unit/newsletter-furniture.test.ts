// A newsletter's and a notice's furniture names no confirmation: a link to manage the subscription
// (footer-reason.ts), a newsletter named with its issue (newsletter-issue.ts), a shop's "Neu
// eingetroffen" and an automated mail's line cut short where the opening ends (this-mail.ts), and
// German and Portuguese notices read by their small words (readable-language.ts). From an
// automated mailbox new to the inbox, none of them joins a wave on its sender alone, while a
// subscription actually confirmed still does. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'

const mail = (subject: string, snippet: string): MailInput => ({
  id: 'm',
  date: Date.UTC(2026, 11, 2, 9),
  senderName: 'Kelvamo',
  senderAddress: 'hello@kelvamo.example',
  subject,
  snippet,
})

describe('a newsletter’s and a notice’s furniture', () => {
  it.each([
    [
      'Your plan renews on 19.11.',
      'Your Plus plan renews on 19.11. Manage your subscription: https://k.example/m',
    ],
    [
      'Le storie della settimana',
      'Tre storie scelte. Gestisci il tuo abbonamento: https://k.example/m',
    ],
    ['Kelvamo-nieuwsbrief nummer 12', 'Drie uitjes voor het weekend. Lees online.'],
    ['Boletín Kelvamo – número 45', 'Tres rutas para el puente.'],
    ['Kelvamo Newsletter Folge 7', 'Drei Rezepte für den Herbst.'],
    ['Neu eingetroffen: Laufschuhe für den Winter', 'Für dunkle Morgen, jetzt im Shop.'],
    [
      'Invitation : point projet le 20 novembre',
      'Hugo vous a invité. Ceci est un message automati',
    ],
    [
      'Jonas hat „Plan 2027.xlsx“ mit Ihnen geteilt',
      'Jonas hat Sie zum Bearbeiten einer Tabelle eingeladen. Öffnen: https://k.example/o',
    ],
    [
      'Corte de água no prédio',
      'Caros moradores, a água vai ser cortada pela companhia das 9h às 12h. O condomínio.',
    ],
  ])('does not join on its sender: %s', (subject, snippet) => {
    expect(extractFeatures(mail(subject, snippet)).joiner).toBe(false)
  })

  it.each([
    ['You are now subscribed', 'Welcome to the Kelvamo newsletter.'],
    ['Kelvamo', 'Ihre Nachricht ist eingetroffen.'],
  ])('a subscription or a message confirmed still may: %s', (subject, snippet) => {
    const features = extractFeatures(mail(subject, snippet))
    expect(features.joiner || features.helpdesk).toBe(true)
  })
})
