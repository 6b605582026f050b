// Composed in-house wordings: a company's own text assembled from its language's bank (subject,
// greeting, what was received, what happens next, the reference / link / code line, sign-off,
// footer) in one of several layouts. Each company of a wave gets a combination no other company
// of that wave has (checked by the key).
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import type { Ctx, Family, Wording } from '../wording.ts'
import type { Bank, Frag } from './bank.ts'
import { DE } from './bank-de.ts'
import { EN } from './bank-en.ts'
import { ES } from './bank-es.ts'
import { FR } from './bank-fr.ts'
import { IT } from './bank-it.ts'
import { NL } from './bank-nl.ts'
import { PT } from './bank-pt.ts'

export const BANKS: Record<Lang, Bank> = { en: EN, de: DE, fr: FR, es: ES, pt: PT, it: IT, nl: NL }

const LAYOUTS = ['ack-first', 'next-first', 'one-line', 'action-first'] as const
const EMOJI = ['', '', '', '✅ ', '📩 ', '🔐 ', '✉️ ']
const SUBJECT_REF = ['none', 'none', 'suffix', 'prefix'] as const

function sentence(text: string, capital: boolean): string {
  return capital && text ? text[0]!.toUpperCase() + text.slice(1) : text
}

function pickIndex<T>(rng: Random, list: readonly T[]): number {
  return rng.int(0, list.length - 1)
}

export interface Composed {
  key: string
  w: Wording
}

export function compose(rng: Random, family: Family, lang: Lang): Composed {
  const bank = BANKS[lang]
  const fb = bank.family[family]
  const idx = {
    s: pickIndex(rng, fb.subject),
    g: pickIndex(rng, bank.greet),
    c: pickIndex(rng, fb.core),
    n: pickIndex(rng, fb.next),
    a: pickIndex(rng, fb.action),
    o: pickIndex(rng, bank.signoff),
    f: pickIndex(rng, bank.footer),
    l: pickIndex(rng, LAYOUTS),
    e: pickIndex(rng, EMOJI),
    r: pickIndex(rng, SUBJECT_REF),
  }
  const key = `${family}/${lang}/${Object.values(idx).join('.')}`
  const at = (list: readonly Frag[], i: number) => list[i]!
  const w: Wording = (c: Ctx) => {
    const greet = at(bank.greet, idx.g)(c)
    const core = sentence(at(fb.core, idx.c)(c), !greet.endsWith(','))
    const next = at(fb.next, idx.n)(c)
    const action = at(fb.action, idx.a)(c)
    const layout = LAYOUTS[idx.l]!
    const blocks =
      layout === 'one-line'
        ? [`${sentence(core, true)} ${action}`]
        : layout === 'action-first'
          ? [action, greet, core, next]
          : layout === 'next-first'
            ? [greet, core, next, action]
            : [greet, core, action, next]
    blocks.push(at(bank.signoff, idx.o)(c), at(bank.footer, idx.f)(c))
    const ref = SUBJECT_REF[idx.r]!
    const base = at(fb.subject, idx.s)(c)
    const tag = family === 'helpdesk' ? `#${c.ref}` : ''
    const subject =
      EMOJI[idx.e]! +
      (ref === 'suffix' && tag
        ? `${base} (${tag})`
        : ref === 'prefix' && tag
          ? `[${tag}] ${base}`
          : base)
    return { subject, body: blocks.filter((b) => b !== '').join('\n\n') }
  }
  return { key, w }
}
