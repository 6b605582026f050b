// What the page and the console get when a row or list cannot be read: a non-blocking notice,
// and for whoever maintains the selectors the missing selector and the row's structure with every
// text and attribute value blanked (dom/selector-error.ts censoredStructure): never mail content.
import type { SelectorError } from '../dom/selector-error.ts'
import { showNotice } from '../ui/notice.ts'
import type { Translate } from '../ui/texts.ts'

export function reportUnreadable(doc: Document, texts: Translate, error: SelectorError): void {
  console.warn(`Relay Shield: ${error.message}\n${error.structure}`)
  showNotice(doc, 'unreadable', texts('pageUnreadable'), [
    { label: texts('dismiss'), run: () => {} },
  ])
}
