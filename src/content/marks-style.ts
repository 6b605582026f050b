// The look of marked rows. Only colour and an inset shadow change: no row geometry, so neither
// Gmail's list nor Outlook's virtualised list re-measures (WEBMAIL-DOM 4.2, monet's rules).
const STYLE_ID = 'relay-shield-marks'

const CSS = `
[data-relay-shield="relay"] { box-shadow: inset 4px 0 0 #c5221f !important; background-color: rgba(197, 34, 31, 0.08) !important; }
[data-relay-shield="suspect"] { box-shadow: inset 4px 0 0 #e37400 !important; }
`

export function installMarksStyle(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return
  const style = doc.createElement('style')
  style.id = STYLE_ID
  style.textContent = CSS
  ;(doc.head ?? doc.documentElement).append(style)
}
