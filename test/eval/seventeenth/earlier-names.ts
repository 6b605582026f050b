// The company names of the sixteen earlier sets, read through each set's own companies module
// (whatever it exports: every company of a language, its stems, or a picker asked for all), so
// the unit test can check that no stem of this set repeats one of them.
import { seeded } from '../prng.ts'
import { LANGUAGES, type Lang } from '../types.ts'
import * as fresh from '../fresh/companies.ts'
import * as third from '../third/companies.ts'
import * as fourth from '../fourth/companies.ts'
import * as fifth from '../fifth/companies.ts'
import * as sixth from '../sixth/companies.ts'
import * as seventh from '../seventh/companies.ts'
import * as eighth from '../eighth/companies.ts'
import * as ninth from '../ninth/companies.ts'
import * as tenth from '../tenth/companies.ts'
import * as eleventh from '../eleventh/companies.ts'
import * as twelfth from '../twelfth/companies.ts'
import * as thirteenth from '../thirteenth/companies.ts'
import * as fourteenth from '../fourteenth/companies.ts'
import * as fifteenth from '../fifteenth/companies.ts'
import * as sixteenth from '../sixteenth/companies.ts'

type Module = Record<string, unknown>
type Named = { name: string }

function namesOf(module: Module): string[] {
  const names: string[] = []
  const stems = module['STEMS']
  if (Array.isArray(stems)) names.push(...(stems as string[]))
  const all = module['allCompanies']
  for (const lang of LANGUAGES) {
    try {
      if (typeof all === 'function') names.push(...(all(lang) as Named[]).map((c) => c.name))
    } catch {
      // a set without this language
    }
  }
  const picker = module['companies']
  if (typeof picker === 'function')
    for (const lang of LANGUAGES)
      names.push(
        ...(picker(seeded(1), lang as Lang, 100_000, new Set()) as Named[]).map((c) => c.name),
      )
  return names
}

export const EARLIER_COMPANY_MODULES: readonly Module[] = [
  fresh,
  third,
  fourth,
  fifth,
  sixth,
  seventh,
  eighth,
  ninth,
  tenth,
  eleventh,
  twelfth,
  thirteenth,
  fourteenth,
  fifteenth,
  sixteenth,
]

/** Every earlier company name or stem, one entry per set (empty when a module exposes none). */
export function earlierNames(): string[][] {
  return EARLIER_COMPANY_MODULES.map(namesOf)
}
