// Every piece of UI Relay Shield puts into a webmail page lives in a shadow root: the page's CSS
// cannot restyle it and its CSS cannot leak into the page. Content goes in as text, never markup.

export interface ShadowUi {
  host: HTMLElement
  root: ShadowRoot
}

export function createShadowUi(doc: Document, attribute: string, css: string): ShadowUi {
  const host = doc.createElement('relay-shield-ui')
  host.setAttribute(attribute, '')
  const root = host.attachShadow({ mode: 'open' })
  const style = doc.createElement('style')
  style.textContent = css
  root.append(style)
  return { host, root }
}

/** An element with text content only; `text` is never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  if (text !== undefined) element.textContent = text
  return element
}

/** Light and dark palettes shared by the page UI. */
export const UI_BASE_CSS = `
:host { all: initial; display: block; font: 14px/1.45 system-ui, sans-serif; color-scheme: light dark; }
.box { border: 1px solid #c5221f; border-left-width: 6px; border-radius: 8px; padding: 12px 16px;
  background: #fdecea; color: #202124; }
button { font: inherit; border-radius: 6px; border: 1px solid #5f6368; padding: 4px 12px;
  background: #fff; color: #202124; cursor: pointer; margin: 8px 8px 0 0; }
button.primary { background: #c5221f; border-color: #c5221f; color: #fff; }
button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.url { font-family: ui-monospace, monospace; word-break: break-all; }
@media (prefers-color-scheme: dark) {
  .box { background: #3c1f1e; color: #f1f3f4; }
  button { background: #303134; color: #f1f3f4; border-color: #9aa0a6; }
}
`
