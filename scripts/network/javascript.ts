// Syntax analysis of built JavaScript for every way to open a connection or navigate. A regex
// over the text misses `globalThis["fe"+"tch"]` or `document.createElement("img").src = u`; the
// syntax tree does not. The rules are deliberately wider than the attacks: any computed access on
// the global object, any escape of the global object into a variable, any loading element and any
// URL-carrying property write is a finding, and only the reviewed sites in network-allowlist.json
// pass. TypeScript's parser (already a dependency) reads plain JavaScript.
import ts from 'typescript'
import { cssProblems } from './css.ts'
import {
  ADDRESS,
  GLOBAL_OBJECTS,
  LOADING_ELEMENTS,
  NAMESPACE_ADDRESSES,
  NETWORK_NAMES,
  SAFE_ATTRIBUTE,
  STATIC_ROOTS,
  URL_KEYS,
  URL_PROPERTIES,
} from './names.ts'

export interface Finding {
  /** What kind of reach: stable across builds, matched by the allowlist. */
  rule: string
  /** The site without minified names, e.g. "write .location.hash". */
  detail: string
  line: number
}

/** Every finding in one built script. */
export function javascriptFindings(source: string): Finding[] {
  const file = ts.createSourceFile(
    'built.js',
    source,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.JS,
  )
  const findings: Finding[] = []
  const add = (node: ts.Node, rule: string, detail: string) =>
    findings.push({
      rule,
      detail,
      line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1,
    })
  const visit = (node: ts.Node, inFunction: boolean): void => {
    check(node, inFunction, add)
    const nested = inFunction || isOwnThisScope(node)
    ts.forEachChild(node, (child) => visit(child, nested))
  }
  visit(file, false)
  return findings
}

type Add = (node: ts.Node, rule: string, detail: string) => void

function check(node: ts.Node, inFunction: boolean, add: Add): void {
  if (ts.isIdentifier(node)) return checkIdentifier(node, add)
  if (ts.isPrivateIdentifier(node)) return
  if (ts.isStringLiteralLike(node)) return checkString(node, node.text, add)
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node))
    return checkString(node, node.text, add)
  if (ts.isElementAccessExpression(node)) return checkComputed(node, add)
  if (ts.isCallExpression(node)) return checkCall(node, add)
  if (ts.isNewExpression(node)) return checkConstruct(node, add)
  if (ts.isBinaryExpression(node) && isAssignment(node.operatorToken.kind))
    return checkWrite(node.left, add)
  if (ts.isPrefixUnaryExpression(node) || ts.isPostfixUnaryExpression(node))
    return checkWrite(node.operand, add)
  if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return checkModule(node, add)
  if (ts.isWithStatement(node)) return add(node, 'with', 'with statement')
  if (node.kind === ts.SyntaxKind.ThisKeyword && !inFunction)
    return add(node, 'global-object', 'top-level this')
}

/** Names: network APIs anywhere; the global object only behind a static member read. */
function checkIdentifier(node: ts.Identifier, add: Add): void {
  const name = node.text
  const parent = node.parent
  if (NETWORK_NAMES.has(name)) add(node, 'network-name', `name ${name}`)
  if (isPropertyKey(node) && URL_KEYS.has(name) && !ts.isPropertyAccessExpression(parent))
    add(node, 'url-property', `key ${name}`)
  if (isPropertyName(node)) return
  if (name === 'location') add(node, 'navigation', 'name location')
  if (name === 'open') add(node, 'navigation', 'name open')
  if (GLOBAL_OBJECTS.has(name) && !isStaticRead(node) && !isTypeofOperand(node))
    add(node, 'global-object', `${name} escapes`)
}

function checkString(node: ts.Node, text: string, add: Add): void {
  if (NETWORK_NAMES.has(text)) add(node, 'network-name', `string ${text}`)
  if (URL_PROPERTIES.has(text) && !isAttributeRead(node))
    add(node, 'url-property', `string ${text}`)
  for (const address of text.match(ADDRESS) ?? [])
    if (!NAMESPACE_ADDRESSES.has(address)) add(node, 'address', `names ${address}`)
  for (const problem of cssProblems(text, { stringsOnly: true })) add(node, 'css', problem)
}

