// A selector that finds nothing means the webmail changed its markup. The error is named so that
// callers and tests can tell it from bugs, and the structure it logs has every text and attribute
// value blanked: the page is someone's mailbox, and diagnostics never carry mail content.

export class SelectorError extends Error {
  override name = 'SelectorError'
  constructor(
    /** The selector's name in the adapter's selector module, e.g. "threadId". */
    readonly selectorName: string,
    /** Where it was looked for, with every text and attribute value blanked. */
    readonly structure: string,
  ) {
    super(`selector "${selectorName}" found nothing`)
  }
}

const MAX_DEPTH = 4
const MAX_CHILDREN = 6

/**
 * The element's tag, classes and attribute names down to a few levels, with attribute values
 * replaced by "" and text replaced by "#text": enough to see how the markup changed, nothing of
 * what the mail says. Class names are Gmail's own generated names, never mail content.
 */
export function censoredStructure(element: Element, depth = 0): string {
  const indent = '  '.repeat(depth)
  const attributes = [...element.attributes]
    .filter((attribute) => attribute.name !== 'class')
    .map((attribute) => ` ${attribute.name}=""`)
    .join('')
  const classes = [...element.classList]
    .filter((name) => /^[\w-]{1,40}$/u.test(name))
    .map((name) => `.${name}`)
    .join('')
  const line = `${indent}<${element.tagName.toLowerCase()}${classes}${attributes}>`
  if (depth >= MAX_DEPTH) return line
  const children = [...element.children].slice(0, MAX_CHILDREN)
  const hasText = [...element.childNodes].some(
    (node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '',
  )
  const lines = [line]
  if (hasText) lines.push(`${indent}  #text`)
  for (const child of children) lines.push(censoredStructure(child, depth + 1))
  if (element.children.length > MAX_CHILDREN)
    lines.push(`${indent}  … ${element.children.length - MAX_CHILDREN} more`)
  return lines.join('\n')
}
