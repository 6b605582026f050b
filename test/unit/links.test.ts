import { describe, expect, it } from 'vitest'
import { linkDestination } from '../../src/content/links.ts'

describe('link destinations', () => {
  it("unwraps Gmail's redirector from data-saferedirecturl", () => {
    const safe =
      'https://www.google.com/url?q=https://nitro-claim.example/redeem%3Ft%3D1&source=gmail&ust=1&usg=x'
    expect(linkDestination('https://nitro-claim.example/redeem?t=1', safe)).toEqual({
      url: 'https://nitro-claim.example/redeem?t=1',
      host: 'nitro-claim.example',
    })
  })

  it('unwraps Defender Safe Links, also when nested in another redirector', () => {
    const safelinks =
      'https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2Fa&data=05%7C01&reserved=0'
    expect(linkDestination(safelinks).url).toBe('https://evil.example/a')
    const nested = `https://www.google.com/url?q=${encodeURIComponent(safelinks)}`
    expect(linkDestination(nested)).toEqual({ url: 'https://evil.example/a', host: 'evil.example' })
  })

  it('keeps a link that is not wrapped, and gives no host for mailto: or broken URLs', () => {
    expect(linkDestination('https://www.example.com/x').host).toBe('www.example.com')
    expect(linkDestination('mailto:a@b.example')).toEqual({ url: 'mailto:a@b.example', host: '' })
    expect(linkDestination('not a url')).toEqual({ url: 'not a url', host: '' })
    // A look-alike of the redirector is not unwrapped.
    expect(linkDestination('https://google.com.evil.example/url?q=https://x.example').host).toBe(
      'google.com.evil.example',
    )
  })

  it('bounds a huge href', () => {
    expect(linkDestination(`https://x.example/${'a'.repeat(100_000)}`).url.length).toBe(4_000)
  })
})
