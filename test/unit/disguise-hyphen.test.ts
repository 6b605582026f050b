// A hyphen joins two words, each in one script: "β-Carotin" on a supplement's label and a Greek
// shop name joined to an English word are no disguise; a Latin word with one Cyrillic letter is,
// and so is a part made only of Cyrillic letters drawn like Latin ones ("Рау-Pal")
// (core/mail/indicators/indicators.ts isDisguised).
import { describe, expect, it } from 'vitest'
import { isDisguised } from '../../src/core/mail/indicators/indicators.ts'

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

  it.each([['Рау-Pal account locked'], ['FREE-ВТС today'], ['ОК-Google'], ['Ꭺpple-ID']])(
    'leave a part made only of letters drawn like Latin ones a disguise: %s',
    (text) => {
      expect(isDisguised(text)).toBe(true)
    },
  )

  it('leave a Cyrillic or a Greek place name beside a Latin word alone', () => {
    expect(isDisguised('Hotel Москва-Center')).toBe(false)
  })
})
