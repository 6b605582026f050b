// "Scan this folder": walk the virtualised list once so every row is rendered (the runner reads
// rows as they appear), counting the distinct rows seen; the user's position is put back.
import { walkList, type ListWalk } from './list-walk.ts'

export type FolderScanDeps = ListWalk

/** Scrolls through the list; resolves with how many distinct rows were rendered on the way. */
export async function scanFolder(deps: FolderScanDeps): Promise<{ rows: number }> {
  const seen = new Set(deps.renderedIds())
  const walked = await walkList(deps, (ids) => {
    for (const id of ids) seen.add(id)
    return false
  })
  return { rows: walked ? seen.size : 0 }
}
