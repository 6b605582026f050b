// What fills the look-alike slots per language: people who write, subjects the person wrote, and
// the lines a third of snippets begin with (preheader, image alt text, "view in browser", a logo
// name or a menu line).
import type { Lang } from '../../types.ts'

export const WHO: Record<Lang, string[]> = {
  en: ['Harriet Ames', 'Owen Pritchard', 'Ruth Okafor'],
  de: ['Birgit Lorenz', 'Stefan Kühne', 'Ayşe Demir'],
  fr: ['Mathilde Roux', 'Yannick Perrin', 'Nadia Benali'],
  es: ['Carmen Ibáñez', 'Jorge Salas', 'Marta Vidal'],
  pt: ['Joana Mendes', 'Rui Carvalho', 'Beatriz Lopes'],
  it: ['Chiara Greco', 'Marco Pellegrini', 'Elisa Fontana'],
  nl: ['Femke de Wit', 'Joris Hendriks', 'Lotte Bakker'],
}

export const TOPICS: Record<Lang, string[]> = {
  en: [
    'Saturday plans',
    'Invoice for the kitchen fitting',
    'Question about my refund',
    'Minutes from Tuesday',
  ],
  de: ['Samstag', 'Rechnung Küchenmontage', 'Frage zu meiner Erstattung', 'Protokoll vom Dienstag'],
  fr: ['Samedi', 'Facture pose cuisine', 'Question sur mon remboursement', 'Compte rendu de mardi'],
  es: ['Plan del sábado', 'Factura de la cocina', 'Duda sobre mi reembolso', 'Acta del martes'],
  pt: ['Sábado', 'Fatura da cozinha', 'Dúvida sobre o meu reembolso', 'Ata de terça-feira'],
  it: ['Sabato', 'Fattura montaggio cucina', 'Domanda sul mio rimborso', 'Verbale di martedì'],
  nl: ['Zaterdag', 'Factuur keukenmontage', 'Vraag over mijn terugbetaling', 'Notulen van dinsdag'],
}

export const PREHEAD: Record<Lang, string[]> = {
  en: [
    'View in browser',
    '[{brand} logo]',
    'Home | Shop | Account | Help',
    'Your weekly update from {brand} ·',
  ],
  de: [
    'Im Browser ansehen',
    '[{brand} Logo]',
    'Start | Shop | Konto | Hilfe',
    'Ihr Update von {brand} ·',
  ],
  fr: [
    'Voir dans le navigateur',
    '[Logo {brand}]',
    'Accueil | Boutique | Compte | Aide',
    'Les nouvelles de {brand} ·',
  ],
  es: [
    'Ver en el navegador',
    '[Logotipo de {brand}]',
    'Inicio | Tienda | Cuenta | Ayuda',
    'Las novedades de {brand} ·',
  ],
  pt: [
    'Ver no navegador',
    '[Logótipo {brand}]',
    'Início | Loja | Conta | Ajuda',
    'As novidades da {brand} ·',
  ],
  it: [
    'Visualizza nel browser',
    '[Logo {brand}]',
    'Home | Negozio | Account | Aiuto',
    'Le novità di {brand} ·',
  ],
  nl: [
    'Bekijk in je browser',
    '[{brand} logo]',
    'Home | Winkel | Account | Help',
    'Het laatste nieuws van {brand} ·',
  ],
}

export const LOCALE: Record<Lang, string> = {
  en: 'en-GB',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  pt: 'pt-PT',
  it: 'it-IT',
  nl: 'nl-NL',
}
