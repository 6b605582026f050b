// People who write to the inbox owners, and subjects the owners send (answered by out-of-office
// replies and ticket replies), per language.
import type { Lang } from '../types.ts'

export const NAMES: Record<Lang, readonly string[]> = {
  en: ['Priya Shah', 'Tom Ellery', 'Grace Odum', 'Callum Reid'],
  de: ['Katrin Wolff', 'Mehmet Aydın', 'Julia Brandt', 'Stefan Hoppe'],
  fr: ['Léa Moreau', 'Karim Haddad', 'Élodie Caron', 'Julien Petit'],
  es: ['Carmen Vidal', 'Javier Ortega', 'Nuria Castells', 'Andrés Molina'],
  pt: ['Inês Carvalho', 'Rafael Souza', 'Mariana Lopes', 'Duarte Pires'],
  it: ['Francesca Riva', 'Giorgio Conti', 'Elena Sala', 'Matteo Ferri'],
  nl: ['Eva Jansen', 'Daan Bakker', 'Lotte Visser', 'Ruben Mulder'],
}

export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Invoice for October',
    'Question about my booking',
    'Meeting next Tuesday',
    'Broken zip on my jacket',
  ],
  de: [
    'Rechnung Oktober',
    'Frage zu meiner Buchung',
    'Termin nächste Woche',
    'Defekter Reißverschluss',
  ],
  fr: [
    'Facture d’octobre',
    'Question sur ma réservation',
    'Réunion mardi prochain',
    'Article reçu abîmé',
  ],
  es: ['Factura de octubre', 'Duda sobre mi reserva', 'Reunión el martes', 'Producto llegó roto'],
  pt: [
    'Fatura de outubro',
    'Dúvida sobre a minha reserva',
    'Reunião na terça',
    'Produto chegou danificado',
  ],
  it: [
    'Fattura di ottobre',
    'Domanda sulla prenotazione',
    'Riunione martedì',
    'Articolo arrivato rotto',
  ],
  nl: ['Factuur oktober', 'Vraag over mijn boeking', 'Overleg dinsdag', 'Product kapot aangekomen'],
}
