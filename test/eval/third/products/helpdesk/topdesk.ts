// TOPdesk: the self-service portal confirmation "Melding geregistreerd" sent to the caller.
import { w, type Product } from '../../types.ts'

export const topdesk: Product = {
  product: 'TOPdesk',
  family: 'helpdesk',
  source:
    'TOPdesk documentation, "E-mail templates for incidents" (default template sent to the caller on registration)',
  ticket: 'I 26## ###',
  hosted: 'noreply@{slug}.topdesk.net',
  fromName: 'Servicedesk {company}',
  texts: {
    nl: [
      w(
        `Uw melding {ticket} is geregistreerd`,
        `Geachte {name},

Uw melding is geregistreerd onder nummer {ticket}.
Korte omschrijving: {subject}

Wij nemen uw melding zo spoedig mogelijk in behandeling. U kunt de voortgang volgen via het Selfservice Portaal.

Met vriendelijke groet,
Servicedesk {company}

Dit is een automatisch gegenereerd bericht.`,
      ),
    ],
    de: [
      w(
        `Ihre Meldung {ticket} wurde registriert`,
        `Sehr geehrte/r {name},

Ihre Meldung wurde unter der Nummer {ticket} registriert.
Kurzbeschreibung: {subject}

Wir bearbeiten Ihre Meldung so schnell wie möglich. Den Stand sehen Sie im Self-Service-Portal.

Mit freundlichen Grüßen
Servicedesk {company}`,
      ),
    ],
    en: [
      w(
        `Your call {ticket} has been registered`,
        `Dear {name},

Your call has been registered under number {ticket}.
Brief description: {subject}

We will handle your call as soon as possible. You can follow its progress in the Self-Service Portal.

Kind regards,
Service Desk {company}

This message was generated automatically.`,
      ),
    ],
  },
}
