// The order test files start in (vitest.config.ts): the browser files first, as they are the
// longest and spend part of their time waiting on pages and on the product's paced actions, which
// the other files then fill; the files without a browser keep the cores busy to the end. Among the
// browser files the longest first: the ones vitest timed longest in its last run, and with no
// timings known (a fresh clone) Firefox's before Chromium's (a Firefox file starts a heavier
// browser and took about half as long again as a Chromium file here, measured). Vitest's own order
// otherwise.
import { BaseSequencer, type TestSpecification } from 'vitest/node'

export class BrowserFilesFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files)
    const position = new Map(base.map((file, index) => [file, index]))
    return [...base].sort((a, b) => this.compare(a, b) || position.get(a)! - position.get(b)!)
  }

  /** Browser files before the others, the longer one first; 0 leaves vitest's order. */
  private compare(a: TestSpecification, b: TestSpecification): number {
    const [first, second] = [browser(a), browser(b)]
    if (!first || !second) return Number(!first) - Number(!second)
    const [known, other] = [this.lastDuration(a), this.lastDuration(b)]
    if (known !== undefined && other !== undefined) return other - known
    return Number(first === 'chromium') - Number(second === 'chromium')
  }

  /** The file's duration in the last run vitest remembers. */
  private lastDuration(file: TestSpecification): number | undefined {
    const path = file.moduleId.slice(this.ctx.config.root.length + 1)
    return this.ctx.cache.getFileTestResults(`${file.project.name}:${path}`)?.duration
  }
}

/** The browser a file drives, or null for the files without one. */
function browser(file: TestSpecification): 'firefox' | 'chromium' | null {
  const name = file.project.name
  if (name === 'e2e-firefox') return 'firefox'
  if (name === 'e2e-chromium') return 'chromium'
  return null
}
