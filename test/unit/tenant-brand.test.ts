// Hosted services write for their tenants from the tenants' own subdomains: the display name
// tells a tenant (a company of its own) from a company's own subdomain.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { brandIdentity } from '../../src/core/sender/sender.ts'

const mail = (i: number, minutes: number, over: Partial<MailInput> = {}): MailInput => ({
  id: `m${i}`,
  date: Date.UTC(2026, 4, 4, 9, minutes),
  senderName: `Company ${i}`,
  senderAddress: `no-reply@company${i}.com`,
  subject: 'Your request has been received',
  snippet: '',
  ...over,
})

describe('hosted tenants', () => {
  it('names a hosted tenant a company when its display name names the subdomain', () => {
    const brandOfMail = (senderName: string, senderAddress: string) =>
      extractFeatures(mail(0, 0, { senderName, senderAddress })).brand
    const tenant = brandOfMail(
      'Servicedesk Sparrowhawk Academy',
      'noreply@sparrowhawkacademy.topdesk.net',
    )
    expect(tenant).toBe('sparrowhawkacademy.topdesk.net')
    expect(brandIdentity(tenant)).toBe('sparrowhawkacademy')
    // A company's own subdomains stay with the company.
    expect(brandOfMail('Acme Academy', 'hello@academy.acme.com')).toBe('acme.com')
    expect(brandOfMail('Acme Newsletter', 'news@newsletter.acme.com')).toBe('acme.com')
    expect(brandOfMail('Shop', 'orders@shopfront.example.com')).toBe('example.com')
    // Two tenants are two companies: trusting one does not clear the other.
    const acks = ['sparrowhawk', 'kingfisher'].map((name, i) =>
      mail(i, i, { senderName: `${name} Desk`, senderAddress: `noreply@${name}.deskhost.net` }),
    )
    const brands = new Set(acks.map((m) => brandIdentity(extractFeatures(m).brand)))
    expect(brands).toEqual(new Set(['sparrowhawk', 'kingfisher']))
  })
})
