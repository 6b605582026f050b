// Invented stems (none is meant to be a real business), trades in each language and the usual
// top-level domains of each language's market.
import type { Lang } from '../types.ts'

export const STEMS = [
  'Vantric',
  'Oldreth',
  'Pemberhay',
  'Zolquin',
  'Quorstell',
  'Kelvaro',
  'Ummerton',
  'Trivelle',
  'Ysmara',
  'Calderune',
  'Norvix',
  'Halmbrek',
  'Quenlo',
  'Drasmoor',
  'Fennick',
  'Ibberly',
  'Joskar',
  'Lunwell',
  'Marrowgate',
  'Rendlow',
  'Sabrevo',
  'Tamsquill',
  'Ulvaro',
  'Wyndral',
  'Dunmerrow',
  'Gostrel',
  'Epperwick',
  'Corvaine',
  'Abbotrim',
  'Plimsar',
] as const

export const TRADES: Record<Lang, readonly string[]> = {
  en: ['Outfitters', 'Dental', 'Lettings', 'Brewing', 'Insurance', 'Cycles', 'Tutors', 'Freight'],
  de: ['Reisen', 'Möbel', 'Versicherung', 'Optik', 'Bau', 'Sport', 'Elektro', 'Gartenbau'],
  fr: ['Voyages', 'Mutuelle', 'Immobilier', 'Librairie', 'Énergie', 'Optique', 'Cuisines', 'Auto'],
  es: ['Viajes', 'Seguros', 'Muebles', 'Academia', 'Clínica', 'Ferretería', 'Energía', 'Moda'],
  pt: ['Viagens', 'Seguros', 'Imóveis', 'Farmácia', 'Calçado', 'Energia', 'Ótica', 'Papelaria'],
  it: ['Viaggi', 'Assicurazioni', 'Arredamenti', 'Ottica', 'Energia', 'Editore', 'Moto', 'Cantine'],
  nl: [
    'Reizen',
    'Verzekeringen',
    'Wonen',
    'Fietsen',
    'Energie',
    'Tandartsen',
    'Keukens',
    'Makelaars',
  ],
}

export const TLDS: Record<Lang, readonly string[]> = {
  en: ['co.uk', 'com', 'ie', 'com.au'],
  de: ['de', 'at', 'ch'],
  fr: ['fr', 'be', 'ca'],
  es: ['es', 'com.mx', 'com.ar'],
  pt: ['pt', 'com.br'],
  it: ['it', 'ch'],
  nl: ['nl', 'be'],
}
