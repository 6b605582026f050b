// Where the list shown now is: the folder open in the folder pane, by its well-known name
// (docs/webmail-pages.md 4.1 and 4.5: lowercase, "junk email" with a space in the captures,
// "junkemail" in Osso's addresses), and in the inbox the Focused Inbox's view (4.6). A folder of
// the user's own is only "folder": its name is the user's text and is not kept.
import { PLACE_FOLDERS, type MailPlace, type PlaceFolder } from '../../../core/types.ts'
import { currentView } from './inbox-views.ts'
import { outlookControls } from './scope.ts'
import { OUTLOOK_SELECTORS as S } from './selectors.ts'

export function outlookPlace(doc: Document): MailPlace | null {
  const name = outlookControls(doc, S.currentFolder)[0]?.getAttribute('data-folder-name')
  if (!name) return null
  const folder = placeFolder(name)
  return { folder, view: folder === 'inbox' ? currentView(doc) : null }
}

export function placeFolder(name: string): PlaceFolder {
  const folded = name.toLowerCase().replace(/\s+/gu, '')
  return PLACE_FOLDERS.find((known) => known === folded) ?? 'folder'
}
