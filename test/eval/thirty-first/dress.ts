// Webmail rows as a reader sees them: about a third of all mail gets a body (and so a snippet)
// that begins with a preheader, an image's alt text, "View in browser", a logo name or a menu line.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const VIEW: Record<Lang, string> = {
  en: 'View in browser',
  de: 'Im Browser ansehen',
  fr: 'Voir dans le navigateur',
  es: 'Ver en el navegador',
  pt: 'Ver no navegador',
  it: 'Visualizza nel browser',
  nl: 'Bekijk in je browser',
}
const MENU: Record<Lang, string> = {
  en: 'Shop | Account | Help',
  de: 'Shop | Mein Konto | Hilfe',
  fr: 'Boutique | Mon compte | Aide',
  es: 'Tienda | Mi cuenta | Ayuda',
  pt: 'Loja | Minha conta | Ajuda',
  it: 'Negozio | Il mio account | Aiuto',
  nl: 'Winkel | Mijn account | Hulp',
}
const ALT: Record<Lang, string> = {
  en: '[image: header banner]',
  de: '[Bild: Kopfzeile]',
  fr: '[image : bannière]',
  es: '[imagen: cabecera]',
  pt: '[imagem: banner]',
  it: '[immagine: intestazione]',
  nl: '[afbeelding: banner]',
}

export function dress(rng: Random, body: string, brand: string, lang: Lang, share = 0.42): string {
  if (!rng.chance(share)) return body
  const first = body.split('\n')[0]!.slice(0, 70)
  const lead = rng.pick([
    `${first} ‌ ‌ ‌`,
    ALT[lang],
    VIEW[lang],
    `${brand} logo`,
    MENU[lang],
    `[${brand}]`,
  ])
  return `${lead}\n${body}`
}