/** `root[key]`: a root's members are reached by static names only. */
function checkComputed(node: ts.ElementAccessExpression, add: Add): void {
  const root = rootName(node.expression)
  if (root && STATIC_ROOTS.has(root) && !isLiteralKey(node.argumentExpression))
    add(node, 'computed-access', `${root}[<dynamic>]`)
}

function checkCall(node: ts.CallExpression, add: Add): void {
  if (node.expression.kind === ts.SyntaxKind.ImportKeyword)
    return add(node, 'dynamic-import', 'import()')
  const method = calledName(node.expression)
  const first = node.arguments[0]
  if (method === 'setAttribute' || method === 'setAttributeNS') {
    const attribute = method === 'setAttribute' ? first : node.arguments[1]
    const name = attribute && ts.isStringLiteralLike(attribute) ? attribute.text : null
    if (name === null || !SAFE_ATTRIBUTE.test(name))
      add(node, 'url-property', `${method}(${name ?? '<dynamic>'})`)
  }
  if (method === 'setProperty') add(node, 'url-property', 'setProperty()')
  if (method === 'createElement' || method === 'createElementNS') checkCreate(node, method, add)
  if ((method === 'write' || method === 'writeln') && isDocument(node.expression))
    add(node, 'markup', `document.${method}()`)
  if ((method === 'setTimeout' || method === 'setInterval') && first && isStringish(first))
    add(node, 'eval', `${method}(<string>)`)
  if ((method === 'assign' || method === 'replace' || method === 'reload') && onLocation(node))
    add(node, 'navigation', `location.${method}()`)
  if (method === 'open' && opensWindow(node.expression)) add(node, 'navigation', 'window.open()')
  // `[].constructor.constructor("…")` is the Function constructor under another name.
  if (memberChain(node.expression).includes('.constructor'))
    add(node, 'eval', `call ${memberChain(node.expression)}`)
}

function checkCreate(node: ts.CallExpression, method: string, add: Add): void {
  const tag = node.arguments[method === 'createElement' ? 0 : 1]
  const name = tag && ts.isStringLiteralLike(tag) ? tag.text.toLowerCase() : null
  if (name === null) add(node, 'loading-element', `${method}(<dynamic>)`)
  else if (LOADING_ELEMENTS.has(name)) add(node, 'loading-element', `${method}(${name})`)
}

function checkConstruct(node: ts.NewExpression, add: Add): void {
  if (memberChain(node.expression).includes('.constructor'))
    add(node, 'eval', `new ${memberChain(node.expression)}`)
  if (!ts.isIdentifier(node.expression) && !ts.isPropertyAccessExpression(node.expression))
    add(node, 'computed-access', 'new <dynamic>')
}

/** A write to a URL-carrying property or to anything under `location`. */
function checkWrite(target: ts.Expression, add: Add): void {
  const chain = memberChain(target)
  if (chain.includes('location')) add(target, 'navigation', `write ${chain}`)
  const last = ts.isPropertyAccessExpression(target) ? target.name.text : null
  if (last && URL_PROPERTIES.has(last)) add(target, 'url-property', `write .${last}`)
  if (ts.isElementAccessExpression(target) && !isLiteralKey(target.argumentExpression))
    add(target, 'computed-write', 'write [<dynamic>]')
}

