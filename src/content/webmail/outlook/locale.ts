// Every UI text Relay Shield matches on an Outlook page, per UI language, in one place: the row's
// unread status words, the count of selected conversations, the Focused Inbox tabs' names, and the
// accessible names of the ribbon controls Relay Shield presses. Ribbon controls are
// found by role and name inside the "Ribbon" region (docs/webmail-pages.md 4.4) when no
// language-independent `data-unique-id` (4.5, RIBBON_IDS below) is known for the control. English
// names as the outlook-web-skill live capture and Microsoft's support pages write them; German as
// Outlook's German interface labels them. Both are unverified against a live page
// (docs/webmail-pages.md 7, open questions 4 and 8). "Report" is never pressed: reporting as junk
// also blocks the sender (UConn KB in docs/webmail-pages.md 4.4), and the sender here is an abused
// company's real support address.

import type { InboxView } from '../../../core/types.ts'

export interface RibbonNames {
  archive: string
  delete: string
  moveTo: string
  /** The Junk Email folder in the Move to menu. */
  junkFolder: string
  /** The Inbox in the Move to menu, where an undo moves mails back to. */
  inboxFolder: string
  categorize: string
  newCategory: string
  save: string
}

export const RIBBON_NAMES: readonly RibbonNames[] = [
  {
    archive: 'Archive',
    delete: 'Delete',
    moveTo: 'Move to',
    junkFolder: 'Junk Email',
    inboxFolder: 'Inbox',
    categorize: 'Categorize',
    newCategory: 'New category',
    save: 'Save',
  },
  {
    archive: 'Archivieren',
    delete: 'Löschen',
    moveTo: 'Verschieben nach',
    junkFolder: 'Junk-E-Mail',
    inboxFolder: 'Posteingang',
    categorize: 'Kategorisieren',
    newCategory: 'Neue Kategorie',
    save: 'Speichern',
  },
]

/**
 * Language-independent ids of ribbon buttons, identical in five real outlook.live.com captures
 * and a German outlook.office.com mock (docs/webmail-pages.md 4.5, `data-unique-id`): tried before names.
 */
export const RIBBON_IDS: Partial<Record<keyof RibbonNames, string>> = {
  delete: 'Ribbon-519',
  archive: 'Ribbon-505',
  moveTo: 'Ribbon-540',
}

/** Names the control may have in any known language. */
export function namesFor(control: keyof RibbonNames): string[] {
  return RIBBON_NAMES.map((names) => names[control])
}

/**
 * Whether an accessible name is `wanted`: equal, or followed by a shortcut hint such as
 * "Delete (Del)". Never a substring anywhere else: "Delete all" is another command.
 */
export function nameMatches(name: string, wanted: readonly string[]): boolean {
  const clean = name.replace(/\s+/gu, ' ').trim().toLocaleLowerCase()
  return wanted.some((candidate) => {
    const want = candidate.toLocaleLowerCase()
    return clean === want || clean.startsWith(`${want} (`)
  })
}

/**
 * Leading status words of a row's accessible name meaning "unread", per UI language. Matched only
 * at the start of the name, never as a substring: the name also holds subject and preview
 * (monet's warning in docs/webmail-pages.md 4.2).
 */
export const UNREAD_PREFIXES: readonly string[] = [
  'Unread', // en
  'Ungelesen', // de
  'Non lu', // fr
  'No leído', // es
  'Não lida', // pt
  'Da leggere', // it
  'Ongelezen', // nl
]

/** While several conversations are selected, the focused row's name ends with this (its total). */
export const SELECTED_TOTAL =
  /(\d+) (?:conversations?|messages?|items?|Unterhaltungen|Nachrichten|Elemente) (?:selected|ausgewählt)\s*$/iu

/** The tabs' names per UI language; order (Focused first) decides where a name is unknown. */
export const VIEW_NAMES: Record<InboxView, readonly string[]> = {
  focused: ['Focused', 'Relevant'],
  other: ['Other', 'Sonstige'],
}
