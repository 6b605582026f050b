// "Scan this folder": walk the virtualised list once so every row is rendered (the runner reads
// rows as they appear), counting the distinct rows seen; the user's position is put back.
import { walkList, type ListWalk } from './list-walk.ts'

export type FolderScanDeps = ListWalk

/**
 * Scrolls through the list; resolves with how many distinct rows were rendered on the way. `seen`
 * carries the rows of views already scanned (Outlook's Focused and Other), so none counts twice.
 */
export async function scanFolder(
  deps: FolderScanDeps,
  seen: Set<string> = new Set(),
): Promise<{ rows: number }> {
  for (const id of deps.renderedIds()) seen.add(id)
  const walked = await walkList(deps, (ids) => {
    for (const id of ids) seen.add(id)
    return false
  })
  return { rows: walked ? seen.size : 0 }
}
