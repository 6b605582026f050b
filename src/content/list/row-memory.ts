// The element each message id was last seen in, to mark a row as soon as its verdict arrives (or
// changes) without walking the whole list again. Webmail lists recycle row elements, so an
// element is checked (still in the page, still showing that id) before it is used.

/** Ids whose element is remembered before disconnected ones are forgotten. */
export const MAX_REMEMBERED_ROWS = 20_000

export interface RowMemory {
  remember: (id: string, element: Element) => void
  /** The element last seen showing `id`, if it still does. */
  showing: (id: string) => Element | 'moved' | undefined
}

export function createRowMemory(rowId: (element: Element) => string | null): RowMemory {
  const shownIn = new Map<string, Element>()
  return {
    remember(id, element) {
      shownIn.set(id, element)
      if (shownIn.size <= MAX_REMEMBERED_ROWS) return
      for (const [known, shown] of shownIn) if (!shown.isConnected) shownIn.delete(known)
    },
    showing(id) {
      const element = shownIn.get(id)
      if (!element) return undefined
      return element.isConnected && rowId(element) === id ? element : 'moved'
    },
  }
}
