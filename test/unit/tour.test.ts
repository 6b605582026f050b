// The "how it works" page plays a wave that the real rules recognise: every acknowledgement ends
// as relay spam, the password mail is pinned, ordinary mail stays clean.
import { describe, expect, it } from 'vitest'
import { judge } from '../../src/tour/judge.ts'
import { IMPORTANT_MAIL, TOUR_MAILS, tourRows } from '../../src/tour/scenario.ts'

const START = Date.UTC(2026, 10, 22, 14, 0)

describe('tour scenario', () => {
  it('is a wave under the real rules, with the password mail pinned and ordinary mail clean', () => {
    const rows = tourRows(START)
    const { verdicts, view, facts } = judge(rows, START + 20 * 60_000)
    const label = (i: number) => verdicts.get(rows[i]!.id)!.verdict
    TOUR_MAILS.forEach((mail, i) => {
      const expected = mail.snippet.startsWith('##-') ? 'relay' : 'clean'
      expect(label(i), mail.subject).toBe(expected)
    })
    expect(view.status).toBe('under-way')
    expect(view.wave!.brands.length).toBe(16)
    expect(view.important.map((mail) => mail.payload)).toEqual([IMPORTANT_MAIL.subject])
    expect(view.timeline.pinned).toHaveLength(1)
    const relay = rows.find((row) => row.snippet.startsWith('##-'))!
    expect(facts(relay.id)).toMatchObject({ mails: 32, brands: 16 })
  })
})
