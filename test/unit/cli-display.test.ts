// Text quoted from the input, made safe for a terminal.
import { describe, expect, it } from 'vitest'
import { DISPLAY_CHARS, displaySafe } from '../../src/cli/display.ts'

describe('displaySafe', () => {
  it('leaves ordinary text, accents and emoji alone', () => {
    expect(displaySafe('Réclamation #42 ✅ 日本語')).toBe('Réclamation #42 ✅ 日本語')
  })

  it('shows C0 and C1 controls, DEL and bidi overrides as visible escapes', () => {
    expect(displaySafe('a\u001b[31mb\rc\u0007d\u009b2Je\u007ff\u202eg\u2066h')).toBe(
      'a\\x1b[31mb\\x0dc\\x07d\\x9b2Je\\x7ff\\u202eg\\u2066h',
    )
  })

  it('shows a lone surrogate as an escape and keeps a whole pair', () => {
    expect(displaySafe('x\ud83dy\ud83d\ude00')).toBe('x\\ud83dy\ud83d\ude00')
  })

  it('cuts a very long line and says how long it was', () => {
    const shown = displaySafe('x'.repeat(1_000_000))
    expect(shown).toBe(`${'x'.repeat(DISPLAY_CHARS)}… (1000000 chars)`)
    expect(displaySafe('abcdef', 3)).toBe('abc… (6 chars)')
  })
})
