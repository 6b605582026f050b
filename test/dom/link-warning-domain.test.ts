// The link warning's domain comes from the background worker: the warning shows at once, and
// "Open anyway" waits until the domain is named or the worker is known not to answer.
import { afterEach, expect, it, vi } from 'vitest'
import {
  GUARD_ATTRIBUTE,
  installLinkGuard,
  LINK_WARNING_ATTRIBUTE,
} from '../../src/content/opened/link-guard.ts'
import { userClick } from '../support/user-input.ts'

const texts = (key: string, subs: string[] = []) => [key, ...subs].join('|')
const EVIL = 'https://login.nitro-claim.example/redeem?t=1'
const controller = new AbortController()
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  controller.abort()
  vi.restoreAllMocks()
})

it('shows at once, and lets nobody open the link before the domain is named', async () => {
  document.body.innerHTML = `<div id="body"><a id="link" href="${EVIL}">View your request</a></div>`
  let answer: (domain: string | null) => void = () => {}
  const named = new Promise<string | null>((resolve) => (answer = resolve))
  installLinkGuard(document, texts, controller.signal, () => named)
  const open = vi.spyOn(window, 'open').mockImplementation(() => null)
  document.getElementById('body')!.setAttribute(GUARD_ATTRIBUTE, '')
  await settle()
  document.getElementById('link')!.click()
  const root = document.querySelector(`[${LINK_WARNING_ATTRIBUTE}]`)!.shadowRoot!
  const domain = root.querySelector('dd.prominent')!
  const confirm = root.querySelector('[data-choice=confirm]') as HTMLButtonElement
  expect(domain.textContent).toBe('…')
  expect(domain.getAttribute('aria-busy')).toBe('true')
  expect(confirm.disabled).toBe(true)
  userClick(confirm)
  await settle()
  expect(open).not.toHaveBeenCalled()
  answer(null)
  await settle()
  // No answer from the worker: the warning says so, and the full host is there to read.
  expect(domain.textContent).toBe('linkWarningDomainUnknown')
  expect(domain.hasAttribute('aria-busy')).toBe(false)
  expect(root.querySelectorAll('dd')[1]!.textContent).toBe('login.nitro-claim.example')
  userClick(confirm)
  await settle()
  expect(open).toHaveBeenCalledWith(EVIL, '_blank', 'noopener,noreferrer')
})
