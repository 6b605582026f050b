// The built HTML pages: no prefetch, preload or DNS hint to anywhere, no address outside the
// extension in any attribute, and the inline scripts and styles checked like the files.
import { cssProblems, isExtensionResource } from './css.ts'
import { javascriptFindings, type Finding } from './javascript.ts'

const TAG = /<([a-z][\w-]*)\b([^>]*)>/giu
const ATTRIBUTE = /([^\s=/]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/gu
const URL_ATTRIBUTES = new Set([
  'src',
  'href',
  'srcset',
  'action',
  'formaction',
  'poster',
  'data',
  'background',
  'ping',
  'codebase',
  'manifest',
  'xlink:href',
  'imagesrcset',
])
const HINTS = /\b(?:prefetch|preload|dns-prefetch|preconnect|prerender|modulepreload)\b/iu
const INLINE = /<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/giu

export function htmlFindings(html: string): Finding[] {
  const findings: Finding[] = []
  const lineOf = (index: number) => html.slice(0, index).split('\n').length
  for (const tag of html.matchAll(TAG)) {
    const name = tag[1]!.toLowerCase()
    const attributes = new Map<string, string>()
    for (const attribute of (tag[2] ?? '').matchAll(ATTRIBUTE))
      attributes.set(
        attribute[1]!.toLowerCase(),
        attribute[2] ?? attribute[3] ?? attribute[4] ?? '',
      )
    const line = lineOf(tag.index)
    const rel = attributes.get('rel') ?? ''
    const href = attributes.get('href') ?? ''
    if (name === 'link' && HINTS.test(rel) && !isExtensionResource(href))
      findings.push({ rule: 'html', detail: `link rel=${rel} ${href}`, line })
    if (name === 'meta' && /refresh/iu.test(attributes.get('http-equiv') ?? ''))
      findings.push({ rule: 'html', detail: 'meta refresh', line })
    if (name === 'base') findings.push({ rule: 'html', detail: 'base element', line })
    for (const [attribute, value] of attributes) {
      const targets = attribute.endsWith('srcset')
        ? value.split(',').map((part) => part.trim().split(/\s+/u)[0] ?? '')
        : [value]
      if (URL_ATTRIBUTES.has(attribute) && targets.some((target) => !isExtensionResource(target)))
        findings.push({ rule: 'html', detail: `${name} ${attribute}=${value}`, line })
      if (attribute === 'style')
        for (const problem of cssProblems(value))
          findings.push({ rule: 'css', detail: problem, line })
    }
  }
  for (const block of html.matchAll(INLINE)) {
    const line = lineOf(block.index)
    const body = block[2] ?? ''
    const inner =
      block[1]!.toLowerCase() === 'script'
        ? javascriptFindings(body)
        : cssProblems(body).map((detail) => ({ rule: 'css', detail, line: 1 }))
    findings.push(...inner.map((finding) => ({ ...finding, line: line + finding.line - 1 })))
  }
  return findings
}
