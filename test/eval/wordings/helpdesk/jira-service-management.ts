// Atlassian Jira Service Management: the customer notification "Request created" with the
// "Reply above this line" marker, the request key and the portal name, as Atlassian documents
// the default customer notifications.
import type { Product } from '../types.ts'

export const jiraServiceManagement: Product = {
  family: 'helpdesk',
  product: 'Jira Service Management',
  source: 'Atlassian support "Customer notifications": default "Request created" template',
  senders: [
    { shape: 'hosted', host: 'atlassian.net', local: 'jira', name: '{company} Help Center' },
    { shape: 'own', local: 'servicedesk', name: '{company} Service Desk' },
  ],
  id: (n) => `HELP-${1_000 + (n % 9_000)}`,
  texts: {
    en: [
      {
        subject: '{id} {payload}',
        body: "—-—-—-—\nReply above this line.\n\n{name} raised this request via {company} Help Center.\n\nView request · Turn off this request's notifications\n\nHi {name}, thanks for contacting us. We've received your request and will get back to you soon.\n\nThis is shared with {name}.\n\nHelp Center, powered by Jira Service Management",
      },
    ],
    de: [
      {
        subject: '{id} {payload}',
        body: '—-—-—-—\nÜber dieser Zeile antworten.\n\n{name} hat diese Anfrage über das {company} Help Center gestellt.\n\nAnfrage anzeigen · Benachrichtigungen für diese Anfrage deaktivieren\n\nHelp Center, unterstützt von Jira Service Management',
      },
    ],
    fr: [
      {
        subject: '{id} {payload}',
        body: '—-—-—-—\nRépondez au-dessus de cette ligne.\n\n{name} a créé cette demande via le centre d’aide {company}.\n\nAfficher la demande · Désactiver les notifications de cette demande\n\nCentre d’aide, fourni par Jira Service Management',
      },
    ],
  },
}
