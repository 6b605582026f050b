// "Scan this folder" on a simulated virtualised list: every row is rendered once on the way down,
// and the user's scroll position is put back.
import { describe, expect, it } from 'vitest'
import { scanFolder } from '../../src/content/list/folder-scan.ts'

const ROW = 72
const VIEW = 600

function virtualList(rows: number, scrollTop: number) {
  const list = { scrollTop, clientHeight: VIEW, scrollHeight: rows * ROW }
  const renderedIds = () => {
    // A list shows only the rows in view (as Outlook's, docs/webmail-pages.md 4.2).
    const top = Math.max(0, Math.min(list.scrollTop, list.scrollHeight - VIEW))
    list.scrollTop = top
    const first = Math.floor(top / ROW)
    const last = Math.min(rows - 1, Math.floor((top + VIEW) / ROW))
    return Array.from({ length: last - first + 1 }, (_, i) => `row-${first + i}`)
  }
  return { list: list as unknown as HTMLElement, renderedIds }
}

describe('scan this folder', () => {
  it('renders every row of a 1,000-row list once and restores the scroll position', async () => {
    const { list, renderedIds } = virtualList(1_000, 1_234)
    const result = await scanFolder({ list, renderedIds, wait: async () => {} })
    expect(result.rows).toBe(1_000)
    expect(list.scrollTop).toBe(1_234)
  })

  it('waits for a list that draws a new position late, and skips no row', async () => {
    // A tab drawn seldom (behind another window) renders its new rows several polls after the
    // scroll: the scan must read the rows of every position, not the previous position's again.
    const { list, renderedIds } = virtualList(500, 0)
    let drawnAt = 0
    let polls = 0
    const lagging = () => {
      if (polls % 5 === 0) drawnAt = list.scrollTop
      const real = list.scrollTop
      list.scrollTop = drawnAt
      const ids = renderedIds()
      list.scrollTop = real
      return ids
    }
    const result = await scanFolder({
      list,
      renderedIds: lagging,
      wait: async () => {
        polls++
      },
    })
    expect(result.rows).toBe(500)
    expect(polls).toBeGreaterThan(4 * 50) // it waited at each of the ~50 positions
  })

  it('does nothing without a list, and stops when cancelled', async () => {
    expect(await scanFolder({ list: null, renderedIds: () => [] })).toEqual({ rows: 0 })
    const { list, renderedIds } = virtualList(1_000, 0)
    const controller = new AbortController()
    let waits = 0
    const result = await scanFolder({
      list,
      renderedIds,
      signal: controller.signal,
      wait: async () => {
        if (++waits === 3) controller.abort()
      },
    })
    expect(result.rows).toBeLessThan(100)
    expect(list.scrollTop).toBe(0)
  })
})
