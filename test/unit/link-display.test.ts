import { domainToASCII, domainToUnicode } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addressShown, nameShown } from '../../src/content/opened/links/display.ts'
import { hostToUnicode } from '../../src/content/opened/links/punycode.ts'
import { siteDomain } from '../../src/core/sender/site-domain.ts'
import { showHidden } from '../../src/content/opened/links/visible.ts'

describe('how the link warning names a destination', () => {
  const named = (host: string) => {
    const domain = siteDomain(host)
    return { domain: domain === null ? null : nameShown(domain), host: nameShown(host) }
  }

  it('puts the registrable domain first and the full host after it', () => {
    expect(named('www.nitro-claim.example')).toEqual({
      domain: 'nitro-claim.example',
      host: 'www.nitro-claim.example',
    })
    expect(named('login.microsoftonline.co.uk').domain).toBe('microsoftonline.co.uk')
    expect(siteDomain(' WWW.Example.COM ')).toBe('example.com')
  })

  it('names a tenant of a private suffix as its own domain', () => {
    expect(named('evil.github.io').domain).toBe('evil.github.io')
    expect(named('a.b.evil.github.io').domain).toBe('evil.github.io')
    expect(named('x.blogspot.com').domain).toBe('x.blogspot.com')
  })

  it('shows an IP address as itself', () => {
    expect(named('192.0.2.7')).toEqual({ domain: '192.0.2.7', host: '192.0.2.7' })
  })

  it('has no domain for a bare suffix or an empty host, and says so rather than guessing', () => {
    expect(siteDomain('co.uk')).toBeNull()
    expect(siteDomain('')).toBeNull()
    expect(named('co.uk')).toEqual({ domain: null, host: 'co.uk' })
  })

  it('shows an IDN look-alike as punycode with the Unicode form beside it', () => {
    // The browser's URL parser gives the punycode form of "pаypal.com" (Cyrillic а).
    const host = new URL('https://login.p\u0430ypal.com/').hostname
    expect(host).toBe('login.xn--pypal-4ve.com')
    expect(named(host)).toEqual({
      domain: 'xn--pypal-4ve.com (p\u0430ypal.com)',
      host: 'login.xn--pypal-4ve.com (login.p\u0430ypal.com)',
    })
  })

  it('decodes punycode as Node does', () => {
    const hosts = [
      'xn--e1afmkfd.xn--p1ai',
      'xn--mnchen-3ya.de',
      'xn--bcher-kva.example',
      'xn--fiqs8s.xn--fiqz9s',
      'xn--80ak6aa92e.com',
      'xn--i-7iq.ws',
    ]
    for (const host of hosts) expect(hostToUnicode(host), host).toBe(domainToUnicode(host))
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), (label) => {
        const ascii = domainToASCII(`${label}.example`)
        if (!ascii.startsWith('xn--')) return
        expect(hostToUnicode(ascii)).toBe(domainToUnicode(ascii))
      }),
    )
    expect(hostToUnicode('xn--zz-')).toBeNull()
  })

  it('makes bidi and invisible characters visible as code points', () => {
    expect(showHidden('https://evil.example/\u202Efdp.exe')).toBe(
      'https://evil.example/[U+202E]fdp.exe',
    )
    expect(showHidden('pay\u200Bpal\u200D\u2066x\u2069\u00AD\uFEFF\u{E0041}')).toBe(
      'pay[U+200B]pal[U+200D][U+2066]x[U+2069][U+00AD][U+FEFF][U+E0041]',
    )
    expect(showHidden('a\u00A0b\u3164c\u0000')).toBe('a[U+00A0]b[U+3164]c[U+0000]')
    // Ordinary letters of any script, and the plain space, stay as they are.
    expect(showHidden('münchen пример 例え')).toBe('münchen пример 例え')
    expect(addressShown('https://x.example/\u202Eabc')).toBe('https://x.example/[U+202E]abc')
  })
})
