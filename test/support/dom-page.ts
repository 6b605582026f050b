// Replaces the test DOM's document with a whole page, as a navigation would.
export function loadPage(html: string): Document {
  document.open()
  document.write(html)
  document.close()
  return document
}
