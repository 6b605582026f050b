/* eslint-disable max-lines -- a data table: one entry per template, each with its source */
// Helpdesk templates as typed data. Each entry cites where its wording was found; sources are
// detailed in docs/signals.md (sections 1-3) and docs/DESIGN.md. Patterns are anchored or
// bounded so they run in linear time on any input.

export type Platform =
  | 'zendesk'
  | 'freshdesk'
  | 'zammad'
  | 'osticket'
  | 'otrs'
  | 'odoo'
  | 'zoho-desk'
  | 'jira-service-management'
  | 'salesforce'
  | 'servicenow'

export type Language = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'it'

/**
 * ack: a new request was received; update/solved: later notices; verification: account mails;
 * notice: wording found in every notification (reply delimiter, footer), whatever its kind.
 */
export type TemplateKind = 'ack' | 'update' | 'solved' | 'cc' | 'verification' | 'notice'

export interface HelpdeskTemplate {
  platform: Platform
  language: Language
  kind: TemplateKind
  /** Where the wording shows: the subject, or the body (whose start is the list snippet). */
  field: 'subject' | 'body'
  pattern: RegExp
  source: string
}

const ZD_TRIGGERS = 'nukosuke/go-zendesk fixture/GET/triggers.json@cfe7c2f (docs/signals.md 1.2)'
const ZD_PEBBLE =
  'pebbleit/zendesk triggers/requester_notifications.md@a1e96b7 (docs/signals.md 1.2)'
const ZD_TRAVIS =
  'real Travis CI Zendesk mails, test/corpus/real/zendesk-real (docs/signals.md 1.3, 1.4)'
const ZD_CEF = 'real French Zendesk mail, awelvor/mailpoet@2bb7432 (docs/signals.md 1.3, 1.6)'
const FD =
  'Freshdesk default notifications, freshconsult 040_email_notifications.rb@39fdde9 (docs/signals.md 3)'
const OST =
  'osTicket include/i18n/en_US/templates/email/ticket.autoresp.yaml@4689926 (docs/signals.md 3)'
const OST_IT = 'osTicket Italian language pack ticket.autoresp.yaml (venenux/simpleticket@2538f35)'
const OST_PT =
  'osTicket pt_BR language pack ticket.autoresp.yaml (irnjunior/sistema-ouvidoria@889bdfb)'
const ZAMMAD = 'zammad/zammad db/seeds/triggers.rb@5df9868 (docs/signals.md 3)'
const OTRS = 'OTRS/otrs scripts/database/otrs-initial_insert.xml@a0f3c27 (docs/signals.md 3)'

