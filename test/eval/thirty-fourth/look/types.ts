// Look-alike classes: everyday mail the person wants that shares words or shapes with wave mail.
// Texts are [subject, body] with slots {brand} {first} {n} {code} {amount} {day} {time} {sent}
// {ticket}; a third of them get an opener (preheader, alt text, "view in browser", logo, menu).
import type { LabelClass, Lang } from '../../types.ts'

export type LookText = readonly [subject: string, body: string]
export type LookTexts = Record<Lang, readonly LookText[]>

export const LOOK_CLASSES = [
  'newsletter',
  'social',
  'auto-reply',
  'code',
  'ticket-reply',
  'shared',
  'appointment',
  'notice',
  'app',
  'personal',
  'receipt',
  'bank',
  'order',
  'travel',
] as const
export type LookClass = (typeof LOOK_CLASSES)[number]

export function lookClassLabel(cls: LookClass): LabelClass {
  if (cls === 'code') return 'own'
  return ['receipt', 'bank', 'order', 'travel'].includes(cls) ? 'important' : 'ham'
}

/** Classes whose mail answers something the person sent (her sent mail sits earlier). */
export const ANSWERS_SENT: readonly LookClass[] = ['auto-reply', 'ticket-reply']

export const OPENERS: Record<Lang, readonly string[]> = {
  en: [
    'View in browser',
    '[{brand} logo]',
    'Home | Offers | My account',
    'Your week at a glance ·',
  ],
  de: ['Im Browser ansehen', '[Logo {brand}]', 'Startseite | Angebote | Mein Konto', 'Kurz vorab:'],
  fr: ['Voir la version en ligne', '[logo {brand}]', 'Accueil | Offres | Mon compte', 'En bref ·'],
  es: [
    'Ver en el navegador',
    '[logo de {brand}]',
    'Inicio | Ofertas | Mi cuenta',
    'Lo más importante ·',
  ],
  pt: [
    'Ver no navegador',
    '[logotipo {brand}]',
    'Início | Ofertas | Minha conta',
    'Resumo rápido ·',
  ],
  it: ['Visualizza nel browser', '[logo {brand}]', 'Home | Offerte | Il mio account', 'In breve ·'],
  nl: [
    'Bekijk in je browser',
    '[logo {brand}]',
    'Home | Aanbiedingen | Mijn account',
    'Even kort ·',
  ],
}

/** Subjects of the person's own earlier mail that auto-replies and ticket replies answer. */
export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Quick question about the invoice',
    'Meeting next week?',
    'Order 48213 arrived damaged',
    'Photos from Saturday',
  ],
  de: [
    'Frage zur Rechnung',
    'Termin nächste Woche?',
    'Bestellung 48213 beschädigt',
    'Unterlagen für Montag',
  ],
  fr: [
    'Question sur la facture',
    'Réunion la semaine prochaine ?',
    'Commande 48213 abîmée',
    'Documents pour lundi',
  ],
  es: [
    'Duda sobre la factura',
    '¿Reunión la semana que viene?',
    'Pedido 48213 llegó dañado',
    'Fotos del sábado',
  ],
  pt: [
    'Dúvida sobre a fatura',
    'Reunião semana que vem?',
    'Pedido 48213 chegou danificado',
    'Fotos de sábado',
  ],
  it: [
    'Domanda sulla fattura',
    'Riunione la prossima settimana?',
    'Ordine 48213 arrivato rotto',
    'Foto di sabato',
  ],
  nl: [
    'Vraag over de factuur',
    'Afspraak volgende week?',
    'Bestelling 48213 beschadigd',
    'Foto’s van zaterdag',
  ],
}
