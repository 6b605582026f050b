// The per-sender memory must answer exactly what reading the sender afresh answers, for the very
// name and address asked about.
import { describe, expect, it } from 'vitest'
import { computeFacts, rememberedSenders, senderFacts } from '../../src/core/sender/sender-facts.ts'

const SENDERS: [string, string][] = [
  ['Sparrowhawk Academy', 'noreply@sparrowhawkacademy.topdesk.net'],
  ['TOPdesk', 'noreply@sparrowhawkacademy.topdesk.net'],
  ['Discord Support', ''],
  ['', 'support@discord.zendesk.com'],
  ['Acme', 'x@acme.com'],
  ['', 'x@acme.comAcme'],
  ['Équipe Globex', 'no-reply@news.globex.fr'],
  ['Globex', 'no-reply@news.globex.fr'],
]

describe('sender facts remembered per sender', () => {
  it('answers as a fresh reading does, asked twice in any order', () => {
    for (const round of [SENDERS, [...SENDERS].reverse()])
      for (const [name, address] of round)
        expect(senderFacts(name, address)).toEqual(computeFacts(name, address))
  })

  it('tells senders apart by name as well as address', () => {
    const [tenant, service] = SENDERS
    expect(senderFacts(...tenant!).brand).toBe('sparrowhawkacademy.topdesk.net')
    expect(senderFacts(...service!).brand).toBe('topdesk.net')
  })

  it('never mistakes a name for the end of another address', () => {
    expect(senderFacts('Acme', 'x@acme.com').nameBrand).toBe('acme')
    expect(senderFacts('', 'x@acme.comAcme').domains.domain).toBe('acme.comacme')
    expect(senderFacts('', 'x@acme.comAcme').nameBrand).toBeNull()
  })

  it('reads a huge hostile sender afresh instead of keeping it', () => {
    const name = 'Support '.repeat(10_000)
    const before = rememberedSenders()
    expect(senderFacts(name, 'a@b.example')).toEqual(computeFacts(name, 'a@b.example'))
    expect(rememberedSenders()).toBe(before)
    senderFacts('Support', 'a@b.example')
    expect(rememberedSenders()).toBe(before + 1)
  })
})
