// axe-core on the rendered component: every violation, with the rule and the offending nodes,
// so a failing test says what to fix. Colour contrast needs real layout and is checked in the
// browser (e2e), not in happy-dom.
import axe from 'axe-core'

export async function axeViolations(root: Element = document.body): Promise<string[]> {
  const result = await axe.run(root, {
    rules: { 'color-contrast': { enabled: false } },
    resultTypes: ['violations'],
  })
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
}
