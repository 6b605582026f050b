// Everyday mail that looks like a wave's, one text per class and language. Slots: {first} (the
// person), {sender} (a person or agent), {brand}, {list}, {topic}, {ref}, {date}, {link}. The
// reply prefixes are each language's own; a ticket's subject is the one the person wrote.
import type { LookClass, PerLang, Wording } from './types.ts'

export const w = (subject: string, body: string): Wording => ({ subject, body })

export const PREFIX: PerLang<string> = {
  en: 'Re:',
  de: 'AW:',
  fr: 'RE :',
  es: 'RE:',
  pt: 'RES:',
  it: 'R:',
  nl: 'Antw:',
}

export const TOPICS: PerLang<readonly string[]> = {
  en: ['Saturday plans', 'Quarterly figures', 'School trip forms', 'Flat viewing on Thursday'],
  de: ['Grillen am Samstag', 'Quartalszahlen', 'Elternabend', 'Wohnungsbesichtigung'],
  fr: ['Repas de samedi', 'Chiffres du trimestre', 'Sortie scolaire', 'Visite de l’appartement'],
  es: ['Cena del sábado', 'Cifras del trimestre', 'Excursión del cole', 'Visita al piso'],
  pt: ['Jantar de sábado', 'Números do trimestre', 'Visita de estudo', 'Ver o apartamento'],
  it: ['Cena di sabato', 'Numeri del trimestre', 'Gita scolastica', 'Visita all’appartamento'],
  nl: ['Zaterdagavond', 'Kwartaalcijfers', 'Schoolreisje', 'Bezichtiging donderdag'],
}

export const TICKET_TOPICS: PerLang<readonly string[]> = {
  en: [
    'Wrong billing address on my invoice',
    'Cannot log in to the app',
    'Refund for a returned item',
  ],
  de: ['Falsche Rechnungsadresse', 'Login in der App klappt nicht', 'Erstattung für Rücksendung'],
  fr: ['Adresse de facturation erronée', 'Impossible de me connecter', 'Remboursement d’un retour'],
  es: [
    'Dirección de factura incorrecta',
    'No puedo entrar en la app',
    'Reembolso de una devolución',
  ],
  pt: ['Morada de faturação errada', 'Não consigo entrar na app', 'Reembolso de uma devolução'],
  it: ['Indirizzo di fatturazione errato', 'Non riesco ad accedere all’app', 'Rimborso di un reso'],
  nl: ['Verkeerd factuuradres', 'Kan niet inloggen in de app', 'Terugbetaling van een retour'],
}

/** Every class's text, and the first mail the person sent on a ticket. */
export type Texts = Record<LookClass, Wording> & { sent: Wording }
