// Subject pieces of in-house mail (form titles, "Your message to …", follow-ups) and the names
// of the people who, some companies say, will answer.
import type { Lang } from '../types.ts'

/** Subjects that do not say "received": form title, name alone, payload, "Your message to". */
export const SUBJECT_BITS: Record<
  Lang,
  { forms: readonly string[]; yourMessage: string; followUp: readonly string[] }
> = {
  en: {
    forms: ['Contact form', 'Book a callback', 'Send us a message'],
    yourMessage: 'Your message to {company}',
    followUp: ['Update on your enquiry {ref}', 'Reminder: please confirm your address'],
  },
  de: {
    forms: ['Kontaktformular', 'Rückrufwunsch', 'Schreiben Sie uns'],
    yourMessage: 'Ihre Nachricht an {company}',
    followUp: ['Neuigkeiten zu Vorgang {ref}', 'Erinnerung: Bitte bestätigen Sie Ihre Adresse'],
  },
  fr: {
    forms: ['Formulaire de contact', 'Demande de rappel', 'Écrivez-nous'],
    yourMessage: 'Votre message à {company}',
    followUp: ['Suivi de votre dossier {ref}', 'Rappel : confirmez votre adresse'],
  },
  es: {
    forms: ['Formulario de contacto', 'Te llamamos', 'Escríbenos'],
    yourMessage: 'Tu mensaje a {company}',
    followUp: ['Novedades sobre su consulta {ref}', 'Recordatorio: confirma tu correo'],
  },
  pt: {
    forms: ['Formulário de contacto', 'Fale conosco', 'Pedido de contacto'],
    yourMessage: 'A sua mensagem para {company}',
    followUp: ['Atualização do processo {ref}', 'Lembrete: confirme o seu e-mail'],
  },
  it: {
    forms: ['Modulo di contatto', 'Ti richiamiamo noi', 'Scrivici'],
    yourMessage: 'Il tuo messaggio a {company}',
    followUp: ['Aggiornamento sulla pratica {ref}', 'Promemoria: conferma il tuo indirizzo'],
  },
  nl: {
    forms: ['Contactformulier', 'Terugbelverzoek', 'Stel je vraag'],
    yourMessage: 'Je bericht aan {company}',
    followUp: ['Update over dossier {ref}', 'Herinnering: bevestig je e-mailadres'],
  },
}

export const AGENTS: Record<Lang, readonly string[]> = {
  en: ['Priya', 'Callum', 'Rosie Baird'],
  de: ['Schüler', 'Brandt', 'Okonkwo'],
  fr: ['Nadia', 'Yann Le Bihan', 'Solène'],
  es: ['Nerea', 'Íñigo', 'Rocío Vidal'],
  pt: ['Inês', 'Joana Prates', 'Raquel'],
  it: ['Chiara', 'Sara Lodi', 'Martina'],
  nl: ['Fleur', 'Daan Visser', 'Noor'],
}
