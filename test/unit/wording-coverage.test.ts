// Confirmation wording of products the lexicon was not written from, and the look-alikes that must
// stay out of a wave (test/unit/fixtures/wording-coverage.ts). Each confirmation must be read as
// its family by the whole per-mail model; each look-alike must not be a candidate, and important
// mail must be found important.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import type { TemplateKind } from '../../src/core/mail/templates.ts'
import {
  CONFIRMATIONS,
  LOOK_ALIKES,
  type CoverageMail,
  type Family,
  type LookAlike,
} from './fixtures/wording-coverage.ts'

const KIND: Readonly<Record<Family, TemplateKind>> = {
  request: 'ack',
  account: 'verification',
  'opt-in': 'verification',
  'reset-sign-in': 'verification',
}

const AUTOMATED = 'Kingsmead <no-reply@mailer.kingsmead.example>'

function input(record: CoverageMail | LookAlike): MailInput {
  const [, name = '', address = ''] = /^(.*) <(.*)>$/u.exec(record.from ?? AUTOMATED) ?? []
  return {
    id: 'x',
    date: 0,
    senderName: name,
    senderAddress: address,
    subject: record.subject,
    snippet: record.body,
  }
}

describe('confirmations of products the lexicon was not written from', () => {
  it.each(CONFIRMATIONS)('$language $family ($product): $subject', (record) => {
    const read = extractFeatures(input(record))
    expect({ helpdesk: read.helpdesk, kind: read.kind }).toEqual({
      helpdesk: true,
      kind: KIND[record.family],
    })
  })
})

describe('look-alikes stay out of a wave', () => {
  it.each(LOOK_ALIKES)('$language $product: $subject', (record) => {
    const read = extractFeatures(input(record))
    expect(read.helpdesk).toBe(false)
    if (record.important) expect(read.important).not.toBeNull()
  })
})
