// What the person writes when they contact companies themselves (one errand per language, its
// subject and a short message) and the wrappers companies put around the echoed subject.
import type { Lang } from '../types.ts'

export const ERRANDS: Record<Lang, { subjects: readonly string[]; body: string }> = {
  en: {
    subjects: [
      'Quote for a garden fence',
      'Fence quote – 14 m, timber',
      'Garden fence installation',
    ],
    body: 'Hello, could you send me a quote for a 14 m timber fence? Thanks, Maureen',
  },
  de: {
    subjects: ['Angebot Badsanierung', 'Anfrage: Badsanierung Altbau', 'Kostenvoranschlag Bad'],
    body: 'Guten Tag, ich bitte um ein Angebot für die Sanierung eines 6 m² großen Bades. Viele Grüße',
  },
  fr: {
    subjects: [
      'Demande de devis déménagement',
      'Devis déménagement Lyon → Nantes',
      'Déménagement 3 pièces',
    ],
    body: 'Bonjour, pourriez-vous m’envoyer un devis pour un déménagement le 20 mars ? Merci',
  },
  es: {
    subjects: [
      'Presupuesto para reforma de cocina',
      'Consulta: reforma integral cocina',
      'Solicitud de presupuesto cocina',
    ],
    body: 'Hola, me gustaría recibir un presupuesto para reformar una cocina de 9 m². Un saludo, Itziar',
  },
  pt: {
    subjects: [
      'Orçamento para painéis solares',
      'Pedido de orçamento – painéis solares',
      'Instalação fotovoltaica moradia',
    ],
    body: 'Boa tarde, gostaria de um orçamento para painéis solares numa moradia em Braga. Obrigado, Rodrigo',
  },
  it: {
    subjects: [
      'Preventivo per trasloco',
      'Richiesta preventivo trasloco Torino',
      'Trasloco bilocale',
    ],
    body: 'Buongiorno, vorrei un preventivo per un trasloco a fine mese. Grazie, Ludovica',
  },
  nl: {
    subjects: ['Offerte dakkapel', 'Aanvraag offerte dakkapel', 'Prijsopgave dakkapel 3 m'],
    body: 'Goedemiddag, kunt u mij een offerte sturen voor een dakkapel van 3 meter? Groet, Sjoerd',
  },
}

export const ECHO_WRAPS: Record<Lang, readonly string[]> = {
  en: ['Re: {t}', '[Request received] {t}', '{t} [#{ref}]'],
  de: ['AW: {t}', 'Ihre Anfrage: {t}', '[Ticket #{ref}] {t}'],
  fr: ['RE : {t}', 'Demande reçue : {t}', '[#{ref}] {t}'],
  es: ['RE: {t}', 'Solicitud recibida: {t}', '[#{ref}] {t}'],
  pt: ['RE: {t}', 'Pedido recebido: {t}', '[#{ref}] {t}'],
  it: ['R: {t}', 'Richiesta ricevuta: {t}', '[#{ref}] {t}'],
  nl: ['Re: {t}', 'Aanvraag ontvangen: {t}', '[#{ref}] {t}'],
}
