// A company writing in a language the lexicon does not read, whose mail carries a styled title
// typed into its form: the greeting before the title is read in any European language
// (greeted-title.ts), and the styled title says nothing of the language the company writes in
// (sender-only.ts), so such mail may join a wave under way. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { extractFeatures } from '../../src/core/mail/features.ts'
import { greetsDisguisedTitle } from '../../src/core/mail/indicators/greeted-title.ts'
import { joinsBySender } from '../../src/core/mail/joining/sender-only.ts'

const STYLED = 'ｗｅ ｋｎｏｗ ｗｈｅｒｅ ｙｏｕ ｌｉｖｅ'
const GIVEAWAY = 'ＦＲＥＥ ＮＩＴＲＯ ｃｌａｉｍ ｎｏｗ'

describe('a greeting before a disguised title, in other European languages', () => {
  it.each([
    [`Hej ${GIVEAWAY}, tack för att du kontaktade oss.`],
    [`Dzień dobry ${GIVEAWAY}, dziękujemy za wiadomość.`],
    [`Merhaba ${GIVEAWAY}, mesajınız bize ulaştı.`],
    [`Γεια σας ${GIVEAWAY}, λάβαμε το μήνυμά σας.`],
    [`Kedves ${GIVEAWAY}, köszönjük üzenetét.`],
    [`Αγαπητοί ${GIVEAWAY}, λάβαμε το μήνυμά σας.`],
    [`Szanowni ${GIVEAWAY}, dziękujemy za wiadomość.`],
  ])('%s', (opening) => {
    expect(greetsDisguisedTitle(opening)).toBe(true)
  })
})

describe('a styled English title in a Swedish mail', () => {
  it('does not make the mail read as English', () => {
    const subject = 'Vi har tagit emot ditt ärende UXM-557106'
    const opening = `Hej! ${STYLED}. Tack för att du kontaktade Brovik. Vi svarar inom två arbetsdagar.`
    expect(joinsBySender(subject, opening, [])).toBe(true)
  })

  it('a plain English notice still reads as English', () => {
    expect(
      joinsBySender('Weekly digest', 'Here are the new posts from your team this week.', []),
    ).toBe(false)
  })

  it('joins a wave as an automated sender’s mail', () => {
    const features = extractFeatures({
      id: 'm',
      date: 0,
      senderName: 'Brovik',
      senderAddress: 'no-reply@brovik.example',
      subject: 'Vi har tagit emot ditt ärende BRV-1200',
      snippet: `Hej ${STYLED}, tack för att du kontaktade Brovik.`,
    })
    expect(features.joiner).toBe(true)
  })
})
