// In a body's closing, a link written out names a site's pages (core/mail/boilerplate/in-link.ts): its nouns
// of a message, a request or a contact are not read, so a newsletter's footer pointing to a
// settings page is no sign-in request; its verbs are read, and in an opening an acknowledgement's
// status link still names its request. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'

const closingReading = (closing: string) =>
  evidenceOf({
    subject: 'Weekly digest',
    opening: 'In this issue',
    templateKind: null,
    sender: null,
    closing,
  }).confirmation

const openingReading = (opening: string) =>
  evidenceOf({ subject: 'Thanks', opening, templateKind: null, sender: null }).confirmation

describe('a page named in a closing’s link', () => {
  it.each([
    'To change which stories you get, go to your page.\n\n\thttp://news.example.org/my/messages/\n\nYou can log in and change them there.\n',
    'Your settings: https://club.example/account/requests?tab=2 and log in there to change them.\n',
  ])('is no sign-in request: %s', (closing) => {
    expect(closingReading(closing)).toBeNull()
  })
})

describe('what a link says that is read', () => {
  it('a sign-in link in the closing is still a sign-in', () => {
    const closing = 'Use this link to sign in: https://app.example.com/login/abc. It expires soon.'
    expect(closingReading(closing)).toBe('sign-in-code')
  })

  it('an acknowledgement’s status link in the opening still names its request', () => {
    expect(openingReading('We got it! Status: https://help.example.com/my/requests/4411')).toBe(
      'ack',
    )
  })
})
