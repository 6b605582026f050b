import { describe, expect, it } from 'vitest'
import { relayIndicators } from '../../src/core/mail/indicators/indicators.ts'
import { importantKind } from '../../src/core/mail/important/important.ts'
import { normalisePayload } from '../../src/core/mail/text.ts'

describe('relay indicators', () => {
  it.each([
    ['𝐅𝐑𝐄𝐄 𝐃𝐈𝐒𝐂𝐎𝐑𝐃 𝐍𝐈𝐓𝐑𝐎', ['styled-unicode', 'all-caps', 'giveaway-crypto']],
    ['ＦＲＥＥ nitro', ['styled-unicode', 'giveaway-crypto']],
    ['TAKE DOWN ORDERS', ['all-caps', 'legal-threat']],
    ['Pаypal account', ['mixed-script']],
    ['hello\u202eworld', ['invisible-controls']],
    ['call +1 (555) 010-9999 now', ['phone-in-subject']],
    ['join discord.gg/abcd', ['link-in-subject', 'invite-code']],
    ['urgent: action required', ['urgency']],
  ])('finds the indicators of %j', (payload, expected) => {
    expect(relayIndicators(payload, null)).toEqual(expect.arrayContaining(expected))
  })

  it('finds nothing in a plain question', () => {
    expect(relayIndicators('Question about my invoice', 'en')).toEqual([])
  })

  it('notices a payload in another language than the template', () => {
    expect(relayIndicators('Sie haben das Konto nicht mit der Bank', 'en')).toContain(
      'language-mismatch',
    )
    expect(relayIndicators('the order is late and you are not answering', 'en')).not.toContain(
      'language-mismatch',
    )
  })

  it('folds styled Unicode, ticket ids and punctuation so relays of one title compare equal', () => {
    expect(normalisePayload('𝐓𝐀𝐊𝐄 𝐃𝐎𝐖𝐍 #12345!')).toBe(normalisePayload('take down [#99999]'))
  })
})

describe('important mail', () => {
  it.each([
    ['Your password was changed', 'account-security'],
    ['New sign-in from Firefox on Linux', 'account-security'],
    ['Ihr Passwort wurde geändert', 'account-security'],
    ['Votre mot de passe a été modifié', 'account-security'],
    ['Tu contraseña ha sido cambiada', 'account-security'],
    ['Your order #1234 has shipped', 'purchase'],
    ['Bestellbestätigung', 'purchase'],
    ['Confirmation de votre commande', 'purchase'],
    ['Confirmación del pedido', 'purchase'],
    ['Payment received', 'payment'],
    ['Transaction alert: card charged', 'bank'],
  ])('marks %j as %s', (subject, kind) => {
    expect(importantKind(subject, '')).toBe(kind)
  })

  it('leaves a newsletter alone', () => {
    expect(importantKind('Our autumn newsletter', 'Read about our new features')).toBeNull()
  })
})
