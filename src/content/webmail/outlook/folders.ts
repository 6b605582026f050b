// Working in another Outlook folder for a moment: undoing a move finds the mails in the folder the
// move put them in (Archive, Junk Email, Deleted Items). The folder is opened from the folder pane
// by its well-known name (docs/webmail-pages.md 4.1, `data-folder-name`), and the folder the user
// was in is opened again afterwards, whatever happened meanwhile, at the user's scroll position.
import { pressLikeUser } from '../../dom/events.ts'
import { DeadlineError, waitFor } from '../../dom/wait.ts'
import { relisted, renderedKey } from './relisted.ts'
import { outlookFolder, OUTLOOK_SELECTORS as S } from './selectors.ts'

const OPEN_DEADLINE_MS = 5_000
/** How long the folder may take to list one of the mails before the list is walked for them. */
const LIST_DEADLINE_MS = 3_000

export interface FolderRows {
  rows: (doc: Document) => Map<string, Element>
  /** The list's scroll box, whose position in the user's folder is put back on return. */
  list?: (doc: Document) => HTMLElement | null
}

/** Runs `work` with `folder` open; null when the folder pane does not offer it. */
export async function inOutlookFolder<T>(
  doc: Document,
  folder: string,
  wanted: readonly string[],
  finder: FolderRows,
  work: () => Promise<T>,
): Promise<T | null> {
  const back = doc.querySelector(S.currentFolder)?.getAttribute('data-folder-name') ?? 'inbox'
  const scroll = finder.list?.(doc)?.scrollTop ?? 0
  if (!(await openFolder(doc, folder))) return null
  try {
    await waitFor(
      doc,
      () => wanted.some((id) => finder.rows(doc).has(id)),
      LIST_DEADLINE_MS,
      'folder lists a mail',
    ).catch(ignoreDeadline)
    return await work()
  } finally {
    if (back !== folder) await openAgain(doc, back, finder, scroll)
  }
}

/**
 * Opens the user's folder again and, once it lists its rows, scrolls its list back to where the
 * user left it (the folder opens at its top).
 */
async function openAgain(
  doc: Document,
  name: string,
  finder: FolderRows,
  scroll: number,
): Promise<void> {
  const before = renderedKey(doc)
  if (!(await openFolder(doc, name)) || scroll === 0) return
  await relisted(doc, before, LIST_DEADLINE_MS, `folder ${name} listed`)
  const list = finder.list?.(doc)
  if (list) list.scrollTop = scroll
}

/** Presses the folder in the folder pane and waits until it is the one shown. */
async function openFolder(doc: Document, name: string): Promise<boolean> {
  const item = doc.querySelector(outlookFolder(name))
  if (!item) return false
  if (item.getAttribute('aria-selected') === 'true') return true
  pressLikeUser(item)
  try {
    await waitFor(
      doc,
      () => doc.querySelector(outlookFolder(name))?.getAttribute('aria-selected') === 'true',
      OPEN_DEADLINE_MS,
      `folder ${name} open`,
    )
    return true
  } catch (error) {
    ignoreDeadline(error)
    return false
  }
}

function ignoreDeadline(error: unknown): void {
  if (!(error instanceof DeadlineError)) throw error
}
