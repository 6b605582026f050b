// A list that asks for a yes before its first mail sends a double opt-in in its own words: "we
// just need your OK", "Sag einfach Ja", "Dinos que sí", with a list or a newsletter named beside
// it (core/mail/lexicon-stems.ts `consent`, `joinList`). A yes asked for about anything else, and
// a list named in a person's mail, read as nothing. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'

const body = (opening: string, subject = 'Hello') =>
  evidenceOf({ subject, opening, templateKind: null, sender: null })

describe('a yes asked for before a list’s first mail', () => {
  it.each([
    ['en', 'Glad you found the Larkfield newsletter! We only need your OK: https://l.example/y'],
    ['en', 'Thanks for joining the Larkfield Garden crew. Yes, count me in: https://l.example/y'],
    ['de', 'Bevor unser Newsletter kommt, brauchen wir dein OK: https://l.example/y'],
    ['de', 'Schön, dass du auf unsere Liste willst. Sag einfach Ja: https://l.example/y'],
    [
      'fr',
      'Avant notre première lettre d’information, il nous faut ton accord : https://l.example/y',
    ],
    ['es', '¿Quieres nuestro boletín? Solo falta tu consentimiento: https://l.example/y'],
    ['pt', 'Para receber a newsletter, diga sim aqui: https://l.example/y'],
    ['it', 'Per ricevere la newsletter ci serve il tuo consenso: https://l.example/y'],
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
  ])('reads as no subscription: %s', (opening) => {
    expect(body(opening, 'Re: plans').confirmation).not.toBe('confirm-subscription')
  })
})
