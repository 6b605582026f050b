// The title of a company's web form, as some companies put it alone in the subject: one of two
// generic titles, or a title that fits the sector (a clinic's appointment form, a council's
// report form, a game studio's bug report).
import type { Lang } from '../types.ts'
import type { Company, Sector } from './companies.ts'
import { SUBJECT_BITS } from './subjects.ts'

const SECTOR_FORMS: Record<Lang, Record<Sector, string>> = {
  en: {
    shop: 'Returns and exchanges',
    clinic: 'Request an appointment',
    school: 'Admissions enquiry',
    council: 'Report a problem',
    travel: 'Group booking request',
    games: 'Bug report',
  },
  de: {
    shop: 'Retoure anmelden',
    clinic: 'Terminanfrage',
    school: 'Anmeldung zum Probeunterricht',
    council: 'Mängelmelder',
    travel: 'Reiseanfrage',
    games: 'Fehler melden',
  },
  fr: {
    shop: 'Retour d’un article',
    clinic: 'Demande de rendez-vous',
    school: 'Demande d’inscription',
    council: 'Signaler un problème',
    travel: 'Demande de devis voyage',
    games: 'Signaler un bug',
  },
  es: {
    shop: 'Devoluciones',
    clinic: 'Pedir cita',
    school: 'Solicitud de plaza',
    council: 'Buzón ciudadano',
    travel: 'Presupuesto de viaje',
    games: 'Informar de un error',
  },
  pt: {
    shop: 'Trocas e devoluções',
    clinic: 'Pedido de marcação',
    school: 'Pedido de inscrição',
    council: 'Reportar ocorrência',
    travel: 'Pedido de orçamento',
    games: 'Reportar um bug',
  },
  it: {
    shop: 'Resi e cambi',
    clinic: 'Richiesta di appuntamento',
    school: 'Richiesta di iscrizione',
    council: 'Segnalazioni al Comune',
    travel: 'Richiesta preventivo viaggio',
    games: 'Segnala un bug',
  },
  nl: {
    shop: 'Retour aanmelden',
    clinic: 'Afspraak aanvragen',
    school: 'Aanmelden kennismaking',
    council: 'Melding openbare ruimte',
    travel: 'Offerte-aanvraag reis',
    games: 'Bug melden',
  },
}

/** One title per company, fixed by its stem. */
export function formTitle(c: Company): string {
  let h = 0
  for (const ch of c.stem) h = (h * 31 + ch.charCodeAt(0)) >>> 0
  const generic = SUBJECT_BITS[c.lang].forms
  return h % 3 === 0 ? generic[h % generic.length]! : SECTOR_FORMS[c.lang][c.sector]
}
