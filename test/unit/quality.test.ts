// Invariants on the labelled synthetic inboxes (the figures themselves are printed by
// `npm run bench:quality`): important mail is never relay, and a burst of acknowledgements the
// user asked for is never relay.
import { describe, expect, it } from 'vitest'
import { fromJsonLine } from '../../src/cli/records.ts'
import { Scanner } from '../../src/cli/scan.ts'
import { buildSplit, type SplitName } from '../corpus/synthetic/splits.ts'
import { FULL_CATALOGUE } from '../../src/core/mail/templates/fingerprint.ts'
import { spamAssassinHam } from '../corpus/ham/spamassassin.ts'
import { userBurst } from '../corpus/synthetic/scenarios.ts'
import { scanLabelled } from '../../scripts/quality-run.ts'

describe.each(['dev', 'dev-b', 'heldout'] as SplitName[])('the %s split', (split) => {
  const mails = buildSplit(split)
  const scanner = new Scanner()
  for (const mail of mails) scanner.add(fromJsonLine(JSON.stringify(mail.record)))
  const byId = new Map(scanner.finish().results.map((result) => [result.id, result.verdict]))

  it('never labels important mail relay, and marks all of it important', () => {
    const important = mails.filter((mail) => mail.label === 'important')
    expect(important.length).toBeGreaterThan(100)
    for (const mail of important)
      expect(byId.get(mail.record.id)).toMatchObject({ important: true, verdict: 'clean' })
  })

  it('leaves the acknowledgements of the user own GDPR requests clean', () => {
    const acks = mails.filter(
      (mail) => mail.record.subject === 'Request received: GDPR erasure request',
    )
    expect(acks).toHaveLength(12)
    for (const mail of acks)
      expect(byId.get(mail.record.id)?.reasons).toContain('user-contacted-brand')
  })
})

describe('development false-alarm and user-burst sets', () => {
  it('calls no SpamAssassin ham relay (real everyday mail as a three-week inbox)', () => {
    const ham = spamAssassinHam()
    expect(ham.length).toBeGreaterThan(4_000)
    const measured = scanLabelled(ham, FULL_CATALOGUE)
    expect(measured.calledRelay).toBe(0)
    expect(measured.flagged / ham.length).toBeLessThanOrEqual(0.005)
    // Reading and scanning 4,000 real mails: seconds on a loaded two-core machine.
  }, 60_000)

  it('calls none of 28 acknowledgements of the user own requests relay, whatever domain answers', () => {
    expect(scanLabelled(userBurst('burst', 9, 28), FULL_CATALOGUE).calledRelay).toBe(0)
  })
})
