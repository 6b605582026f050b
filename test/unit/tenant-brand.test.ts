// Hosted services write for their tenants from the tenants' own subdomains: the display name
// tells a tenant (a company of its own) from a company's own subdomain.
import { describe, expect, it } from 'vitest'
import { extractFeatures, type MailInput } from '../../src/core/mail/features.ts'
import { brandFromName, brandIdentity } from '../../src/core/sender/sender.ts'
import { computeFacts } from '../../src/core/sender/sender-facts.ts'

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

describe('mail a service sends for a tenant', () => {
  const facts = (name: string, address: string) => computeFacts(name, address)

  it('belongs to the company a "via" display name names, not to the service', () => {
    expect(brandFromName('Zoftekko SAS via Ticketbriar')).toBe('zoftekkosas')
    expect(brandFromName('Acme via Zendesk')).toBe('acme')
    // An Italian shop named after its street keeps the street: "Via" is capitalised there.
    expect(brandFromName('Farmacia Via Dante')).toBe('farmaciaviadante')
    expect(facts('Zoftekko SAS via Ticketbriar', 'zoftekko@zoftekko.ticketbriar.com').brand).toBe(
      'zoftekko.ticketbriar.com',
    )
  })

  it('is automated when the name says "via" or the mailbox is the tenant’s name', () => {
    expect(facts('Kelp Studio via Deskhost', 'desk@kelpstudio.deskhost.net').shape).toBe(
      'automated-mailbox',
    )
    expect(facts('Kelp Studio', 'kelpstudio@kelpstudio.sendhost.io').shape).toBe(
      'automated-mailbox',
    )
  })

  it('is no automated mail from a person’s family subdomain or a newsletter’s own mailbox', () => {
    expect(facts('John R. Loverso', 'john@loverso.southborough.ma.us').shape).toBeNull()
    expect(facts('Media Unspun', 'guterman@mediaunspun.imakenews.net').shape).toBeNull()
    expect(facts('Pevvari', 'editor@pevvari.mailhost.net').shape).toBeNull()
  })
})
