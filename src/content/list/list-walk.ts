// Walking a virtualised message list (Outlook keeps only 12-20 rows in the page and removes rows
// scrolled out, docs/webmail-pages.md 4.2): scroll the list container from top to bottom, look at
// the rows rendered at each position, then put the user's scroll position back. The method follows
// the unattributed public code cited there: scroll the container, harvest, restore scrollTop.

/** Positions visited at most: a folder of about 40,000 rows at 12 rows a position. */
const MAX_POSITIONS = 4_000
/** How often the rendered rows are looked at while the list catches up with a new position. */
const POLL_MS = 40
/**
 * Longest wait for a position's rows. A list renders on its scroll event, which the browser
 * sends with the next frame; a tab the browser draws less often (behind another window) is slower.
 */
const SETTLE_LIMIT_MS = 2_000

export interface ListWalk {
  /** The scrolling box of the message list, or null when the page shows none. */
  list: HTMLElement | null
  /** Ids of the rows rendered right now. */
  renderedIds: () => string[]
  wait?: (ms: number) => Promise<void>
  signal?: AbortSignal
}

/**
 * Visits every position of the list from the top. `visit` gets the ids rendered there and says
 * whether it changed the list (moved rows out): then the rows below have moved up, and the same
 * position is looked at again once the list has redrawn; 'stop' ends the walk there. False when
 * there is no list.
 */
export async function walkList(
  walk: ListWalk,
  visit: (ids: string[]) => Promise<boolean | 'stop'> | boolean | 'stop',
): Promise<boolean> {
  const list = walk.list
  if (!list) return false
  const wait = walk.wait ?? ((ms) => new Promise<void>((done) => setTimeout(done, ms)))
  const start = list.scrollTop
  try {
    let shown = renderedKey(walk)
    list.scrollTop = 0
    if (start !== 0) shown = await settled(walk, shown, wait)
    for (let position = 0; position < MAX_POSITIONS && !walk.signal?.aborted; position++) {
      const changed = await visit(walk.renderedIds())
      if (changed === 'stop') break
      if (changed) {
        shown = await settled(walk, shown, wait)
        continue
      }
      if (list.scrollTop + list.clientHeight >= list.scrollHeight - 1) break
      // Most of a screen at a time, so consecutive positions overlap and no row is skipped.
      list.scrollTop += Math.max(1, Math.floor(list.clientHeight * 0.8))
      shown = await settled(walk, shown, wait)
    }
  } finally {
    list.scrollTop = start
  }
  return true
}

function renderedKey(walk: ListWalk): string {
  return walk.renderedIds().join('\n')
}

/** Waits until the rendered rows differ from `before` (the list caught up), or the limit. */
async function settled(
  walk: ListWalk,
  before: string,
  wait: (ms: number) => Promise<void>,
): Promise<string> {
  for (let waited = 0; waited < SETTLE_LIMIT_MS && !walk.signal?.aborted; waited += POLL_MS) {
    await wait(POLL_MS)
    const now = renderedKey(walk)
    if (now !== before) return now
  }
  return renderedKey(walk)
}
