// Values the look-alike texts are filled with: names, places, devices, amounts, and what the
// person wrote to a company before an automatic reply or a ticket reply came back.
import type { Random } from '../prng.ts'
import type { Lang } from '../types.ts'

export const NAMES: Record<Lang, readonly string[]> = {
  en: ['Aisha Khan', 'Rory Dunmore', 'Bethan Lloyd', 'Tom Achebe'],
  de: ['Mareike Sonntag', 'Deniz Yılmaz', 'Ulf Petersen', 'Clara Wendt'],
  fr: ['Inès Moreau', 'Bastien Leroy', 'Manon Petit', 'Karim Haddad'],
  es: ['Nuria Campos', 'Javier Ortega', 'Alba Serrano', 'Diego Prieto'],
  pt: ['Tiago Correia', 'Mariana Lopes', 'Luana Ferraz', 'Duarte Reis'],
  it: ['Elena Conti', 'Davide Riva', 'Francesca Gatti', 'Lorenzo Greco'],
  nl: ['Lotte Smit', 'Bram de Haan', 'Fenna Mulder', 'Thijs Kok'],
}

export const PLACES: Record<Lang, readonly string[]> = {
  en: ['Tesco Express Leeds', 'Pret A Manger', 'the InPost locker on Mill Road'],
  de: ['REWE Köln-Ehrenfeld', 'DB Reisezentrum', 'Packstation 142'],
  fr: ['Monoprix Bastille', 'SNCF Connect', 'Relais Colis Tabac du Centre'],
  es: ['Mercadona Ruzafa', 'Renfe', 'Punto Pack Calle Mayor'],
  pt: ['Continente Colombo', 'Posto Ipiranga', 'Cacifo CTT Saldanha'],
  it: ['Esselunga Lodi', 'Trenitalia', 'Punto Poste Via Roma'],
  nl: ['Albert Heijn Zuid', 'NS', 'PostNL-punt Primera'],
}

export const DEVICES = [
  'Firefox on Windows',
  'Safari on iPhone',
  'Chrome on a Pixel 8',
  'the app on an iPad',
  'Edge on Windows 11',
]

export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Question about my order 51882',
    'Invoice address correction',
    'Meeting next week?',
    'Broken zip on the backpack',
  ],
  de: [
    'Frage zu meiner Bestellung 51882',
    'Rechnungsadresse ändern',
    'Termin nächste Woche?',
    'Reißverschluss am Rucksack defekt',
  ],
  fr: [
    'Question sur ma commande 51882',
    'Correction de l’adresse de facturation',
    'Réunion la semaine prochaine ?',
    'Fermeture du sac cassée',
  ],
  es: [
    'Duda sobre mi pedido 51882',
    'Corregir dirección de facturación',
    '¿Reunión la semana que viene?',
    'Cremallera de la mochila rota',
  ],
  pt: [
    'Dúvida sobre a minha encomenda 51882',
    'Corrigir morada de faturação',
    'Reunião na próxima semana?',
    'Zíper da mochila quebrado',
  ],
  it: [
    'Domanda sul mio ordine 51882',
    'Correzione indirizzo di fatturazione',
    'Riunione la settimana prossima?',
    'Cerniera dello zaino rotta',
  ],
  nl: [
    'Vraag over mijn bestelling 51882',
    'Factuuradres aanpassen',
    'Overleg volgende week?',
    'Rits van de rugzak kapot',
  ],
}

export function amount(rng: Random, lang: Lang): string {
  const value = `${rng.int(4, 480)}.${String(rng.int(0, 99)).padStart(2, '0')}`
  if (lang === 'en') return `£${value}`
  if (lang === 'pt' && rng.chance(0.5)) return `R$ ${value.replace('.', ',')}`
  return `${value.replace('.', ',')} €`
}
