// axe-core in a real browser page, colour contrast included. The source is evaluated through the
// automation protocol, which an extension page's script-src 'self' does not block.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')

/** Evaluated in the page after AXE_SOURCE: "rule: nodes" for every violation. */
export async function runAxe(): Promise<string[]> {
  const axe = (
    globalThis as unknown as {
      axe: {
        run(
          context: Document,
        ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>
      }
    }
  ).axe
  const result = await axe.run(document)
  return result.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}
