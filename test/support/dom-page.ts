// Replaces the test DOM's document with a whole page, as a navigation would.
export function loadPage(html: string): Document {
  document.open()
  document.write(html)
  document.close()
  return document
}

/** Runs a loaded page's inline scripts, which the test DOM does not run on its own. */
export function runInlineScripts(doc: Document): void {
  for (const script of doc.querySelectorAll('script:not([src])'))
    new Function(script.textContent ?? '')()
}
