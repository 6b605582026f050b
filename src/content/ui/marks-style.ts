// The look of marked rows and markers. Rows change only colour, opacity and an inset shadow: no row
// geometry, so neither Gmail's list nor Outlook's virtualised list re-measures
// (docs/webmail-pages.md 4.2, monet's rules). The marker is shorter than a line of list text and
// hangs from the line's top, so it never makes the line taller (a baseline-aligned 16 px marker
// added 1 px to every Outlook row: test/e2e/chromium/outlook-geometry.test.ts). Gmail's hidden rows
// leave the list; Outlook's are faded instead, since a removed row makes its virtualiser re-measure
// and the list flicker (docs/webmail-pages.md 4.2: monet's rules name overlaying or dimming as the
// safe options).
const STYLE_ID = 'relay-shield-marks'

const CSS = `
[data-relay-shield="relay"] { box-shadow: inset 4px 0 0 #c5221f !important; background-color: rgba(197, 34, 31, 0.08) !important; }
[data-relay-shield="suspect"] { box-shadow: inset 4px 0 0 #e37400 !important; }
[data-relay-shield-dim] { opacity: 0.55; }
tr[data-relay-shield-hidden] { display: none !important; }
div[role="option"][data-relay-shield-hidden] { opacity: 0.3 !important; }
relay-shield-marker { display: inline-block; position: relative; margin-right: 6px; padding: 0 6px;
  border-radius: 8px; background: #c5221f; color: #fff; font: 600 11px/13px system-ui, sans-serif;
  vertical-align: top; cursor: help; }
relay-shield-marker[data-verdict="suspect"] { background: #b06000; }
relay-shield-marker:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
relay-shield-marker:hover::after, relay-shield-marker:focus::after,
[data-relay-shield]:focus relay-shield-marker::after { content: attr(data-reason);
  position: absolute; left: 0; top: calc(100% + 4px); z-index: 10; width: max-content; max-width: 24rem;
  white-space: normal; padding: 4px 8px; border-radius: 4px; background: #202124; color: #fff;
  font-weight: 400; }
`

export function installMarksStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return
  const style = doc.createElement('style')
  style.id = STYLE_ID
  style.textContent = CSS
  ;(doc.head ?? doc.documentElement).append(style)
}

export function removeMarksStyle(doc: Document): void {
  doc.getElementById(STYLE_ID)?.remove()
}
