// The link guard on a plain message body: every gesture that could follow a link in a guarded
// message either shows the warning or finds no destination; a message waiting for its verdict
// holds its links; "Open anyway" opens what the webmail would have opened, or nothing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  GUARD_ATTRIBUTE,
  HOLD_ATTRIBUTE,
  installLinkGuard,
  LINK_WARNING_ATTRIBUTE,
} from '../../src/content/opened/link-guard.ts'
import { removeDecorations } from '../../src/content/ui/cleanup.ts'
import { userClick } from '../support/user-input.ts'
import { nameDomainHere } from '../support/name-domain.ts'

const texts = (key: string, subs: string[] = []) => [key, ...subs].join('|')
const XLINK = 'http://www.w3.org/1999/xlink'
const EVIL = 'https://nitro-claim.example/redeem?t=1'
const SAFE = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(EVIL)}&data=05`

const BODY = `<div id="body">
<p><a id="plain" href="${SAFE}" target="_blank">View your request</a></p>
<p><a id="image" href="${EVIL}"><img id="pic" alt="Claim" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></a></p>
<img usemap="#m" alt="map" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><map name="m"><area id="area" shape="rect" coords="0,0,10,10" href="${EVIL}" alt="Claim"></map>
<svg><a id="svg" href="${EVIL}"><text>Claim</text></a><a id="xlink" xlink:href="${EVIL}"><text>Claim</text></a></svg>
<p><a id="other" href="https://www.example.com/" tabindex="-1" role="button">Other</a></p>
</div>`

let controller = new AbortController()
beforeEach(() => {
  document.body.innerHTML = BODY
  installLinkGuard(document, texts, controller.signal, nameDomainHere)
})
afterEach(() => {
  controller.abort()
  controller = new AbortController()
  document.querySelector(`[${LINK_WARNING_ATTRIBUTE}]`)?.remove()
  vi.restoreAllMocks()
})

const body = () => document.getElementById('body')!
const byId = (id: string) => document.getElementById(id)!
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const warning = () => document.querySelector(`[${LINK_WARNING_ATTRIBUTE}]`)?.shadowRoot ?? null
const closeWarning = () => {
  const cancel = warning()?.querySelector('[data-choice=cancel]')
  if (cancel) userClick(cancel)
}

async function guard(): Promise<void> {
  body().setAttribute(GUARD_ATTRIBUTE, '')
  await settle()
}

/** Dispatches the event on `target`; true when the guard stopped it and showed the warning. */
function warned(target: Element, event: Event): boolean {
  closeWarning()
  target.dispatchEvent(event)
  return event.defaultPrevented && warning() !== null
}

/** Every element's attributes, in document order, each element's sorted by name. */
function attributes(root: Element): string[][] {
  return [root, ...root.querySelectorAll('*')].map((element) =>
    [...element.attributes].map((a) => `${a.name}=${a.value}`).sort(),
  )
}

const mouse = (type: string, init: MouseEventInit = {}) =>
  new MouseEvent(type, { bubbles: true, cancelable: true, composed: true, ...init })

describe('a guarded message holds its links', () => {
  it('moves every href out of reach and gives it back on release', async () => {
    await guard()
    for (const id of ['plain', 'image', 'area', 'svg']) {
      expect(byId(id).hasAttribute('href'), id).toBe(false)
      expect(byId(id).getAttribute('data-relay-shield-href'), id).toBe(id === 'plain' ? SAFE : EVIL)
    }
    expect(byId('xlink').getAttributeNS(XLINK, 'href')).toBeNull()
    expect(byId('xlink').getAttribute('data-relay-shield-xlink-href')).toBe(EVIL)
    // Still a link for the keyboard and assistive technology.
    expect(byId('plain').getAttribute('tabindex')).toBe('0')
    expect(byId('plain').getAttribute('role')).toBe('link')
    expect(byId('other').getAttribute('tabindex')).toBe('-1')
    expect(byId('other').getAttribute('role')).toBe('button')

    body().removeAttribute(GUARD_ATTRIBUTE)
    await settle()
    const original = new DOMParser().parseFromString(BODY, 'text/html').body
    expect(attributes(body())).toEqual(attributes(original.firstElementChild!))
  })

  it('holds links added after the guard ran, and an href the page sets again', async () => {
    await guard()
    const late = document.createElement('a')
    late.href = EVIL
    body().append(late)
    byId('plain').setAttribute('href', 'https://www.google.com/url?q=x')
    await settle()
    expect(late.hasAttribute('href')).toBe(false)
    expect(late.getAttribute('data-relay-shield-href')).toBe(EVIL)
    expect(byId('plain').hasAttribute('href')).toBe(false)
    // The mail's own address is kept, not the one the page put in later.
    expect(byId('plain').getAttribute('data-relay-shield-href')).toBe(SAFE)
    expect(warned(late, mouse('click'))).toBe(true)
  })

  it('gives hrefs back when the content script stops or is cleaned up after', async () => {
    await guard()
    controller.abort()
    expect(byId('plain').getAttribute('href')).toBe(SAFE)
    body().setAttribute(GUARD_ATTRIBUTE, '')
    controller = new AbortController()
    installLinkGuard(document, texts, controller.signal, nameDomainHere)
    expect(byId('plain').hasAttribute('href')).toBe(false)
    removeDecorations(document)
    expect(byId('plain').getAttribute('href')).toBe(SAFE)
    expect(byId('plain').hasAttribute('tabindex')).toBe(false)
  })
})

describe('every gesture on a guarded link shows the warning first', () => {
  it('left, middle, Ctrl, Cmd and Shift clicks, and Enter', async () => {
    await guard()
    const link = byId('plain')
    expect(warned(link, mouse('click'))).toBe(true)
    expect(warned(link, mouse('auxclick', { button: 1 }))).toBe(true)
    expect(warned(link, mouse('click', { ctrlKey: true }))).toBe(true)
    expect(warned(link, mouse('click', { metaKey: true }))).toBe(true)
    expect(warned(link, mouse('click', { shiftKey: true }))).toBe(true)
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true })
    expect(warned(link, enter)).toBe(true)
    // Another key, and the right button's auxclick, are left to the page.
    closeWarning()
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true })
    link.dispatchEvent(tab)
    link.dispatchEvent(mouse('auxclick', { button: 2 }))
    expect(tab.defaultPrevented).toBe(false)
    expect(warning()).toBeNull()
  })

  it('on image links, image-map areas and SVG links (href and xlink:href)', async () => {
    await guard()
    for (const id of ['pic', 'area', 'svg', 'xlink']) {
      expect(warned(byId(id), mouse('click')), id).toBe(true)
      expect(warning()!.textContent, id).toContain('nitro-claim.example')
    }
  })

  it('stops dragging a link out, and the context menu of a link the page gave an href again', async () => {
    await guard()
    const drag = new Event('dragstart', { bubbles: true, cancelable: true })
    byId('pic').dispatchEvent(drag)
    expect(drag.defaultPrevented).toBe(true)
    const held = mouse('contextmenu', { button: 2 })
    byId('plain').dispatchEvent(held)
    // A held link has no href: the native menu has no link entries to offer, so it may show.
    expect(held.defaultPrevented).toBe(false)
    byId('svg').setAttribute('href', EVIL) // before the observer takes it away again
    const menu = mouse('contextmenu', { button: 2 })
    byId('svg').dispatchEvent(menu)
    expect(menu.defaultPrevented).toBe(true)
  })

  it('leaves links outside guarded mail alone', () => {
    const click = mouse('click')
    byId('plain').addEventListener('click', (event) => event.preventDefault(), { once: true })
    byId('plain').dispatchEvent(click)
    expect(warning()).toBeNull()
    expect(byId('plain').getAttribute('href')).toBe(SAFE)
  })
})

describe('a message waiting for its verdict', () => {
  it('holds its links; a click made meanwhile shows the warning once the verdict is relay', async () => {
    body().setAttribute(HOLD_ATTRIBUTE, '')
    await settle()
    expect(byId('plain').hasAttribute('href')).toBe(false)
    const click = mouse('click')
    byId('plain').dispatchEvent(click)
    expect(click.defaultPrevented).toBe(true)
    expect(warning()).toBeNull()
    body().removeAttribute(HOLD_ATTRIBUTE)
    body().setAttribute(GUARD_ATTRIBUTE, '')
    await settle()
    expect(warning()!.textContent).toContain('nitro-claim.example')
  })

  it('releases its links when the verdict is clean, and the held click opens nothing', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    body().setAttribute(HOLD_ATTRIBUTE, '')
    await settle()
    byId('plain').dispatchEvent(mouse('click'))
    body().removeAttribute(HOLD_ATTRIBUTE)
    await settle()
    expect(byId('plain').getAttribute('href')).toBe(SAFE)
    expect(warning()).toBeNull()
    expect(open).not.toHaveBeenCalled()
    // Released: the next click is the page's own.
    const click = mouse('click')
    byId('plain').addEventListener('click', (event) => event.preventDefault(), { once: true })
    byId('plain').dispatchEvent(click)
    expect(warning()).toBeNull()
  })
})

describe('what the warning shows and opens', () => {
  async function warn(href: string, safeRedirect?: string) {
    const link = document.createElement('a')
    link.setAttribute('href', href)
    if (safeRedirect) link.setAttribute('data-saferedirecturl', safeRedirect)
    body().replaceChildren(link)
    await guard()
    closeWarning()
    link.click()
    // The worker names the domain a moment after the warning shows.
    await settle()
    const root = warning()!
    const values = [...root.querySelectorAll('dd')].map((dd) => dd.textContent)
    const confirm = root.querySelector('[data-choice=confirm]') as HTMLButtonElement
    return { root, values, confirm, note: root.querySelector('p.note')!.textContent }
  }

  it('names the registrable domain prominently, then the host, then the address', async () => {
    const { root, values } = await warn(
      'https://login.evil.github.io/a',
      'https://www.google.com/url?q=https://login.evil.github.io/a&source=gmail&ust=1&usg=x',
    )
    expect(values).toEqual([
      'evil.github.io',
      'login.evil.github.io',
      'https://login.evil.github.io/a',
    ])
    expect(root.querySelector('dd.prominent')!.textContent).toBe('evil.github.io')
  })

  it('shows an IDN look-alike in both forms and hidden characters as code points', async () => {
    const { values } = await warn('https://www.p\u0430ypal.com/\u202Egnp.exe')
    expect(values).toEqual([
      'xn--pypal-4ve.com (p\u0430ypal.com)',
      'www.xn--pypal-4ve.com (www.p\u0430ypal.com)',
      'https://www.p\u0430ypal.com/[U+202E]gnp.exe',
    ])
  })

  it('opens the original address with Safe Links intact', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    const { values, confirm, note } = await warn(SAFE)
    expect(values[0]).toBe('nitro-claim.example')
    expect(values[2]).toBe(EVIL)
    expect(note).toBe('')
    userClick(confirm)
    await settle()
    expect(open).toHaveBeenCalledWith(SAFE, '_blank', 'noopener,noreferrer')
  })

  it('opens no shortened address, no other scheme, nothing it could not see', async () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null)
    const nested = (url: string, depth: number): string =>
      depth === 0
        ? url
        : `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(nested(url, depth - 1))}`
    const cases: [string, string, string][] = [
      ['https://bit.ly/3abc', 'linkRefusedShortener', 'bit.ly'],
      [nested('https://tinyurl.com/x', 1), 'linkRefusedShortener', 'tinyurl.com'],
      ['javascript:alert(1)', 'linkRefusedScheme', 'linkWarningNoDomain'],
      ['/relative/path', 'linkRefusedUnseen', 'linkWarningUnseen'],
      [nested(EVIL, 5), 'linkRefusedUnseen', 'linkWarningUnseen'],
    ]
    for (const [href, why, domain] of cases) {
      const { values, confirm, note } = await warn(href)
      expect(note, href).toBe(why)
      expect(values[0], href).toBe(domain)
      expect(confirm.disabled, href).toBe(true)
      userClick(confirm)
      await settle()
    }
    expect(open).not.toHaveBeenCalled()
  })
})
