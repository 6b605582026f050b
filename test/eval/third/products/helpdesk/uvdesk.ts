// UVdesk community helpdesk: the customer email template "Ticket Created" (Customer Created Ticket).
import { w, type Product } from '../../types.ts'

export const uvdesk: Product = {
  product: 'UVdesk',
  family: 'helpdesk',
  source:
    'uvdesk/community-skeleton, default email templates ("Customer Ticket Created" / "Ticket generated success mail to customer")',
  ticket: '####',
  hosted: 'support@{slug}.uvdesk.com',
  texts: {
    en: [
      w(
        `Ticket #{ticket} - {subject}`,
        `Hello {name},

Your ticket #{ticket} has been created successfully. Our support team will get back to you soon.

Subject: {subject}

You can check the status of your ticket by visiting https://{site}/en/customer/view-ticket/{ticket}

Thanks,
{company} Support
Powered by UVdesk`,
      ),
    ],
    fr: [
      w(
        `Ticket n° {ticket} créé : {subject}`,
        `Bonjour {name},

Votre ticket n° {ticket} a été créé avec succès. Notre équipe d'assistance reviendra vers vous rapidement.

Vous pouvez suivre son avancement ici : https://{site}/fr/customer/view-ticket/{ticket}

Cordialement,
Le support {company}`,
      ),
    ],
    es: [
      w(
        `Ticket #{ticket} creado - {subject}`,
        `Hola {name},

Tu ticket #{ticket} se ha creado correctamente. Nuestro equipo de soporte te responderá pronto.

Consulta el estado en https://{site}/es/customer/view-ticket/{ticket}

Gracias,
Soporte de {company}`,
      ),
    ],
    it: [
      w(
        `Ticket #{ticket} creato: {subject}`,
        `Ciao {name},

il tuo ticket #{ticket} è stato creato con successo. Il nostro team di assistenza ti risponderà a breve.

Puoi controllarne lo stato qui: https://{site}/it/customer/view-ticket/{ticket}

Grazie,
Assistenza {company}`,
      ),
    ],
    pt: [
      w(
        `Ticket #{ticket} criado - {subject}`,
        `Olá {name},

O seu ticket #{ticket} foi criado com sucesso. A nossa equipa de suporte responderá em breve.

Acompanhe o estado em https://{site}/pt/customer/view-ticket/{ticket}

Obrigado,
Suporte {company}`,
      ),
    ],
    de: [
      w(
        `Ticket #{ticket} erstellt: {subject}`,
        `Hallo {name},

Ihr Ticket #{ticket} wurde erfolgreich erstellt. Unser Support-Team meldet sich in Kürze bei Ihnen.

Den Status sehen Sie unter https://{site}/de/customer/view-ticket/{ticket}

Danke,
{company} Support`,
      ),
    ],
  },
}
