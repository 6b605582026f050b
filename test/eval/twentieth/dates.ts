// Dates as the mails of each language write them (all times UTC, as the records are).
import type { Lang } from '../types.ts'

const WEEKDAYS: Record<Lang, readonly string[]> = {
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  de: ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'],
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  es: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
  pt: [
    'domingo',
    'segunda-feira',
    'terça-feira',
    'quarta-feira',
    'quinta-feira',
    'sexta-feira',
    'sábado',
  ],
  it: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
}

/** October and November are all the window needs; the rest follow for dates outside it. */
const MONTHS: Record<Lang, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  fr: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  es: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  pt: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  it: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
}

const pad = (n: number) => String(n).padStart(2, '0')

export function dayText(lang: Lang, at: number): string {
  const d = new Date(at)
  const weekday = WEEKDAYS[lang][d.getUTCDay()]!
  const day = d.getUTCDate()
  const month = MONTHS[lang][d.getUTCMonth()]!
  switch (lang) {
    case 'en':
      return `${weekday} ${day} ${month}`
    case 'de':
      return `${weekday}, ${day}. ${month}`
    case 'es':
    case 'pt':
      return `${weekday}, ${day} de ${month}`
    default:
      return `${weekday} ${day} ${month}`
  }
}

export function timeText(at: number): string {
  const d = new Date(at)
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

/** "2026-10-14 09:32", as ticket systems print it. */
export function stampText(at: number): string {
  return `${new Date(at).toISOString().slice(0, 10)} ${timeText(at)}`
}

/** "20261014", the date part of date-based ticket numbers. */
export function compactDate(at: number): string {
  return new Date(at).toISOString().slice(0, 10).replace(/-/gu, '')
}
