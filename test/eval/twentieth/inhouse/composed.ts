// Composed in-house wordings: a company's own mail put together from the blocks written for this
// set (subject, greeting, what happened, next step, closing, small print), sometimes with the
// reference moved into the subject or an emoji in front of it.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { CLOSINGS, FOOTERS, GREETINGS } from './blocks-common.ts'
import { BLOCKS } from './blocks-family.ts'
import type { Family, Wording } from './types.ts'

const EMOJI: Record<Family, readonly string[]> = {
  helpdesk: ['✅', '📩', '🎫'],
  verification: ['✅', '👋', '📧'],
  subscription: ['💌', '📰', '🔔'],
  reset: ['🔐', '🔑', '⚠️'],
}

/** Index of the subject, and of the sentence, that speak of a code (verification, reset). */
const CODE_SUBJECT: Partial<Record<Family, number>> = { verification: 2, reset: 1 }
const CODE_CORE: Partial<Record<Family, number>> = { reset: 1 }

/** German and Italian go on in lower case after "Hallo Jonas,"; the others start a sentence. */
function opening(lang: Lang, greeting: string, core: string): string {
  const lower = (lang === 'de' || lang === 'it') && greeting.endsWith(',')
  return lower ? core : core.charAt(0).toUpperCase() + core.slice(1)
}

function indexes(count: number, keep: (i: number) => boolean): number[] {
  return Array.from({ length: count }, (_, i) => i).filter(keep)
}

export function compose(rng: Random, family: Family, lang: Lang): Wording {
  const blocks = BLOCKS[family][lang]
  const codeSubject = CODE_SUBJECT[family]
  const codeCore = CODE_CORE[family]
  const code = codeSubject !== undefined && rng.chance(0.35)
  const subjectAt = code
    ? codeSubject!
    : rng.pick(indexes(blocks.subjects.length, (i) => i !== codeSubject))
  const coreAt = rng.pick(
    indexes(blocks.cores.length, (i) => codeCore === undefined || (i === codeCore) === code),
  )
  const next = rng.pick(blocks.nexts.filter((n) => n.includes('{code}') === code))
  let subject = blocks.subjects[subjectAt]!
  if (family === 'helpdesk' && rng.chance(0.3))
    subject = rng.chance(0.5) ? `[#{ticket}] ${subject}` : `${subject} – {ticket}`
  if (code && rng.chance(0.3)) subject = `{code} – ${subject}`
  if (rng.chance(0.15)) subject = `${rng.pick(EMOJI[family])} ${subject}`
  const greeting = rng.pick(GREETINGS[lang])
  const lines = [greeting, '', `${opening(lang, greeting, blocks.cores[coreAt]!)} ${next}`]
  if (family === 'helpdesk' && rng.chance(0.3)) lines.push('', '> {message}')
  lines.push('', rng.pick(CLOSINGS[lang]))
  const footer = rng.pick(FOOTERS[lang])
  if (footer) lines.push('', footer)
  return { subject, body: lines.join('\n') }
}
