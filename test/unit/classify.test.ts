import { describe, expect, it } from 'vitest'
import { classify, rowFeatures } from '../../src/core/classify.ts'
import { brandKey, senderDomains } from '../../src/core/sender.ts'
import { helpdeskReasons } from '../../src/core/fingerprint.ts'
import type { MailRow } from '../../src/core/types.ts'

const T0 = Date.UTC(2026, 0, 18, 9, 0)
const row = (i: number, over: Partial<MailRow> = {}): MailRow => ({
  account: 'gmail:me@example.com',
  id: `t${i}`,
  senderName: `Brand ${i}`,
  senderAddress: `support@brand${i}.zendesk.com`,
  subject: '[Request received] TAKE DOWN ORDERS',
  snippet: 'Your request (12345) has been received and is being reviewed by our support staff.',
  date: T0 + i * 60_000,
  unread: true,
  ...over,
})

describe('sender domains', () => {
  it('keeps the full host and the registrable domain from the public suffix list', () => {
    expect(senderDomains('Support <support@discord.zendesk.com>')).toEqual({
      domain: 'discord.zendesk.com',
      registrableDomain: 'zendesk.com',
    })
    expect(senderDomains('help@shop.example.co.uk').registrableDomain).toBe('example.co.uk')
    expect(senderDomains('not an address')).toEqual({ domain: '', registrableDomain: '' })
  })

  it('names the brand by its helpdesk subdomain, and by the registrable domain elsewhere', () => {
    expect(brandKey('support@discord.zendesk.com')).toBe('discord.zendesk.com')
    expect(brandKey('support@mail.travis-ci.com')).toBe('travis-ci.com')
  })
})

describe('helpdesk fingerprints', () => {
  it.each([
    ['[Request received] hello', 'helpdesk-subject'],
    ['[Acme] Request received: hello', 'helpdesk-subject'],
    ['Ticket Received - hello', 'helpdesk-subject'],
    ['Support Ticket Opened [#123456]', 'helpdesk-subject'],
    ['Thanks for your inquiry (hello)', 'helpdesk-subject'],
  ])('recognises the subject %j', (subject, reason) => {
    expect(helpdeskReasons({ subject, snippet: '', senderAddress: 'a@b.example' })).toContain(
      reason,
    )
  })

  it('does not take an ordinary subject for a helpdesk mail', () => {
    expect(
      helpdeskReasons({
        subject: 'Lunch on Friday?',
        snippet: 'see you',
        senderAddress: 'a@b.example',
      }),
    ).toEqual([])
  })
})

describe('classify', () => {
  it('labels a cross-brand burst relay with its wave and reasons', () => {
    const verdicts = classify(Array.from({ length: 6 }, (_, i) => rowFeatures(row(i))))
    const first = verdicts.get('t0')
    expect(first?.verdict).toBe('relay')
    expect(first?.waveId).toBe(`wave-${T0}`)
    expect(first?.reasons).toEqual([
      'helpdesk-subject',
      'helpdesk-snippet',
      'helpdesk-sender',
      'cross-brand-wave',
    ])
  })

  it('labels a lone helpdesk acknowledgement suspect, not relay', () => {
    expect(classify([rowFeatures(row(1))]).get('t1')?.verdict).toBe('suspect')
  })

  it('completes a wave with helpdesk mail stored earlier', () => {
    const history = Array.from({ length: 4 }, (_, i) => ({
      id: `old${i}`,
      brand: `old${i}.zendesk.com`,
      date: T0 + i,
    }))
    expect(classify([rowFeatures(row(9))], history).get('t9')?.verdict).toBe('relay')
  })

  it('leaves ordinary mail clean', () => {
    const verdict = classify([
      rowFeatures(
        row(1, { subject: 'Minutes', snippet: 'see attached', senderAddress: 'a@example.org' }),
      ),
    ])
    expect(verdict.get('t1')?.verdict).toBe('clean')
  })
})
