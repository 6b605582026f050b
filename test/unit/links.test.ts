import { describe, expect, it } from 'vitest'
import { linkDestination, MAX_UNWRAP } from '../../src/content/opened/links/destination.ts'

const safelinks = (url: string) =>
  `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05%7C01&reserved=0`
const google = (url: string) =>
  `https://www.google.com/url?q=${encodeURIComponent(url)}&source=gmail&ust=1&usg=x`

describe('link destinations', () => {
  it("unwraps Gmail's redirector from data-saferedirecturl and opens the redirector itself", () => {
    const safe =
      'https://www.google.com/url?q=https://nitro-claim.example/redeem%3Ft%3D1&source=gmail&ust=1&usg=x'
    expect(linkDestination('https://nitro-claim.example/redeem?t=1', safe)).toEqual({
      opens: safe,
      hops: [safe, 'https://nitro-claim.example/redeem?t=1'],
      url: 'https://nitro-claim.example/redeem?t=1',
      host: 'nitro-claim.example',
      seen: true,
    })
  })

  it('opens the href when data-saferedirecturl is not Google redirector', () => {
    const d = linkDestination('https://a.example/', 'https://google.com.evil.example/url?q=x')
    expect(d.opens).toBe('https://a.example/')
    expect(d.url).toBe('https://a.example/')
  })

  it('unwraps Defender Safe Links, also when nested in another redirector, keeping the original to open', () => {
    const outer = safelinks('https://evil.example/a')
    expect(linkDestination(outer)).toMatchObject({
      opens: outer,
      url: 'https://evil.example/a',
      seen: true,
    })
    const nested = google(outer)
    expect(linkDestination(nested)).toMatchObject({
      opens: nested,
      url: 'https://evil.example/a',
      host: 'evil.example',
      seen: true,
    })
  })

  it(`could not see where a link goes behind more than ${MAX_UNWRAP} redirectors`, () => {
    let url = 'https://evil.example/deep'
    for (let i = 0; i < MAX_UNWRAP; i++) url = i % 2 ? google(url) : safelinks(url)
    expect(linkDestination(url)).toMatchObject({ url: 'https://evil.example/deep', seen: true })
    const deeper = linkDestination(safelinks(url))
    expect(deeper.seen).toBe(false)
    expect(deeper.url).not.toContain('evil.example/deep')
    expect(deeper.url).toContain('safelinks')
  })

  it('could not see where a relative or broken address goes', () => {
    expect(linkDestination('/redeem?t=1')).toMatchObject({ host: '', seen: false })
    expect(linkDestination('not a url')).toMatchObject({ url: 'not a url', host: '', seen: false })
    expect(linkDestination(safelinks('/relative')).seen).toBe(false)
  })

  it('keeps a link that is not wrapped, and gives no host for mailto:', () => {
    expect(linkDestination('https://www.example.com/x').host).toBe('www.example.com')
    expect(linkDestination('mailto:a@b.example')).toMatchObject({
      url: 'mailto:a@b.example',
      host: '',
      seen: true,
    })
    // A look-alike of the redirector is not unwrapped.
    expect(linkDestination('https://google.com.evil.example/url?q=https://x.example').host).toBe(
      'google.com.evil.example',
    )
  })

  it('bounds a huge href', () => {
    const d = linkDestination(`https://x.example/${'a'.repeat(100_000)}`)
    expect(d.url.length).toBe(4_000)
    expect(d.opens.length).toBe(4_000)
  })
})
