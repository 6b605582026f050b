// The register of a building block (familiar du/tu/tú/tu/je, polite Sie/vous/usted/o senhor/Lei/
// u, or neither), read from its pronouns and verb forms, so one company's composed mail does not
// switch between the two. English has no such register.
import type { Lang } from '../../types.ts'

export type Register = 'familiar' | 'polite'

/** Any of the words as a whole word (letters of every script count, unlike \b), by default in any case; `prefix` as is. */
function words(list: string[], prefix = '', flags = 'iu'): RegExp {
  const alternatives = `(?<!\\p{L})(?:${list.join('|')})(?!\\p{L})`
  return new RegExp(prefix ? `${alternatives}|(?<!\\p{L})${prefix}` : alternatives, flags)
}

const FAMILIAR: Partial<Record<Lang, RegExp>> = {
  de: words(
    [
      'du',
      'dich',
      'dir',
      'dein[a-z]*',
      'bleibst',
      'gibst',
      'schickst',
      'wolltest',
      'Bestätige',
      'Gib',
      'Du',
      'Dein[a-z]*',
    ],
    '',
    'u',
  ),
  fr: words(['tu', 'te', 'ton', 'ta', 'tes', 'toi', 'Clique', 'Saisis', 'Confirme'], "t'"),
  es: words([
    'tu',
    'tus',
    'te',
    'ti',
    'Pulsa',
    'Confirma',
    'Introduce',
    'Has',
    'quedarás',
    'quieres',
    'Gracias por registrarte',
  ]),
  pt: words(['você', 'tua', 'teu', 'Clica', 'Confirma', 'Pediste', 'Vamos te', 'Valeu']),
  it: words([
    'tu',
    'ti',
    'tuo',
    'tua',
    'Clicca',
    'Inserisci',
    'Conferma',
    'Hai',
    'risulterai',
    'iscriverti',
    'registrato',
  ]),
  nl: words(['je', 'jij', 'jouw', 'Bevestig je', 'Kies', 'Voer', 'word', 'wilde', 'Leuk']),
}

const POLITE: Partial<Record<Lang, RegExp>> = {
  de: words(['Sie', 'Ihr[a-z]*', 'Ihnen'], '', 'u'),
  fr: words(['vous', 'votre', 'vos', 'Confirmez', 'Choisissez', 'Ouvrez']),
  es: words(['usted', 'su', 'sus', 'le', 'Confirme', 'Elija', 'Abra', 'Le']),
  pt: words(['o seu', 'a sua', 'Confirme', 'Escolha', 'Abra', 'Obrigado por se', 'próprio']),
  it: words(['lei', 'suo', 'sua', 'Confermi', 'Scelga', 'Apra', 'Vuole']),
  nl: words(['u', 'uw', 'Geachte']),
}

export function registerOf(text: string, lang: Lang): Register | null {
  if (FAMILIAR[lang]?.test(text)) return 'familiar'
  if (POLITE[lang]?.test(text)) return 'polite'
  return null
}

/** The alternatives that fit the register (all of them when none fits). */
export function fitting(alternatives: string[], lang: Lang, register: Register): string[] {
  const fit = alternatives.filter((a) => {
    const r = registerOf(a, lang)
    return r === null || r === register
  })
  return fit.length > 0 ? fit : alternatives
}
