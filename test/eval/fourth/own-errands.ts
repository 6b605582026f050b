// What the person writes to a handful of companies in one sitting, per language (written for
// this set): {company} is the addressee. Each errand fits any kind of business.
import type { Lang } from '../types.ts'

export interface Errand {
  subject: string
  body: string
  /** Local parts the person writes to. */
  locals: readonly string[]
}

export const ERRANDS: Record<Lang, Errand> = {
  en: {
    subject: 'Raffle prize request – Fernhallow Primary autumn fair',
    body: 'Hello {company} team,\n\nI’m on the parents’ committee at Fernhallow Primary. Our autumn fair is on 10 October and we are collecting raffle prizes from local businesses. A voucher or a small item would mean a lot; we will thank every donor in the programme.\n\nMany thanks,\nImogen Blackwood',
    locals: ['info', 'hello', 'enquiries', 'marketing'],
  },
  de: {
    subject: 'Anfrage Schülerpraktikum Februar 2027',
    body: 'Sehr geehrte Damen und Herren,\n\nmein Sohn Leon (9. Klasse) sucht für den 1. bis 12. Februar 2027 einen Platz für sein Schülerpraktikum. Hätte {company} dafür Kapazität? Lebenslauf und Anschreiben schicke ich gern nach.\n\nMit freundlichen Grüßen\nJonas Reinholt',
    locals: ['info', 'kontakt', 'bewerbung', 'personal'],
  },
  fr: {
    subject: 'Candidature spontanée – assistante administrative',
    body: 'Madame, Monsieur,\n\nActuellement à la recherche d’un poste d’assistante administrative à temps plein, je me permets de vous adresser ma candidature spontanée. Vous trouverez mon CV en pièce jointe ; je serais ravie d’échanger avec {company}.\n\nBien cordialement,\nMargaux Delorme',
    locals: ['contact', 'recrutement', 'rh', 'emploi'],
  },
  es: {
    subject: 'Invitación: Feria de Comercio de Barrio, 17 de octubre',
    body: 'Hola:\n\nSoy Lucía Ferrándiz, de la asociación de vecinos de Ruzafa. El 17 de octubre organizamos una feria de comercio local y nos encantaría que {company} tuviera un stand (gratuito). ¿Os interesa? Os paso los detalles.\n\nUn saludo,\nLucía',
    locals: ['info', 'hola', 'contacto', 'eventos'],
  },
  pt: {
    subject: 'Proposta: guia do comércio local do bairro',
    body: 'Boa tarde,\n\nChamo-me Tiago Amaral e estou a preparar um guia gratuito do comércio local de Campo de Ourique. Gostaria de incluir a {company}: podem confirmar o horário e enviar uma fotografia?\n\nObrigado,\nTiago Amaral',
    locals: ['geral', 'info', 'contacto', 'loja'],
  },
  it: {
    subject: 'Richiesta disponibilità tirocinio curriculare',
    body: 'Buongiorno,\n\nsono Chiara Benvenuti, studentessa di Economia all’Università di Bologna. Cerco un tirocinio curriculare di tre mesi a partire da gennaio e vorrei sapere se {company} ha disponibilità. Allego il curriculum.\n\nCordiali saluti,\nChiara Benvenuti',
    locals: ['info', 'segreteria', 'lavoro', 'hr'],
  },
  nl: {
    subject: 'Vraag over sponsoring jeugdvoetbal VV De Meeuwen',
    body: 'Beste mensen van {company},\n\nIk ben vrijwilliger bij VV De Meeuwen. Voor onze JO11-teams zoeken we lokale sponsors voor nieuwe shirts (€ 250 per team, logo op de mouw). Zouden jullie interesse hebben?\n\nGroet,\nSanne Verbruggen',
    locals: ['info', 'contact', 'marketing', 'sponsoring'],
  },
}
