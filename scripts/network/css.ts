// Stylesheets load what `url(…)`, `image-set(…)` and `@import` name. The extension's CSS may
// point only inside itself: data: URIs, fragments and paths relative to the extension.

const URL_FUNCTION = /\burl\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/giu
const IMPORT_RULE = /@import\b/iu
const IMAGE_SET_STRING = /\b(?:image-set|-webkit-image-set)\(\s*["']([^"']*)["']/giu

/**
 * Problems in CSS text. `stringsOnly` is for a string found in JavaScript, which is CSS only if
 * it looks like it: there a bare `url(` with a variable target is a problem as well.
 */
export function cssProblems(css: string, { stringsOnly = false } = {}): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//gu, '')
  const problems: string[] = []
  if (IMPORT_RULE.test(text)) problems.push('css @import')
  for (const match of text.matchAll(URL_FUNCTION)) {
    const target = (match[1] ?? match[2] ?? match[3] ?? '').trim()
    if (!isExtensionResource(target)) problems.push(`css url(${target})`)
  }
  for (const match of text.matchAll(IMAGE_SET_STRING))
    if (!isExtensionResource(match[1] ?? '')) problems.push(`css image-set(${match[1]})`)
  // A JavaScript string that opens `url(` and is cut off ("url(" + u + ")") names a target
  // only at run time.
  if (stringsOnly && /\burl\(\s*["']?$/iu.test(text)) problems.push('css url(<dynamic>)')
  return problems
}

/** A resource inside the extension (or inline): nothing leaves the browser for it. */
export function isExtensionResource(target: string): boolean {
  if (target === '') return false
  if (/^(?:data|chrome-extension|moz-extension):/iu.test(target)) return true
  if (target.startsWith('#')) return true
  if (target.startsWith('//')) return false
  return !/^[a-z][a-z0-9+.-]*:/iu.test(target)
}
