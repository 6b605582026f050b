// A hyphen joins two words, each in one script: "β-Carotin" on a supplement's label and a Greek
// shop name joined to an English word are no disguise; a Latin word with one Cyrillic letter is
// (core/mail/indicators.ts isDisguised).
import { describe, expect, it } from 'vitest'
import { isDisguised } from '../../src/core/mail/indicators.ts'

describe('words joined by a hyphen', () => {
  it.each([
    ['Jetzt 10 % auf β-Carotin und Omega-3'],
    ['Compléments α-lipoïque et β-carotène'],
    ['Κατερίνα-Shop: νέα προϊόντα'],
  ])('are no disguise: %s', (text) => {
    expect(isDisguised(text)).toBe(false)
  })

  it('leave a word mixing Latin with a Cyrillic letter a disguise', () => {
    expect(isDisguised('Your Pаypal account')).toBe(true)
  })
})
