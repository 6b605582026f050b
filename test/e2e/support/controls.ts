// Finding a control by its role and accessible name inside the page, for the Firefox driver:
// puppeteer's ARIA queries need CDP, which Firefox does not speak. The name is what a user reads:
// its aria-label, a checkbox's label, or a button's or link's text.
import type { Control } from './driver.ts'

type Pattern = string | { source: string; flags: string }

/** A Control in plain values, so it can be handed to a page function. */
export interface ControlSpec {
  role: Control['role']
  name: Pattern
  within?: { css: string; hasText?: Pattern }
}

export function toControlSpec(control: Control): ControlSpec {
  const plain = (pattern: string | RegExp): Pattern =>
    typeof pattern === 'string' ? pattern : { source: pattern.source, flags: pattern.flags }
  return {
    role: control.role,
    name: plain(control.name),
    within: control.within && {
      css: control.within.css,
      hasText: control.within.hasText && plain(control.within.hasText),
    },
  }
}

/** Page function: the first enabled control of that role and name, or null while there is none. */
export function findControl(spec: ControlSpec): Element | null {
  const matches = (text: string, pattern: Pattern) =>
    typeof pattern === 'string'
      ? text === pattern
      : new RegExp(pattern.source, pattern.flags).test(text)
  const within = spec.within
  const scope = within
    ? [...document.querySelectorAll(within.css)].find(
        (node) => !within.hasText || matches(node.textContent ?? '', within.hasText),
      )
    : document
  const selector = {
    button: 'button, [role=button]',
    checkbox: 'input[type=checkbox], [role=checkbox]',
    link: 'a[href], [role=link]',
  }[spec.role]
  const nameOf = (node: Element) => {
    const labels = node instanceof HTMLInputElement ? [...(node.labels ?? [])] : [node]
    const text = node.getAttribute('aria-label') ?? labels.map((l) => l.textContent).join(' ')
    return text.replace(/\s+/gu, ' ').trim()
  }
  const found = [...(scope?.querySelectorAll(selector) ?? [])].find(
    (node) => matches(nameOf(node), spec.name) && !(node as HTMLButtonElement).disabled,
  )
  return found ?? null
}
