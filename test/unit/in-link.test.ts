// A link written out in a text names a site's pages (core/mail/in-link.ts): its words are not
// read; the same words in the sentence around it still are. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'
import { conceptHits, foldForLexicon } from '../../src/core/mail/lexicon.ts'

const concepts = (text: string) => conceptHits(foldForLexicon(text)).map((hit) => hit.concept)
const closingReading = (closing: string) =>
  evidenceOf({
    subject: 'Weekly digest',
    opening: 'In this issue',
    templateKind: null,
    sender: null,
    closing,
  }).confirmation

describe('words inside a link', () => {
  it.each([
    ['Settings: http://forum.example.org/my/messages/ then log in'],
    ['Your page: https://club.example/account/messages?tab=2 and sign in there'],
    ['See www.example.net/messages/inbox, log in first'],
  ])('are not read: %s', (text) => {
    expect(concepts(text)).not.toContain('request')
  })

  it('leave a newsletter footer that points to a settings page unread as a sign-in request', () => {
    const closing =
      'To change which stories you get, go to your page.\n\n\thttp://news.example.org/my/messages/\n\nYou can log in and change them there.\n'
    expect(closingReading(closing)).toBeNull()
  })
})

describe('the words around a link', () => {
  it('are read', () => {
    const text = 'We received your message. Our page: https://help.example.com/t/1'
    expect(concepts(text)).toContain('received')
  })

  it('still make a sign-in link a sign-in', () => {
    const closing = 'Use this link to sign in: https://app.example.com/login/abc. It expires soon.'
    expect(closingReading(closing)).toBe('sign-in-code')
  })
})