function checkModule(node: ts.ImportDeclaration | ts.ExportDeclaration, add: Add): void {
  const specifier = node.moduleSpecifier
  if (specifier && ts.isStringLiteral(specifier) && !/^\.{0,2}\//u.test(specifier.text))
    add(node, 'module', `import ${specifier.text}`)
  if (specifier && ts.isStringLiteral(specifier) && /^\/\//u.test(specifier.text))
    add(node, 'module', `import ${specifier.text}`)
}

// --- shapes ------------------------------------------------------------------------------------

function isOwnThisScope(node: ts.Node): boolean {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isFunctionExpression(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isClassDeclaration(node) ||
    ts.isClassExpression(node) ||
    ts.isGetAccessor(node) ||
    ts.isSetAccessor(node) ||
    ts.isConstructorDeclaration(node)
  )
}

function isAssignment(kind: ts.SyntaxKind): boolean {
  return kind >= ts.SyntaxKind.FirstAssignment && kind <= ts.SyntaxKind.LastAssignment
}

/** `x.name`, `{ name: … }`, `class { name() {} }`: a member name, not a variable. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    isPropertyKey(node) ||
    (ts.isQualifiedName(parent) && parent.right === node)
  )
}

function isPropertyKey(node: ts.Identifier): boolean {
  const parent = node.parent
  return (
    ((ts.isPropertyAssignment(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isGetAccessor(parent) ||
      ts.isSetAccessor(parent) ||
      ts.isBindingElement(parent)) &&
      parent.name === node) ||
    (ts.isBindingElement(parent) && parent.propertyName === node) ||
    (ts.isPropertyAccessExpression(parent) && parent.name === node)
  )
}

/** `window.x` with a static name, or `window["x"]` with a literal: the only allowed reads. */
function isStaticRead(node: ts.Identifier): boolean {
  const parent = node.parent
  if (ts.isPropertyAccessExpression(parent) && parent.expression === node) return true
  return (
    ts.isElementAccessExpression(parent) &&
    parent.expression === node &&
    isLiteralKey(parent.argumentExpression)
  )
}

function isTypeofOperand(node: ts.Node): boolean {
  let parent = node.parent
  while (ts.isParenthesizedExpression(parent)) parent = parent.parent
  return ts.isTypeOfExpression(parent)
}

function isLiteralKey(key: ts.Expression): boolean {
  return ts.isStringLiteralLike(key) || ts.isNumericLiteral(key)
}

function isStringish(node: ts.Expression): boolean {
  return (
    ts.isStringLiteralLike(node) ||
    ts.isTemplateExpression(node) ||
    (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
  )
}

/** `getAttribute("href")` and its kin read an attribute; reading loads nothing. */
function isAttributeRead(node: ts.Node): boolean {
  const call = node.parent
  if (!ts.isCallExpression(call) || call.arguments[0] !== node) return false
  const name = calledName(call.expression)
  return name === 'getAttribute' || name === 'hasAttribute' || name === 'removeAttribute'
}

function calledName(callee: ts.Expression): string | null {
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text
  if (ts.isIdentifier(callee)) return callee.text
  if (ts.isElementAccessExpression(callee) && isLiteralKey(callee.argumentExpression))
    return (callee.argumentExpression as ts.StringLiteral).text
  return null
}

function isDocument(callee: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(callee) && /document|^doc$/iu.test(memberChain(callee.expression))
  )
}

/** `window.open(…)` under any name of a window; `indexedDB.open(…)` is no navigation. */
function opensWindow(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return true
  const chain = ts.isPropertyAccessExpression(callee) ? memberChain(callee.expression) : ''
  return /(?:defaultView|opener|globalThis|window|self|top|parent|frames)$/u.test(chain)
}

function onLocation(node: ts.CallExpression): boolean {
  return (
    ts.isPropertyAccessExpression(node.expression) &&
    memberChain(node.expression.expression).endsWith('location')
  )
}

/** The leftmost identifier of `a.b[c].d`, or null. */
function rootName(node: ts.Expression): string | null {
  let current = node
  while (ts.isPropertyAccessExpression(current) || ts.isElementAccessExpression(current))
    current = current.expression
  return ts.isIdentifier(current) ? current.text : null
}

/** `e.location.hash` -> ".location.hash"; minified variable names are dropped, names kept. */
function memberChain(node: ts.Expression): string {
  if (ts.isPropertyAccessExpression(node))
    return `${memberChain(node.expression)}.${node.name.text}`
  if (ts.isElementAccessExpression(node)) return `${memberChain(node.expression)}[]`
  if (ts.isParenthesizedExpression(node)) return memberChain(node.expression)
  if (ts.isIdentifier(node) && STATIC_ROOTS.has(node.text)) return node.text
  if (ts.isCallExpression(node)) return `${memberChain(node.expression)}()`
  if (ts.isNonNullExpression(node)) return memberChain(node.expression)
  return ''
}