export const HELPDESK_TEMPLATES: readonly HelpdeskTemplate[] = [
  // Zendesk subjects: [Request received], Request received: <title>, [<Account>] Request received: <title>
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'ack',
    field: 'subject',
    pattern: /^(?:\[[^\]]{1,80}\]\s*)?\[?request received\]?:?/iu,
    source: ZD_TRIGGERS,
  },
  // Zendesk's update subject "[<Account>] Re: <title>" is not a template: mailing-list replies
  // ("[List-name] Re: …") look the same, so a bracket tag before "Re:" is never evidence alone.
  // Updates are recognised by their body ("has been updated") instead.
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern: /your request \(#?\d{1,12}\) has been received/iu,
    source: ZD_TRIGGERS,
  },
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'update',
    field: 'body',
    pattern: /your request \(#?\d{1,12}\) has been updated/iu,
    source: ZD_PEBBLE,
  },
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'solved',
    field: 'body',
    pattern: /your request \(#?\d{1,12}\) has been deemed solved/iu,
    source: ZD_PEBBLE,
  },
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'cc',
    field: 'body',
    pattern: /you are registered as a cc on this request/iu,
    source: ZD_TRAVIS,
  },
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'notice',
    field: 'body',
    pattern: /##- please type your reply above this line -##/iu,
    source: ZD_TRAVIS,
  },
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'notice',
    field: 'body',
    pattern: /this email is a service from [^.\n]{1,80}\./iu,
    source: ZD_TRAVIS,
  },
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'notice',
    field: 'body',
    pattern: /delivered by zendesk/iu,
    source: 'Zendesk footer, docs/signals.md 1.4',
  },
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern: /this ticket was created on your behalf/iu,
    source: 'gist paoloumali/cb3e17b (docs/signals.md 1.2)',
  },
  {
    platform: 'zendesk',
    language: 'de',
    kind: 'notice',
    field: 'body',
    pattern: /##- bitte geben sie ihre antwort oberhalb dieser zeile ein\.? -##/iu,
    source: 'Zendesk German delimiter (docs/signals.md 1.3)',
  },
  {
    platform: 'zendesk',
    language: 'fr',
    kind: 'notice',
    field: 'body',
    pattern: /##- veuillez saisir votre réponse au-dessus de cette ligne -##/iu,
    source: ZD_CEF,
  },
  {
    platform: 'zendesk',
    language: 'fr',
    kind: 'solved',
    field: 'body',
    pattern: /votre demande \(#?\d{1,12}\) a été considérée comme résolue/iu,
    source: ZD_CEF,
  },
  {
    platform: 'zendesk',
    language: 'fr',
    kind: 'notice',
    field: 'body',
    pattern: /cet e-mail provient de [^.\n]{1,80}\./iu,
    source: ZD_CEF,
  },
  {
    platform: 'zendesk',
    language: 'es',
    kind: 'notice',
    field: 'body',
    pattern: /##- por favor,? escriba su respuesta por encima de esta línea -##/iu,
    source: 'Zendesk Spanish delimiter (docs/signals.md 1.3)',
  },
  {
    platform: 'zendesk',
    language: 'es',
    kind: 'ack',
    field: 'body',
    pattern: /hemos recibido su solicitud/iu,
    source: 'rapicredit Zendesk acknowledgement (docs/signals.md 1.6)',
  },
  {
    platform: 'zendesk',
    language: 'en',
    kind: 'verification',
    field: 'subject',
    pattern: /^\s*activate your account\b/iu,
    source: 'reported wave subject (docs/signals.md 4.3)',
  },
  {
    platform: 'zendesk',
    language: 'pt',
    kind: 'verification',
    field: 'subject',
    pattern: /^\s*ative a sua conta\b/iu,
    source: 'reported wave subject, devs.com.pt (docs/signals.md 4.3)',
  },
  // Freshdesk
  {
    platform: 'freshdesk',
    language: 'en',
    kind: 'ack',
    field: 'subject',
    pattern: /^ticket received - /iu,
    source: FD,
  },
  {
    platform: 'freshdesk',
    language: 'en',
    kind: 'update',
    field: 'subject',
    pattern: /^ticket (?:updated|resolved|closed) - /iu,
    source: FD,
  },
  {
    platform: 'freshdesk',
    language: 'en',
    kind: 'cc',
    field: 'subject',
    pattern: /^added as cc - \[#\d{1,12}\]/iu,
    source: FD,
  },
  {
    platform: 'freshdesk',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern: /we would like to acknowledge that we have received your request/iu,
    source: FD,
  },
  {
    platform: 'freshdesk',
    language: 'en',
    kind: 'verification',
    field: 'subject',
    pattern: /\buser activation$/iu,
    source: FD,
  },
  {
    platform: 'freshdesk',
    language: 'en',
    kind: 'verification',
    field: 'body',
    pattern: /account has been created for you\. click the url below to activate/iu,
    source: FD,
  },
  // osTicket, with its Italian and Portuguese language packs
  {
    platform: 'osticket',
    language: 'en',
    kind: 'ack',
    field: 'subject',
    pattern: /^support ticket opened \[#\d{1,12}\]/iu,
    source: OST,
  },
  {
    platform: 'osticket',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern: /a request for support has been created and assigned #\d/iu,
    source: OST,
  },
  {
    platform: 'osticket',
    language: 'en',
    kind: 'notice',
    field: 'body',
    pattern: /-- reply above this line --/iu,
    source: 'osTicket reply separator (docs/signals.md 3)',
  },
  {
    platform: 'osticket',
    language: 'it',
    kind: 'ack',
    field: 'subject',
    pattern: /^ticket di supporto aperto \[#\d{1,12}\]/iu,
    source: OST_IT,
  },
  {
    platform: 'osticket',
    language: 'it',
    kind: 'ack',
    field: 'body',
    pattern: /una richiesta di supporto è stata creata e assegnata #\d/iu,
    source: OST_IT,
  },
  {
    platform: 'osticket',
    language: 'pt',
    kind: 'ack',
    field: 'subject',
    pattern: /^ticket de suporte aberto \[#\d{1,12}\]/iu,
    source: OST_PT,
  },
  {
    platform: 'osticket',
    language: 'pt',
    kind: 'ack',
    field: 'body',
    pattern: /uma requisição de suporte foi criada com o número #\d/iu,
    source: OST_PT,
  },
  // Zammad
  {
    platform: 'zammad',
    language: 'en',
    kind: 'ack',
    field: 'subject',
    pattern: /^thanks for your (?:inquiry|follow-up) \(/iu,
    source: ZAMMAD,
  },
  {
    platform: 'zammad',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern: /your request \(ticket#\d{1,20}\) has been received and will be reviewed/iu,
    source: ZAMMAD,
  },
  {
    platform: 'zammad',
    language: 'en',
    kind: 'notice',
    field: 'body',
    pattern: /zammad, your customer support system/iu,
    source: ZAMMAD,
  },
  // OTRS / Znuny / OTOBO
  {
    platform: 'otrs',
    language: 'en',
    kind: 'ack',
    field: 'subject',
    pattern: /\[ticket#:?\s?\d{4,20}\]/iu,
    source: OTRS,
  },
  {
    platform: 'otrs',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern: /thanks for your email\. a new ticket has been created\./iu,
    source: OTRS,
  },
  // Odoo Helpdesk
  {
    platform: 'odoo',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern:
      /has been received and is being reviewed by our [^.\n]{1,60} team\. the reference of your ticket is/iu,
    source: 'Odoo Helpdesk acknowledgement, pastebin SRr7eKrx (docs/signals.md 3)',
  },
  // Salesforce Email-to-Case and ServiceNow thread ids. Word edges are lookarounds, not \b: a
  // case-insensitive pattern that starts with \b scans ten times slower in V8 (measured).
  {
    platform: 'salesforce',
    language: 'en',
    kind: 'ack',
    field: 'subject',
    pattern: /ref:_00d[a-z0-9]{4,12}\._500[a-z0-9]{4,15}:ref/iu,
    source: 'Salesforce Ref ID threading (docs/signals.md 3)',
  },
  {
    platform: 'salesforce',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern: /ref:_00d[a-z0-9]{4,12}\._500[a-z0-9]{4,15}:ref/iu,
    source: 'Salesforce Ref ID threading (docs/signals.md 3)',
  },
  {
    platform: 'servicenow',
    language: 'en',
    kind: 'ack',
    field: 'body',
    pattern: /(?<![a-z0-9])ref:msg\d{5,10}(?:_[a-z0-9]{20})?(?![a-z0-9])/iu,
    source: 'ServiceNow watermark (docs/signals.md 3)',
  },
  {
    platform: 'servicenow',
    language: 'en',
    kind: 'ack',
    field: 'subject',
    pattern: /(?<![a-z0-9])ref:msg\d{5,10}(?![a-z0-9])/iu,
    source: 'ServiceNow watermark (docs/signals.md 3)',
  },
]

/** Hosted helpdesk sender domains: the subdomain names the company (docs/signals.md 2.1, 3). */
export const HELPDESK_SENDER_HOSTS: Readonly<Record<string, Platform>> = {
  'zendesk.com': 'zendesk',
  'freshdesk.com': 'freshdesk',
  'zohodesk.com': 'zoho-desk',
  'atlassian.net': 'jira-service-management', // sender shape not verified (docs/signals.md 3)
}
