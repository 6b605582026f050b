// Jira Service Management: the customer notification "Request created", subject
// "<KEY-n> <summary>", "Reply above this line.", "<name> raised this request", "View request",
// "Powered by Jira Service Management". source: Atlassian's documented default customer
// notification; JSM translates customer notifications into the portal languages (the wording here
// is written from that structure, not copied).
import type { Fill, Product } from '../product.ts'

const key = (f: Fill) => `${f.company.slice(0, 3).toUpperCase()}-${f.ref.slice(-4)}`
const url = (f: Fill) => `https://${f.site}/servicedesk/customer/portal/2/${key(f)}`

export const JIRA_SERVICE: Product = {
  product: 'Jira Service Management',
  family: 'helpdesk',
  source: 'Jira Service Management customer notification "Request created"',
  echo: 'subject',
  hosted: (c) => `jira@${c.slug}.atlassian.net`,
  display: (c) => `${c.name} Help Center`,
  texts: {
    en: (f) => ({
      subject: `${key(f)} ${f.subject}`,
      body: `—-—-—-—\nReply above this line.\n\n${f.name} raised this request via ${f.company} Help Center.\n\nView request · Turn off this request's notifications\n${url(f)}\n\n${f.message}\n\nThis is shared with ${f.name}.\nPowered by Jira Service Management`,
    }),
    de: (f) => ({
      subject: `${key(f)} ${f.subject}`,
      body: `—-—-—-—\nOberhalb dieser Zeile antworten.\n\n${f.name} hat diese Anfrage über ${f.company} Help Center erstellt.\n\nAnfrage anzeigen · Benachrichtigungen für diese Anfrage deaktivieren\n${url(f)}\n\n${f.message}\n\nGeteilt mit ${f.name}.\nBereitgestellt von Jira Service Management`,
    }),
    fr: (f) => ({
      subject: `${key(f)} ${f.subject}`,
      body: `—-—-—-—\nRépondez au-dessus de cette ligne.\n\n${f.name} a créé cette demande via ${f.company} Help Center.\n\nAfficher la demande · Désactiver les notifications de cette demande\n${url(f)}\n\n${f.message}\n\nPartagé avec ${f.name}.\nOptimisé par Jira Service Management`,
    }),
    es: (f) => ({
      subject: `${key(f)} ${f.subject}`,
      body: `—-—-—-—\nResponda por encima de esta línea.\n\n${f.name} ha creado esta solicitud a través de ${f.company} Help Center.\n\nVer solicitud · Desactivar las notificaciones de esta solicitud\n${url(f)}\n\n${f.message}\n\nCompartido con ${f.name}.\nCon la tecnología de Jira Service Management`,
    }),
    pt: (f) => ({
      subject: `${key(f)} ${f.subject}`,
      body: `—-—-—-—\nResponda acima desta linha.\n\n${f.name} criou esta solicitação via ${f.company} Help Center.\n\nVer solicitação · Desativar as notificações desta solicitação\n${url(f)}\n\n${f.message}\n\nCompartilhado com ${f.name}.\nDesenvolvido por Jira Service Management`,
    }),
    it: (f) => ({
      subject: `${key(f)} ${f.subject}`,
      body: `—-—-—-—\nRispondi sopra questa riga.\n\n${f.name} ha creato questa richiesta tramite ${f.company} Help Center.\n\nVisualizza richiesta · Disattiva le notifiche di questa richiesta\n${url(f)}\n\n${f.message}\n\nCondiviso con ${f.name}.\nCon tecnologia Jira Service Management`,
    }),
    nl: (f) => ({
      subject: `${key(f)} ${f.subject}`,
      body: `—-—-—-—\nAntwoord boven deze regel.\n\n${f.name} heeft dit verzoek ingediend via ${f.company} Help Center.\n\nVerzoek bekijken · Meldingen voor dit verzoek uitschakelen\n${url(f)}\n\n${f.message}\n\nGedeeld met ${f.name}.\nMogelijk gemaakt door Jira Service Management`,
    }),
  },
}
