import { describe, expect, it } from 'vitest'
import { fingerprint, stripWrapper } from '../../src/core/mail/templates/fingerprint.ts'
import { HELPDESK_TEMPLATES } from '../../src/core/mail/templates/templates.ts'
import { brandKey, brandLabel, senderDomains } from '../../src/core/sender/sender.ts'

const mail = (subject: string, snippet = '', senderAddress = 'help@brand.example') => ({
  subject,
  snippet,
  senderAddress,
})

describe('helpdesk fingerprints', () => {
  it.each([
    ['[Request received] hello', 'zendesk'],
    ['[Acme] Request received: hello', 'zendesk'],
    ['Request received: hello', 'zendesk'],
    ['Ticket Received - hello', 'freshdesk'],
    ['Support Ticket Opened [#123456]', 'osticket'],
    ['Ticket di supporto aperto [#123456]', 'osticket'],
    ['Ticket de Suporte Aberto [#123456]', 'osticket'],
    ['Thanks for your inquiry (hello)', 'zammad'],
    ['RE: hello [Ticket#2026011810000012]', 'otrs'],
    ['Your case ref:_00D5e0ABCD._5005e0XYZ12:ref', 'salesforce'],
  ])('recognises the subject %j as %s', (subject, platform) => {
    expect(fingerprint(mail(subject)).platform).toBe(platform)
  })

  it.each([
    ['##- Please type your reply above this line -##', 'en'],
    ['##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein. -##', 'de'],
    ['##- Veuillez saisir votre réponse au-dessus de cette ligne -##', 'fr'],
    ['##- Por favor, escriba su respuesta por encima de esta línea -##', 'es'],
    ['Uma requisição de suporte foi criada com o número #123456.', 'pt'],
    ['Una richiesta di supporto è stata creata e assegnata #123456.', 'it'],
  ])('recognises the %s snippet in its language', (snippet, language) => {
    expect(fingerprint(mail('hello', snippet)).language).toBe(language)
  })

  it('counts at least eight platforms and six languages, each template with a source', () => {
    expect(new Set(HELPDESK_TEMPLATES.map((t) => t.platform)).size).toBeGreaterThanOrEqual(8)
    expect(new Set(HELPDESK_TEMPLATES.map((t) => t.language))).toEqual(
      new Set(['en', 'de', 'fr', 'es', 'pt', 'it']),
    )
    expect(HELPDESK_TEMPLATES.every((t) => t.source.length > 10)).toBe(true)
  })

  it('notes hosted helpdesk senders and per-ticket reply addresses, without calling them helpdesk mail', () => {
    expect(fingerprint(mail('hello', '', 'support@acme.freshdesk.com')).reasons).toEqual([
      'helpdesk-sender',
    ])
    expect(fingerprint(mail('hello', '', 'support+id4711@acme.example.com')).reasons).toEqual([
      'helpdesk-sender',
    ])
    expect(fingerprint(mail('hello', '', 'support@acme.freshdesk.com')).kind).toBeNull()
  })

  it('gives every template the same flags, so one combined pattern can gate them', () => {
    expect(new Set(HELPDESK_TEMPLATES.map((t) => t.pattern.flags))).toEqual(new Set(['iu']))
  })

  it('takes an app sentence without a ticket id for no helpdesk', () => {
    const match = fingerprint(
      mail(
        'Application update',
        'Your application has been received and is being reviewed by our team.',
      ),
    )
    expect(match.kind).toBeNull()
  })

  it('strips the wrapper and ticket ids to find the echoed title', () => {
    expect(stripWrapper('[Request received] TAKE DOWN ORDERS')).toBe('TAKE DOWN ORDERS')
    expect(stripWrapper('[Acme] Request received: FREE NITRO')).toBe('FREE NITRO')
    expect(stripWrapper('Thanks for your inquiry (hello there)')).toBe('hello there')
    expect(stripWrapper('Ticket Received - [#4421] Claim now')).toBe('Claim now')
  })
})

describe('senders', () => {
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

  it('labels a brand as people name it: the helpdesk tenant, or the domain', () => {
    expect(brandLabel('discord.zendesk.com')).toBe('discord')
    expect(brandLabel('kahoot.freshdesk.com')).toBe('kahoot')
    expect(brandLabel('li.me')).toBe('li.me')
    expect(brandLabel('zendesk.com')).toBe('zendesk.com')
  })
})

describe('thread ids', () => {
  it('recognises a ServiceNow watermark, but not inside a longer word', () => {
    expect(
      fingerprint({ subject: 'hi', snippet: 'Ref:MSG3846157', senderAddress: 'a@b.example' })
        .platform,
    ).toBe('servicenow')
    expect(
      fingerprint({ subject: 'hi', snippet: 'xref:msg3846157', senderAddress: 'a@b.example' })
        .platform,
    ).toBeNull()
  })
})
