// Where a wave's mails are, for the popup: counted per folder and, in Outlook's inbox, per view of
// the Focused Inbox ("Inbox · Focused 120 · Other 180 · Junk Email 3"). A mail's place is where a
// list last showed it, or where a cleanup of Relay Shield moved it.
import type { PageAction } from '../actions.ts'
import { PLACE_FOLDERS, type InboxView, type MailPlace, type PlaceFolder } from '../types.ts'

export interface PlaceCount {
  /** null: no list showed the mail yet (read from an opened message, or stored before places). */
  folder: PlaceFolder | null
  /** The inbox view, for the inbox only; null when the inbox was not split. */
  view: InboxView | null
  mails: number
}

/** Counts per place: the inbox first (Focused, Other, unsplit), then folders, unknown last. */
export function countPlaces(places: readonly (MailPlace | null | undefined)[]): PlaceCount[] {
  const counts = new Map<string, PlaceCount>()
  for (const place of places) {
    const folder = place?.folder ?? null
    const view = folder === 'inbox' ? (place?.view ?? null) : null
    const key = `${folder}/${view}`
    const count = counts.get(key) ?? { folder, view, mails: 0 }
    count.mails++
    counts.set(key, count)
  }
  return [...counts.values()].sort((a, b) => rank(a) - rank(b))
}

function rank({ folder, view }: PlaceCount): number {
  if (folder === null) return 100
  return PLACE_FOLDERS.indexOf(folder) * 3 + (view === 'focused' ? 0 : view === 'other' ? 1 : 2)
}

/** The folder an Outlook action moves its mails to; null for actions that move nothing. */
export function folderAfter(action: PageAction): PlaceFolder | null {
  return FOLDER_AFTER[action] ?? null
}

const FOLDER_AFTER: Partial<Record<PageAction, PlaceFolder>> = {
  archive: 'archive',
  spam: 'junkemail',
  delete: 'deleteditems',
  unarchive: 'inbox',
  unspam: 'inbox',
  undelete: 'inbox',
}
