// Ivanti Neurons for ITSM (formerly Cherwell / HEAT): the customer's notification when an
// incident is logged from the self-service portal or an email, the incident number, summary,
// priority and status in a block. Reconstruction of its documented "incident logged"
// notification, not a known default text. In es, pt and it the subject keeps the English
// default and only the body is translated, as many portals are set up.
import type { Lang } from '../../types.ts'
import type { MailContext, Product, Written } from '../product.ts'

const block = (m: MailContext, labels: [string, string, string, string]) =>
  `${labels[0]}: ${m.ticket}\n${labels[1]}: ${m.topic}\n${labels[2]}: 3\n${labels[3]}`

const BODY: Record<Lang, (m: MailContext) => string> = {
  en: (m) =>
    `Dear ${m.name},\n\nYour incident has been logged with the ${m.company.name} Service Desk.\n\n${block(m, ['Incident number', 'Summary', 'Priority', 'Status: Logged'])}\n\nTo add information, reply to this email and keep the incident number in the subject.`,
  de: (m) =>
    `Hallo ${m.name},\n\nIhre Störungsmeldung wurde beim Service Desk von ${m.company.name} erfasst.\n\n${block(m, ['Incident-Nummer', 'Zusammenfassung', 'Priorität', 'Status: Erfasst'])}\n\nFür Ergänzungen antworten Sie auf diese E-Mail, ohne die Incident-Nummer im Betreff zu ändern.`,
  fr: (m) =>
    `Bonjour ${m.name},\n\nVotre incident a été enregistré par le centre de services de ${m.company.name}.\n\n${block(m, ["Numéro d'incident", 'Résumé', 'Priorité', 'Statut : Enregistré'])}\n\nPour ajouter des informations, répondez à cet e-mail en conservant le numéro dans l'objet.`,
  es: (m) =>
    `Hola ${m.name}:\n\nSu incidencia ha quedado registrada en el Service Desk de ${m.company.name}.\n\n${block(m, ['Número de incidencia', 'Resumen', 'Prioridad', 'Estado: Registrada'])}\n\nPara añadir información, responda a este correo sin cambiar el asunto.`,
  pt: (m) =>
    `Olá ${m.name},\n\nSeu incidente foi registrado na Central de Serviços da ${m.company.name}.\n\n${block(m, ['Número do incidente', 'Resumo', 'Prioridade', 'Status: Registrado'])}\n\nPara acrescentar informações, responda a este e-mail sem alterar o assunto.`,
  it: (m) =>
    `Gentile ${m.name},\n\nil tuo incidente è stato registrato dal Service Desk di ${m.company.name}.\n\n${block(m, ['Numero incidente', 'Riepilogo', 'Priorità', 'Stato: Registrato'])}\n\nPer aggiungere informazioni rispondi a questa email senza modificare l'oggetto.`,
  nl: (m) =>
    `Beste ${m.name},\n\nJe melding is geregistreerd bij de servicedesk van ${m.company.name}.\n\n${block(m, ['Meldingsnummer', 'Samenvatting', 'Prioriteit', 'Status: Geregistreerd'])}\n\nWil je iets aanvullen? Beantwoord deze e-mail en laat het nummer in het onderwerp staan.`,
}

const SUBJECT: Record<Lang, string> = {
  en: 'Incident {n} has been logged',
  de: 'Incident {n} wurde erfasst',
  fr: 'Incident {n} enregistré',
  es: 'Incident {n} has been logged',
  pt: 'Incident {n} has been logged',
  it: 'Incident {n} has been logged',
  nl: 'Melding {n} is geregistreerd',
}

const wording =
  (lang: Lang) =>
  (m: MailContext): Written => ({
    subject: `${SUBJECT[lang].replace('{n}', String(m.ticket))}: ${m.topic}`,
    body: BODY[lang](m),
  })

export const IVANTI: Product = {
  product: 'Ivanti Neurons for ITSM',
  family: 'helpdesk',
  source: 'reconstruction: Ivanti Neurons for ITSM "incident logged" customer notification',
  hosted: (c) => `${c.name} Service Desk <servicedesk@${c.slug}.saasit.com>`,
  texts: {
    en: wording('en'),
    de: wording('de'),
    fr: wording('fr'),
    es: wording('es'),
    pt: wording('pt'),
    it: wording('it'),
    nl: wording('nl'),
  },
}
