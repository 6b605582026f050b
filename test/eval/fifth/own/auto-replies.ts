// Plain auto-replies that do not echo the subject, as a company's own mail server or out-of-office
// rule sends them. Written for the fifth set.
import type { Lang } from '../../types.ts'
import type { MailText } from '../product.ts'

export const PLAIN_ACK: Record<Lang, (company: string) => MailText> = {
  en: (c) => ({
    subject: `Thank you for contacting ${c}`,
    body: `Thank you for your email. This is an automatic reply to let you know we have received it. A member of our team will respond within two working days.\n\nKind regards,\n${c}`,
  }),
  de: (c) => ({
    subject: 'Eingangsbestätigung Ihrer Nachricht',
    body: `Guten Tag,\n\nvielen Dank für Ihre E-Mail. Dies ist eine automatische Eingangsbestätigung. Wir melden uns innerhalb von zwei Werktagen bei Ihnen.\n\nFreundliche Grüße\n${c}`,
  }),
  fr: (c) => ({
    subject: 'Accusé de réception',
    body: `Bonjour,\n\nNous accusons bonne réception de votre message et vous remercions de l'intérêt porté à ${c}. Nous vous répondrons dans les meilleurs délais.\n\nCordialement,\n${c}`,
  }),
  es: (c) => ({
    subject: 'Hemos recibido tu mensaje',
    body: `Hola:\n\nGracias por escribir a ${c}. Este es un mensaje automático para confirmarte que hemos recibido tu correo. Te responderemos en un plazo de 48 horas.\n\nUn saludo`,
  }),
  pt: (c) => ({
    subject: 'Recebemos sua mensagem',
    body: `Olá!\n\nObrigado por entrar em contato com a ${c}. Esta é uma resposta automática: sua mensagem foi recebida e responderemos em até dois dias úteis.\n\nAtenciosamente`,
  }),
  it: (c) => ({
    subject: 'Conferma di ricezione',
    body: `Gentile cliente,\n\nla ringraziamo per averci scritto. Questa è una risposta automatica: il suo messaggio è stato ricevuto e le risponderemo entro due giorni lavorativi.\n\nCordiali saluti,\n${c}`,
  }),
  nl: (c) => ({
    subject: 'Ontvangstbevestiging',
    body: `Beste klant,\n\nBedankt voor uw e-mail. Dit is een automatische bevestiging dat we uw bericht hebben ontvangen. We reageren binnen twee werkdagen.\n\nMet vriendelijke groet,\n${c}`,
  }),
}
