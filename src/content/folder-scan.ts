// "Scan this folder" for a virtualised message list (Outlook keeps only 12-20 rows in the page and
// removes rows scrolled out, WEBMAIL-DOM 4.2): scroll the list through from top to bottom so each
// row is rendered once (the runner reads rows as they appear), then put the user's scroll
// position back. The scrolling follows the unattributed public code cited there: scroll the list
// container, harvest, restore scrollTop.

/** Steps taken at most: a folder of about 40,000 rows at 12 rows a step. */
const MAX_STEPS = 4_000
/** How often the rendered rows are looked at while the list catches up with a new position. */
const POLL_MS = 40
/**
 * Longest wait for a new position's rows. A list renders on its scroll event, which the browser
 * sends with the next frame; a tab the browser draws less often (behind another window) is slower.
 */
const SETTLE_LIMIT_MS = 2_000

export interface FolderScanDeps {
  /** The scrolling box of the message list, or null when the page shows none. */
  list: HTMLElement | null
  /** Ids of the rows rendered right now. */
  renderedIds: () => string[]
  wait?: (ms: number) => Promise<void>
  signal?: AbortSignal
}

/** Scrolls through the list; resolves with how many distinct rows were rendered on the way. */
export async function scanFolder(deps: FolderScanDeps): Promise<{ rows: number }> {
  const list = deps.list
  if (!list) return { rows: 0 }
  const wait = deps.wait ?? ((ms) => new Promise<void>((done) => setTimeout(done, ms)))
  const seen = new Set(deps.renderedIds())
  const start = list.scrollTop
  try {
    let shown = renderedKey(deps)
    list.scrollTop = 0
    for (let step = 0; step < MAX_STEPS && !deps.signal?.aborted; step++) {
      if (step > 0 || start !== 0) shown = await settled(deps, shown, wait)
      for (const id of deps.renderedIds()) seen.add(id)
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break
      // Most of a screen at a time, so consecutive positions overlap and no row is skipped.
      list.scrollTop += Math.max(1, Math.floor(list.clientHeight * 0.8))
    }
  } finally {
    list.scrollTop = start
  }
  return { rows: seen.size }
}

function renderedKey(deps: FolderScanDeps): string {
  return deps.renderedIds().join('\n')
}

/** Waits until the rendered rows differ from `before` (the list caught up), or the limit. */
async function settled(
  deps: FolderScanDeps,
  before: string,
  wait: (ms: number) => Promise<void>,
): Promise<string> {
  for (let waited = 0; waited < SETTLE_LIMIT_MS && !deps.signal?.aborted; waited += POLL_MS) {
    await wait(POLL_MS)
    const now = renderedKey(deps)
    if (now !== before) return now
  }
  return renderedKey(deps)
}
