// The values a look-alike text is filled with: names of other people, amounts, days, subjects of
// the person's own sent mail, per language.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'

export const OTHERS: Record<Lang, readonly string[]> = {
  en: ['Priya Nandakumar', 'Tom Ashworth', 'Becca Lund', 'Marcus Oyelaran'],
  de: ['Lena Hofbauer', 'Felix Drechsler', 'Aylin Kaya', 'Tobias Ruland'],
  fr: ['Camille Besnard', 'Yanis Haddad', 'Margaux Peyrol', 'Hugo Lefort'],
  es: ['Lucía Arrieta', 'Pablo Quintana', 'Marta Oliveras', 'Diego Sanz'],
  pt: ['Beatriz Carvalho', 'Rafael Lopes', 'Mariana Teles', 'Gonçalo Pires'],
  it: ['Giulia Ferrante', 'Andrea Colombo', 'Sara Vitale', 'Davide Rinaldi'],
  nl: ['Femke Verbeek', 'Daan Jansen', 'Lotte Bakker', 'Jesse Mulder'],
}

/** Subjects of mail the person sent, answered by auto-replies and ticket replies. */
export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: ['Question about invoice 2291', 'Parcel has not arrived', 'Quote for the kitchen job'],
  de: ['Frage zur Rechnung 2291', 'Paket nicht angekommen', 'Angebot Badsanierung'],
  fr: ['Question sur la facture 2291', 'Colis non reçu', 'Devis pour la cuisine'],
  es: ['Duda sobre la factura 2291', 'El paquete no ha llegado', 'Presupuesto reforma'],
  pt: ['Dúvida sobre a fatura 2291', 'Encomenda não chegou', 'Orçamento da cozinha'],
  it: ['Domanda sulla fattura 2291', 'Pacco non arrivato', 'Preventivo cucina'],
  nl: ['Vraag over factuur 2291', 'Pakket niet aangekomen', 'Offerte keuken'],
}

export const SENT_BODY: Record<Lang, string> = {
  en: 'Hello, could you please look into this? Thanks, ',
  de: 'Guten Tag, könnten Sie sich das bitte ansehen? Danke, ',
  fr: 'Bonjour, pourriez-vous regarder cela ? Merci, ',
  es: 'Hola, ¿podrían revisarlo, por favor? Gracias, ',
  pt: 'Olá, podem verificar isto, por favor? Obrigado, ',
  it: 'Buongiorno, potreste verificare? Grazie, ',
  nl: 'Hallo, kunnen jullie hiernaar kijken? Dank, ',
}

export function amount(rng: Random, lang: Lang, min = 8, max = 240): string {
  const value = `${rng.int(min, max)}.${String(rng.int(0, 99)).padStart(2, '0')}`
  const comma = value.replace('.', ',')
  if (lang === 'en') return `£${value}`
  if (lang === 'pt' && rng.chance(0.5)) return `R$ ${comma}`
  return lang === 'de' || lang === 'fr' || lang === 'es' ? `${comma} €` : `€ ${comma}`
}

export function dayText(at: number, lang: Lang): string {
  const locale = lang === 'en' ? 'en-GB' : lang
  return new Date(at).toLocaleDateString(locale, {
    day: 'numeric',
    month: lang === 'en' ? 'short' : 'long',
    timeZone: 'UTC',
  })
}

export function timeText(at: number): string {
  const d = new Date(at)
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
}

/** Deterministic small hash, so one brand always writes with the same person's name. */
export function hash(text: string): number {
  let h = 7
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  return h
}
