// GitLab Service Desk: the default "thank you" email sent when a mail or form opens an issue.
// source: GitLab docs, "Service Desk > Customize emails" (default thank_you text and the
// `Re: <subject> (#<iid>)` subject); other languages are reconstructions of a project's own
// translated template (GitLab ships this text in English only).
import type { Product } from '../product.ts'

const UNSUB = {
  en: 'To unsubscribe from this issue, please paste the following link into your browser:',
  de: 'Um sich von diesem Ticket abzumelden, fügen Sie bitte folgenden Link in Ihren Browser ein:',
  fr: 'Pour ne plus suivre ce ticket, collez le lien suivant dans votre navigateur :',
  es: 'Para dejar de seguir este ticket, pega el siguiente enlace en tu navegador:',
  pt: 'Para deixar de acompanhar este ticket, cole o seguinte link no seu navegador:',
  it: 'Per non seguire più questo ticket, incolla il seguente link nel browser:',
  nl: 'Om je af te melden voor dit ticket, plak je de volgende link in je browser:',
}

export const GITLAB_SERVICE_DESK: Product = {
  product: 'GitLab Service Desk',
  family: 'helpdesk',
  source: 'GitLab docs, Service Desk default thank-you email (reconstructed translations)',
  echo: 'subject',
  own: ['{co} Support <support@{domain}>', 'GitLab <gitlab@git.{domain}>', 'helpdesk@{domain}'],
  hosted: (c) => `GitLab Support Bot <incoming+${c.slug}-support-issue-@incoming.gitlab.com>`,
  texts: {
    en: {
      subject: 'Re: {subj} (#{n})',
      body: `Thank you for your support request! We are tracking your request as ticket #{n}, and will respond as soon as we can.\n\n${UNSUB.en}\n{url}`,
    },
    de: {
      subject: 'Re: {subj} (#{n})',
      body: `Vielen Dank für Ihre Support-Anfrage! Wir bearbeiten Ihre Anfrage unter der Ticketnummer #{n} und antworten so schnell wie möglich.\n\n${UNSUB.de}\n{url}`,
    },
    fr: {
      subject: 'Re: {subj} (#{n})',
      body: `Merci pour votre demande d'assistance ! Nous suivons votre demande sous le ticket #{n} et vous répondrons dès que possible.\n\n${UNSUB.fr}\n{url}`,
    },
    es: {
      subject: 'Re: {subj} (#{n})',
      body: `¡Gracias por tu solicitud de soporte! Hacemos el seguimiento de tu solicitud con el ticket #{n} y te responderemos lo antes posible.\n\n${UNSUB.es}\n{url}`,
    },
    pt: {
      subject: 'Re: {subj} (#{n})',
      body: `Obrigado pelo seu pedido de suporte! Estamos acompanhando o seu pedido como ticket #{n} e responderemos assim que pudermos.\n\n${UNSUB.pt}\n{url}`,
    },
    it: {
      subject: 'Re: {subj} (#{n})',
      body: `Grazie per la tua richiesta di assistenza! Stiamo seguendo la tua richiesta come ticket #{n} e ti risponderemo il prima possibile.\n\n${UNSUB.it}\n{url}`,
    },
    nl: {
      subject: 'Re: {subj} (#{n})',
      body: `Bedankt voor je supportverzoek! We volgen je verzoek op als ticket #{n} en reageren zo snel mogelijk.\n\n${UNSUB.nl}\n{url}`,
    },
  },
}
