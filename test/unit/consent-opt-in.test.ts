// A list that asks for a yes before its first mail sends a double opt-in in its own words: "just
// say yes", "Sag einfach Ja", "Dinos que sí", with a list or a newsletter named beside it
// (core/mail/lexicon/lexicon-stems.ts `consent`, `joinList`). A yes asked for about anything else, a list
// named in a person's mail, and consent, permission or an OK asked for a price change, a school
// trip or a recording, read as nothing. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'

const body = (opening: string, subject = 'Hello') =>
  evidenceOf({ subject, opening, templateKind: null, sender: null })

describe('a yes asked for before a list’s first mail', () => {
  it.each([
    ['en', 'Glad you found the Larkfield newsletter! Just say yes here: https://l.example/y'],
    ['en', 'Thanks for joining the Larkfield Garden crew. Yes, count me in: https://l.example/y'],
    ['de', 'Bevor unser Newsletter kommt, brauchen wir ein Ja von dir: https://l.example/y'],
    ['de', 'Schön, dass du auf unsere Liste willst. Sag einfach Ja: https://l.example/y'],
    ['fr', 'Avant notre première lettre d’information, dis-nous oui : https://l.example/y'],
    ['es', '¿Quieres nuestro boletín? Solo falta un sí: dinos que sí aquí https://l.example/y'],
    ['pt', 'Para receber a newsletter, diga sim aqui: https://l.example/y'],
    ['it', 'Per ricevere la newsletter dicci di sì: https://l.example/y'],
    ['nl', 'Wil je onze nieuwsbrief? Zeg ja via deze link: https://l.example/y'],
  ])('is read as a subscription to confirm (%s): %s', (_, opening) => {
    expect(body(opening).confirmation).toBe('confirm-subscription')
  })
})

describe('a yes asked for about anything else', () => {
  it.each([
    ['Say yes to the dress: our bridal sale starts on Friday.'],
    ['Please reply to the list, not to me. Say yes if the date works.'],
    ['Can you send me your OK by email before Monday?'],
    ['Ich brauche dein OK für den Urlaub im Mai.'],
    ['Vanaf januari wordt je abonnement € 2,50 duurder. Wij vragen hiervoor je akkoord.'],
    ['Thanks for joining the webinar! With your permission we will send the recording.'],
    ['Für die Anmeldung zum Ausflug brauchen wir Ihre Zustimmung bis Freitag.'],
  ])('reads as no subscription: %s', (opening) => {
    expect(body(opening, 'Re: plans').confirmation).not.toBe('confirm-subscription')
  })
})

describe('a confirm that mail is wanted from now on', () => {
  it.each([
    ['en', 'Tap below to confirm and we’ll send you our weekly picks: https://l.example/s/Rm'],
    [
      'de',
      'Bitte bestätige, dass du die News von Larkfield bekommen möchtest: https://l.example/s',
    ],
    ['fr', 'Confirmez que vous souhaitez recevoir nos actualités : https://l.example/s'],
    ['es', 'Confirma que quieres recibir nuestras novedades: https://l.example/s'],
    ['pt', 'Confirme que deseja receber as nossas novidades: https://l.example/s'],
    ['it', 'Conferma che vuoi ricevere le nostre novità: https://l.example/s'],
    ['nl', 'Bevestig dat je onze updates wilt ontvangen: https://l.example/s'],
  ])('is read as a subscription to confirm (%s)', (_, opening) => {
    expect(body(opening).confirmation).toBe('confirm-subscription')
  })

  it.each([
    ['Can you confirm you’re coming? We’ll send you the address later.'],
    ['Order #483920 is placed. We’ll send you a shipping confirmation once it ships.'],
    ['You’re receiving this because you confirmed you want to receive The Weekly Brief.'],
    ['Merci d’avoir confirmé votre alerte. Vous souhaitez recevoir aussi nos conseils ?'],
    ['Conferma la tua presenza: se vuoi ricevere il link, rispondi a questa mail.'],
    ['Please confirm that you no longer want to receive our emails: https://l.example/u'],
  ])('a question, a past confirm or leaving a list is none: %s', (opening) => {
    expect(body(opening, 'Hello').confirmation).not.toBe('confirm-subscription')
  })

  it('a footer offering to stop the mail confirms nothing', () => {
    const footer =
      'Up to 50% off this week. If you no longer want to receive our emails, unsubscribe.'
    expect(body(footer, 'Winter sale').confirmation).toBeNull()
  })
})
