// Values the look-alike texts are filled with: names of people writing, places, and the subjects
// of the person's own earlier mail (answered by out-of-office notices and ticket replies).
import type { Lang } from '../types.ts'

export const WHO: Record<Lang, readonly string[]> = {
  en: ['Gemma Thorpe', 'Rowan Pike', 'Idris Vale', 'Nell Ashdown'],
  de: ['Katrin Lembke', 'Jonas Riedl', 'Frauke Obst', 'Malte Hinz'],
  fr: ['Margaux Pellan', 'Yanis Ferrand', 'Odile Brassac', 'Hugo Tessier'],
  es: ['Nerea Salcedo', 'Álvaro Pujol', 'Irene Mancebo', 'Jorge Olano'],
  pt: ['Catarina Seixas', 'Rui Valadares', 'Inês Calado', 'Nuno Freitas'],
  it: ['Chiara Monteleone', 'Davide Sereni', 'Elisa Barbato', 'Luca Fioravanti'],
  nl: ['Lotte Hoekstra', 'Daan Verbeek', 'Iris Molenaar', 'Bram Kuipers'],
}

export const PLACES: Record<Lang, readonly string[]> = {
  en: ['Leeds', 'Bristol', 'Norwich', 'York'],
  de: ['Kassel', 'Lübeck', 'Regensburg', 'Jena'],
  fr: ['Nantes', 'Grenoble', 'Rouen', 'Dijon'],
  es: ['Zaragoza', 'Cádiz', 'Oviedo', 'Murcia'],
  pt: ['Braga', 'Aveiro', 'Faro', 'Viseu'],
  it: ['Parma', 'Lecce', 'Trento', 'Perugia'],
  nl: ['Zwolle', 'Delft', 'Groningen', 'Breda'],
}

export const ORIGINALS: Record<Lang, readonly string[]> = {
  en: [
    'Question about my invoice',
    'Quote for the kitchen',
    'Broken zip on my jacket',
    'Meeting next week',
  ],
  de: [
    'Frage zu meiner Rechnung',
    'Angebot Küche',
    'Reißverschluss defekt',
    'Termin nächste Woche',
  ],
  fr: [
    'Question sur ma facture',
    'Devis pour la cuisine',
    'Fermeture éclair cassée',
    'Réunion la semaine prochaine',
  ],
  es: [
    'Duda sobre mi factura',
    'Presupuesto de la cocina',
    'Cremallera rota',
    'Reunión la semana que viene',
  ],
  pt: [
    'Dúvida sobre a fatura',
    'Orçamento da cozinha',
    'Fecho partido',
    'Reunião na próxima semana',
  ],
  it: [
    'Domanda sulla fattura',
    'Preventivo cucina',
    'Cerniera rotta',
    'Riunione la prossima settimana',
  ],
  nl: ['Vraag over mijn factuur', 'Offerte keuken', 'Rits kapot', 'Overleg volgende week'],
}
