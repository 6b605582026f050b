import { describe, expect, it } from 'vitest'
import { linkDestination } from '../../src/content/opened/links/destination.ts'
import { refusal } from '../../src/content/opened/links/policy.ts'
import { isShortener } from '../../src/content/opened/links/shorteners.ts'

const safelinks = (url: string) =>
  `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(url)}&data=05`
const verdict = (href: string, safe?: string) => refusal(linkDestination(href, safe))

describe('what "Open anyway" may open', () => {
  it('opens web and mail addresses, wrapped or not', () => {
    expect(verdict('https://evil.example/a')).toBeNull()
    expect(verdict('http://evil.example/a')).toBeNull()
    expect(verdict('mailto:someone@evil.example')).toBeNull()
    expect(verdict(safelinks('https://evil.example/a'))).toBeNull()
  })

  it('opens no other scheme, at any hop', () => {
    expect(verdict('javascript:alert(1)')).toBe('scheme')
    expect(verdict('data:text/html,<b>x</b>')).toBe('scheme')
    expect(verdict('file:///etc/passwd')).toBe('scheme')
    expect(verdict(safelinks('javascript:alert(1)'))).toBe('scheme')
    expect(verdict(safelinks('ftp://evil.example/x'))).toBe('scheme')
  })

  it('never opens a shortened address, wrapped or not', () => {
    expect(verdict('https://bit.ly/3xyz')).toBe('shortener')
    expect(verdict(safelinks('https://tinyurl.com/abc'))).toBe('shortener')
    expect(
      verdict(
        'https://t.co/x',
        'https://www.google.com/url?q=https://t.co/x&source=gmail&ust=1&usg=x',
      ),
    ).toBe('shortener')
  })

  it('opens nothing it could not see', () => {
    expect(verdict('/relative/path')).toBe('unseen')
    let url = 'https://evil.example/'
    for (let i = 0; i < 5; i++) url = safelinks(url)
    expect(verdict(url)).toBe('unseen')
  })

  it('knows shortener hosts and hosts under them, not look-alikes', () => {
    expect(isShortener('bit.ly')).toBe(true)
    expect(isShortener('WWW.Bit.Ly')).toBe(true)
    expect(isShortener('on.bit.ly')).toBe(true)
    expect(isShortener('bit.ly.evil.example')).toBe(false)
    expect(isShortener('notbit.ly')).toBe(false)
    expect(isShortener('ly')).toBe(false)
  })
})
