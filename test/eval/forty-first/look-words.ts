// Each language's usual reply and forward prefixes, and everyday topics of person-to-person
// mail, shared by the look-alike texts and the persona streams.
import type { Lang } from '../types.ts'

export const RE: Record<Lang, string> = {
  en: 'Re:',
  de: 'AW:',
  fr: 'RE :',
  es: 'RE:',
  pt: 'RES:',
  it: 'R:',
  nl: 'Antw:',
}
export const FWD: Record<Lang, string> = {
  en: 'Fwd:',
  de: 'WG:',
  fr: 'TR :',
  es: 'RV:',
  pt: 'ENC:',
  it: 'I:',
  nl: 'Doorst:',
}

/** Everyday topics of person-to-person mail. */
export const TOPICS: Record<Lang, readonly string[]> = {
  en: ['Christmas lunch at ours', 'photos from the weekend', 'the boiler man on Thursday'],
  de: ['Weihnachtsessen bei uns', 'Fotos vom Wochenende', 'Heizungswartung am Donnerstag'],
  fr: ['Déjeuner de Noël chez nous', 'photos du week-end', 'le chauffagiste jeudi'],
  es: [
    'Comida de Navidad en casa',
    'fotos del fin de semana',
    'el técnico de la caldera el jueves',
  ],
  pt: ['Almoço de Natal cá em casa', 'fotos do fim de semana', 'o técnico da caldeira na quinta'],
  it: ['Pranzo di Natale da noi', 'foto del fine settimana', 'il tecnico della caldaia giovedì'],
  nl: ['Kerstlunch bij ons', 'foto’s van het weekend', 'de cv-monteur op donderdag'],
}
