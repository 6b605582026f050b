// A menu bar as a snippet shows it ("Shop | My account | Help") names the site's pages, not what
// the mail says (core/mail/boilerplate/menu-item.ts): its words are not read; a subject that separates its
// parts with a bar, and a sentence after the menu, still are. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { conceptHits, foldForLexicon } from '../../src/core/mail/lexicon/lexicon.ts'

const concepts = (text: string) => conceptHits(foldForLexicon(text)).map((hit) => hit.concept)
const reading = (opening: string, subject = 'News') =>
  evidenceOf({ subject, opening, templateKind: null, sender: null }).confirmation

describe('a menu bar', () => {
  it.each([
    ['Boutique | Mon compte | Aide — Merci, la réunion de parents est jeudi.'],
    ['Shop · Account · Help — Thanks! The garden opens at nine on Saturday.'],
    ['Winkel • Mijn account • Klantenservice • Bedankt, de markt is zondag open.'],
  ])('is not read as a welcome: %s', (opening) => {
    expect(concepts(opening)).not.toContain('account')
    expect(reading(opening)).toBeNull()
  })
})

describe('text beside a bar that is no menu', () => {
  it('reads a subject whose parts a bar separates', () => {
    expect(reading('', 'Password reset | Lindqvist Support')).toBe('password-reset')
  })

  it('reads the sentence after the menu', () => {
    const opening = 'Shop | Help | Contact Thanks for creating your account with us.'
    expect(reading(opening)).toBe('welcome')
  })
})
