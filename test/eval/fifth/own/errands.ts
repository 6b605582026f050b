// What the person writes to 8–12 companies within an hour, one errand per language: quotes and
// availability that you ask several businesses for at once. Written for the fifth set.
import type { Lang } from '../../types.ts'
import type { Person } from '../people.ts'

export interface Errand {
  /** Local parts the person writes to. */
  locals: readonly string[]
  subjects: readonly string[]
  body: (person: Person, company: string) => string
}

export const ERRANDS: Record<Lang, Errand> = {
  en: {
    locals: ['events', 'enquiries', 'hello', 'info'],
    subjects: [
      'Wedding reception enquiry – Saturday 12 June 2027',
      'Availability for a wedding reception, 12 June 2027',
    ],
    body: (p, c) =>
      `Hello ${c} team,\n\nWe're getting married on Saturday 12 June 2027 and are looking for a venue for the reception, around 80 guests, from 3pm. Could you let me know whether you're available that day and send a rough price list?\n\nMany thanks,\n${p.first} ${p.last}`,
  },
  de: {
    locals: ['anfrage', 'info', 'kontakt', 'angebote'],
    subjects: [
      'Anfrage Umzugsangebot: 3-Zimmer-Wohnung Bielefeld → Münster',
      'Angebotsanfrage Umzug am 15.01.2027',
    ],
    body: (p, c) =>
      `Sehr geehrte Damen und Herren,\n\nich ziehe am 15.01.2027 von Bielefeld nach Münster (3 Zimmer, 2. OG ohne Aufzug, ca. 35 m³). Können Sie mir ein unverbindliches Angebot machen, gern inklusive Küchenabbau?\n\nVielen Dank im Voraus\n${p.first} ${p.last}\n\n(Anfrage an ${c})`,
  },
  fr: {
    locals: ['devis', 'contact', 'accueil'],
    subjects: ['Demande de devis – réfection de toiture', 'Devis toiture maison à Rennes'],
    body: (p, c) =>
      `Bonjour,\n\nJe souhaiterais obtenir un devis pour la réfection de la toiture en ardoise de ma maison à Rennes (environ 110 m², deux pans). Seriez-vous disponibles pour passer la voir dans les prochaines semaines ?\n\nBien cordialement,\n${p.first} ${p.last}\n\nÀ l'attention de ${c}`,
  },
  es: {
    locals: ['reservas', 'info', 'presupuestos', 'hola'],
    subjects: [
      'Presupuesto catering comunión – 45 personas',
      'Consulta catering para el 8 de mayo',
    ],
    body: (p, c) =>
      `Hola:\n\nEstamos organizando la comunión de nuestra hija el 8 de mayo de 2027 en Valladolid, unas 45 personas. ¿Podríais enviarme un presupuesto de catering con menú infantil?\n\nMuchas gracias,\n${p.first} ${p.last}\n\n(Para ${c})`,
  },
  pt: {
    locals: ['orcamento', 'contato', 'comercial', 'vendas'],
    subjects: [
      'Orçamento para instalação de painéis solares',
      'Pedido de orçamento – energia solar residencial',
    ],
    body: (p, c) =>
      `Olá, equipe ${c},\n\nGostaria de um orçamento para instalar painéis solares numa casa em Curitiba, consumo médio de 420 kWh/mês, telhado cerâmico. Vocês fazem visita técnica?\n\nObrigado,\n${p.first} ${p.last}`,
  },
  it: {
    locals: ['preventivi', 'info', 'prenotazioni'],
    subjects: [
      'Richiesta preventivo noleggio pullman – gita 4ª B',
      'Preventivo pullman gita scolastica 22 aprile',
    ],
    body: (p, c) =>
      `Buongiorno,\n\nsono la rappresentante dei genitori della 4ª B della scuola primaria Pezzani di Parma. Vorremmo un preventivo per un pullman da 30 posti per una gita a Mantova il 22 aprile 2027, andata e ritorno in giornata.\n\nGrazie e cordiali saluti,\n${p.first} ${p.last}\n\n(Richiesta inviata a ${c})`,
  },
  nl: {
    locals: ['info', 'reserveringen', 'boekingen'],
    subjects: [
      'Beschikbaarheid vakantiehuis krokusvakantie',
      'Vraag: vakantiehuis 20–27 februari 2027',
    ],
    body: (p, c) =>
      `Goedendag,\n\nWij zoeken een vakantiehuis voor 2 volwassenen en 2 kinderen van 20 tot 27 februari 2027. Is er bij ${c} nog iets beschikbaar, en wat zijn de kosten inclusief schoonmaak?\n\nMet vriendelijke groet,\n${p.first} ${p.last}`,
  },
}
