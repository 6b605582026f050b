// A code the reader is told to enter to open or unlock a profile ("Introduce 307692 para dar de
// alta tu perfil", "Vul 502114 in om je profiel te vrijgeven") is a one-time code
// (one-time-code.ts), in any of the verbs a company picks; an Italian "convalidare l'iscrizione"
// asks for a confirmation, and "Ci sei quasi!" is a sign-up's last step. A year or an amount
// after "enter" is no code. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'
import { saysOneTimeCode } from '../../src/core/mail/codes/one-time-code.ts'

const code = (text: string) => saysOneTimeCode(foldForLexicon(text))
const reading = (subject: string, opening: string) =>
  evidenceOf({ subject, opening, templateKind: null, sender: 'automated-mailbox' }).confirmation

describe('a code to enter', () => {
  it.each([
    ['¡Hola! Introduce 307692 para dar de alta tu perfil.'],
    ['Salve, inserisci 957325 per abilitare il profilo.'],
    ['Goedendag, vul 502114 in om je profiel te inschakelen.'],
    ['Salut ! Saisissez 361 909 pour débloquer votre espace.'],
    ['Hi, enter 486204 to unlock your profile.'],
    ['Bitte gib 771203 ein, um dein Profil freizuschalten.'],
  ])('%s', (text) => {
    expect(code(text)).toBe(true)
  })

  it.each([
    ['Enter 2026 with 20% off everything.'],
    ['Enter 100.000 points into the draw.'],
    ['Enter your pickup code 418 229 at the locker.'],
  ])('is none: %s', (text) => {
    expect(code(text)).toBe(false)
  })
})

describe('an own word for confirming or for the last step', () => {
  it('convalidare asks for a confirmation', () => {
    expect(reading('Ciao', 'Ti chiediamo di convalidare l’iscrizione: https://x.example/a')).toBe(
      'verify-account',
    )
  })

  it.each([['Ci sei quasi!'], ['Vous y êtes presque'], ['Je bent er bijna!']])('%s', (subject) => {
    expect(reading(subject, 'Hallo.')).toBe('verify-account')
  })
})
