// Automatic answers to one mail the person sent to many recipients (club newsletter, invitation,
// season's greeting), written for this set: out-of-office, employers' auto-replies, helpdesk
// tickets, delivery failures, unmonitored mailboxes, challenge-response. {s} is the sent subject.
import { STORM_TEXTS_PT_IT_NL } from './storm-texts-pt-it-nl.ts'
import type { Lang } from '../../types.ts'
import type { Text } from '../products.ts'
import { EN_BOUNCE } from './bounce.ts'

export const STORM_KINDS = ['ooo', 'auto', 'ticket', 'bounce', 'unmonitored', 'challenge'] as const
export type StormKind = (typeof STORM_KINDS)[number]

export const STORM_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Club newsletter – December',
    'Invitation: end-of-season dinner',
    'Season’s greetings from the choir',
  ],
  de: [
    'Vereinsnachrichten Dezember',
    'Einladung zur Jahreshauptversammlung',
    'Weihnachtsgrüße vom Vorstand',
  ],
  fr: [
    'Lettre de l’association – décembre',
    'Invitation : assemblée générale',
    'Bonnes fêtes de la part du bureau',
  ],
  es: [
    'Boletín del club – diciembre',
    'Invitación: cena de fin de temporada',
    'Felices fiestas de la asociación',
  ],
  pt: ['Informativo do clube – dezembro', 'Convite: assembleia geral', 'Boas festas da diretoria'],
  it: [
    'Notiziario dell’associazione – dicembre',
    'Invito: cena sociale',
    'Auguri di buone feste dal direttivo',
  ],
  nl: [
    'Clubnieuws december',
    'Uitnodiging: algemene ledenvergadering',
    'Fijne feestdagen van het bestuur',
  ],
}

export type StormTexts = Record<StormKind, readonly Text[]>

export const STORM_TEXTS: Record<Lang, StormTexts> = {
  en: {
    ooo: [
      {
        subject: 'Automatic reply: {s}',
        body: 'I am out of the office until {day} and will reply when I am back.',
      },
      {
        subject: 'Out of Office: {s}',
        body: 'Thank you for your email. I am on annual leave with no access to email.',
      },
      { subject: '{s}', body: 'I’m away this week. Your message has not been forwarded.' },
    ],
    auto: [
      {
        subject: 'RE: {s}',
        body: 'Thank you for your email, we will get back to you within 48 hours. {org}',
      },
    ],
    ticket: [
      {
        subject: '[Ticket #{n}] {s}',
        body: 'Your request has been received by {org} Support and assigned number {n}.',
      },
    ],
    bounce: EN_BOUNCE,
    unmonitored: [
      {
        subject: 'Re: {s}',
        body: 'This mailbox is no longer monitored. Please write to office@{domain} instead.',
      },
    ],
    challenge: [
      {
        subject: 'Please confirm you are human: {s}',
        body: 'I use a spam filter. To deliver your message to {rcpt}, click the link once: https://{domain}/verify/{n}',
      },
    ],
  },
  de: {
    ooo: [
      { subject: 'Abwesend: {s}', body: 'Ich bin bis {day} nicht im Büro und antworte danach.' },
      {
        subject: 'Abwesenheitsnotiz: {s}',
        body: 'Vielen Dank für Ihre Nachricht. Ich bin im Urlaub, Ihre E-Mail wird nicht weitergeleitet.',
      },
      {
        subject: 'Automatische Antwort: {s}',
        body: 'Ich bin in Elternzeit. In dringenden Fällen: sekretariat@{domain}',
      },
    ],
    auto: [
      {
        subject: 'AW: {s}',
        body: 'Ihre Nachricht ist bei uns eingegangen. Wir melden uns schnellstmöglich. {org}',
      },
    ],
    ticket: [
      {
        subject: '[Ticket #{n}] {s}',
        body: 'Ihre Anfrage wurde unter der Nummer {n} beim Support von {org} erfasst.',
      },
    ],
    bounce: [
      {
        subject: 'Unzustellbar: {s}',
        body: 'Die Nachricht konnte nicht an {rcpt} zugestellt werden. Das Postfach existiert nicht.',
      },
      ...EN_BOUNCE.slice(0, 2),
    ],
    unmonitored: [
      {
        subject: 'AW: {s}',
        body: 'Dieses Postfach wird nicht mehr betreut. Bitte schreiben Sie an info@{domain}.',
      },
    ],
    challenge: [
      {
        subject: 'Bitte bestätigen Sie Ihre Nachricht: {s}',
        body: 'Ich nutze einen Spamschutz. Bitte klicken Sie einmal auf den Link, damit Ihre Nachricht zugestellt wird: https://{domain}/ok/{n}',
      },
    ],
  },
  fr: {
    ooo: [
      {
        subject: 'Réponse automatique : {s}',
        body: 'Je suis absent(e) jusqu’au {day}. Je vous répondrai à mon retour.',
      },
      {
        subject: 'Absent(e) du bureau : {s}',
        body: 'Merci pour votre message. Je suis en congé sans accès à ma messagerie.',
      },
      { subject: 'Absence : {s}', body: 'Je suis en formation cette semaine.' },
    ],
    auto: [
      {
        subject: 'RE : {s}',
        body: 'Nous avons bien reçu votre e-mail et vous répondrons sous 48 heures. {org}',
      },
    ],
    ticket: [
      {
        subject: '[Ticket #{n}] {s}',
        body: 'Votre demande a été enregistrée par le support {org} sous le numéro {n}.',
      },
    ],
    bounce: [
      {
        subject: 'Non remis : {s}',
        body: 'Votre message n’a pas pu être remis à {rcpt}. Adresse introuvable.',
      },
      ...EN_BOUNCE.slice(0, 2),
    ],
    unmonitored: [
      {
        subject: 'RE : {s}',
        body: 'Cette adresse n’est plus consultée. Merci d’écrire à contact@{domain}.',
      },
    ],
    challenge: [
      {
        subject: 'Confirmez votre envoi : {s}',
        body: 'Pour que votre message parvienne à {rcpt}, cliquez sur ce lien : https://{domain}/ok/{n}',
      },
    ],
  },
  es: {
    ooo: [
      { subject: 'Respuesta automática: {s}', body: 'Estoy fuera de la oficina hasta el {day}.' },
      {
        subject: 'Fuera de la oficina: {s}',
        body: 'Gracias por tu mensaje. Estoy de vacaciones sin acceso al correo.',
      },
      { subject: 'Ausente: {s}', body: 'Esta semana estoy de viaje.' },
    ],
    auto: [
      {
        subject: 'RE: {s}',
        body: 'Hemos recibido su correo y le responderemos en un plazo de 48 horas. {org}',
      },
    ],
    ticket: [
      {
        subject: '[Ticket #{n}] {s}',
        body: 'Su solicitud ha sido registrada por el soporte de {org} con el número {n}.',
      },
    ],
    bounce: [
      {
        subject: 'No se puede entregar: {s}',
        body: 'No se pudo entregar el mensaje a {rcpt}. La dirección no existe.',
      },
      ...EN_BOUNCE.slice(0, 2),
    ],
    unmonitored: [
      { subject: 'RE: {s}', body: 'Este buzón ya no se revisa. Escriba a info@{domain}.' },
    ],
    challenge: [
      {
        subject: 'Confirme su envío: {s}',
        body: 'Para entregar su mensaje a {rcpt}, pulse este enlace: https://{domain}/ok/{n}',
      },
    ],
  },
  ...STORM_TEXTS_PT_IT_NL,
}
