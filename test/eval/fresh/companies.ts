// Made-up companies, per language: a stem and a trade, a domain under the language's usual
// top-level domains. None of them is meant to be a real business.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

const STEMS: Record<Lang, readonly string[]> = {
  en: [
    'Ashgrove',
    'Kestrel',
    'Marlow',
    'Quillby',
    'Thornbury',
    'Wrenfield',
    'Halcyon',
    'Birchmere',
    'Juniper Row',
    'Calloway',
    'Foxhollow',
    'Merriweather',
  ],
  de: [
    'Tannenglück',
    'Falkenried',
    'Sommerau',
    'Kieselbach',
    'Rosenthaler',
    'Wiesengrund',
    'Hirschberg',
    'Birkenweg',
    'Quellwerk',
    'Ostwind',
    'Grünspecht',
    'Lerchenfeld',
  ],
  fr: [
    'Blanchemer',
    'Côteaux',
    'Valbrune',
    'Mirabelle',
    'Fontclaire',
    'Haut-Rivage',
    'Pierrefeu',
    'Lisière',
    'Bruyère',
    'Saint-Aubrac',
    'Ormeaux',
    'Clairefontaine',
  ],
  es: [
    'Sierrablanca',
    'Costaluz',
    'Robledal',
    'Encinar',
    'Aguamarina',
    'Valdemora',
    'Puertosol',
    'Trigal',
    'Lomaverde',
    'Nogaleda',
    'Cañaveral',
    'Rocalba',
  ],
  pt: [
    'Serra Azul',
    'Mangueiral',
    'Ventania',
    'Aroeira',
    'Cais Novo',
    'Jatobá',
    'Brisa Sul',
    'Quintal Verde',
    'Recanto',
    'Marés',
    'Buriti',
    'Sabiá',
  ],
  it: [
    'Borgoverde',
    'Ca’ Nova',
    'Fontebella',
    'Querceto',
    'Valdoro',
    'Lucciola',
    'Rivalta',
    'Sassofino',
    'Miralago',
    'Pratolino',
    'Colleverde',
    'Albaria',
  ],
  nl: [
    'Kievitsweide',
    'Meerzicht',
    'Duinroos',
    'Vlietland',
    'Beekdal',
    'Ooievaar',
    'Wilgenhof',
    'Klaverblad',
    'Zeester',
    'Havenlicht',
    'Korenbloem',
    'Veenhof',
  ],
}

const TRADES: Record<Lang, readonly string[]> = {
  en: [
    'Logistics',
    'Dental',
    'Coffee Roasters',
    'Analytics',
    'Mortgages',
    'Cinema',
    'Pet Supplies',
    'Software',
    'Florists',
    'Solar',
    'Tutoring',
    'Printing',
  ],
  de: [
    'Druckerei',
    'Steuerberatung',
    'Zahnarztpraxis',
    'Kaffeerösterei',
    'Solartechnik',
    'Tierbedarf',
    'Fahrschule',
    'Immobilien',
    'Küchenstudio',
    'Autohaus',
    'Hörakustik',
    'Software',
  ],
  fr: [
    'Imprimerie',
    'Cabinet Dentaire',
    'Torréfaction',
    'Animalerie',
    'Auto-École',
    'Solaire',
    'Informatique',
    'Traiteur',
    'Literie',
    'Garage',
    'Fromagerie',
    'Conseil',
  ],
  es: [
    'Imprenta',
    'Clínica Dental',
    'Cafetería',
    'Mascotas',
    'Autoescuela',
    'Solar',
    'Informática',
    'Catering',
    'Colchones',
    'Taller',
    'Asesoría',
    'Ferretería',
  ],
  pt: [
    'Gráfica',
    'Odontologia',
    'Cafés',
    'Pet Shop',
    'Autoescola',
    'Solar',
    'Informática',
    'Buffet',
    'Colchões',
    'Oficina',
    'Contabilidade',
    'Papelaria',
  ],
  it: [
    'Tipografia',
    'Studio Dentistico',
    'Torrefazione',
    'Animali',
    'Autoscuola',
    'Solare',
    'Informatica',
    'Catering',
    'Materassi',
    'Officina',
    'Consulenze',
    'Ferramenta',
  ],
  nl: [
    'Drukkerij',
    'Tandartspraktijk',
    'Koffiebranderij',
    'Dierenspeciaalzaak',
    'Rijschool',
    'Zonnepanelen',
    'ICT',
    'Catering',
    'Beddenspecialist',
    'Garage',
    'Administratie',
    'Bloemist',
  ],
}

const TLDS: Record<Lang, readonly string[]> = {
  en: ['com', 'co.uk', 'io', 'net', 'com.au'],
  de: ['de', 'at', 'ch', 'de'],
  fr: ['fr', 'be', 'fr'],
  es: ['es', 'com.mx', 'es'],
  pt: ['com.br', 'pt', 'com.br'],
  it: ['it', 'it', 'com'],
  nl: ['nl', 'be', 'nl'],
}

/** How "Support" reads in a sender name. */
export const SUPPORT: Record<Lang, string> = {
  en: 'Support',
  de: 'Kundenservice',
  fr: 'Service client',
  es: 'Atención al cliente',
  pt: 'Atendimento',
  it: 'Assistenza clienti',
  nl: 'Klantenservice',
}

export interface Company {
  name: string
  slug: string
  domain: string
  lang: Lang
}

export function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '')
}

/** `count` distinct companies of the language (at most stems × trades). */
export function companies(rng: Random, lang: Lang, count: number, taken: Set<string>): Company[] {
  const all = STEMS[lang].flatMap((stem) => TRADES[lang].map((trade) => `${stem} ${trade}`))
  const out: Company[] = []
  for (const name of rng.shuffle(all)) {
    if (out.length >= count) break
    if (taken.has(name)) continue
    taken.add(name)
    const slug = slugOf(name)
    out.push({ name, slug, domain: `${slug}.${rng.pick(TLDS[lang])}`, lang })
  }
  return out
}
