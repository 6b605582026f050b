// Subjects of mail the person sends (to contacts and to companies' support), per language.
import type { Lang } from '../types.ts'

export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Broken zip on my jacket',
    'Question about invoice 2291',
    'Meeting next week',
    'Damaged parcel',
    'Quote for the kitchen',
  ],
  de: [
    'Defekter Reißverschluss',
    'Frage zur Rechnung 2291',
    'Termin nächste Woche',
    'Paket beschädigt',
    'Angebot Küche',
  ],
  fr: [
    'Fermeture éclair cassée',
    'Question sur la facture 2291',
    'Réunion la semaine prochaine',
    'Colis abîmé',
    'Devis cuisine',
  ],
  es: [
    'Cremallera rota',
    'Duda sobre la factura 2291',
    'Reunión la semana que viene',
    'Paquete dañado',
    'Presupuesto cocina',
  ],
  pt: [
    'Fecho partido no casaco',
    'Dúvida sobre a fatura 2291',
    'Reunião na próxima semana',
    'Encomenda danificada',
    'Orçamento da cozinha',
  ],
  it: [
    'Cerniera rotta',
    'Domanda sulla fattura 2291',
    'Riunione la prossima settimana',
    'Pacco danneggiato',
    'Preventivo cucina',
  ],
  nl: [
    'Kapotte rits',
    'Vraag over factuur 2291',
    'Overleg volgende week',
    'Beschadigd pakket',
    'Offerte keuken',
  ],
}
