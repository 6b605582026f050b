// Zammad: the default trigger "auto reply (on new tickets)", subject "Thanks for your inquiry
// (#{ticket.title})" behind the "[Ticket#<number>]" hook, body "Your request (Ticket#...) has been
// received and will be reviewed by our support staff." source: Zammad's seeded trigger (en) and
// its German seed; fr/es/pt/it/nl are reconstructions of a site's translated trigger.
import type { Fill, Product } from '../product.ts'

const hook = (f: Fill) => `Ticket#${f.ref}`
const link = (f: Fill) => `https://${f.site}/#ticket/zoom/${f.ref.slice(-4)}`

export const ZAMMAD: Product = {
  product: 'Zammad',
  family: 'helpdesk',
  source: 'Zammad default trigger "auto reply (on new tickets)"',
  echo: 'subject',
  hosted: (c) => `support@${c.slug}.zammad.com`,
  display: (c) => c.name,
  texts: {
    en: (f) => ({
      subject: `Thanks for your inquiry (${f.subject}) [${hook(f)}]`,
      body: `Your request (${hook(f)}) has been received and will be reviewed by our support staff.\n\nTo provide additional information, please reply to this email or click on the following link (for initial login, please request a new password):\n${link(f)}\n\nYour ${f.company} Team\n\nZammad, your customer support system`,
    }),
    de: (f) => ({
      subject: `Vielen Dank für Ihre Anfrage (${f.subject}) [${hook(f)}]`,
      body: `Ihre Anfrage (${hook(f)}) ist bei uns eingegangen und wird von unserem Support-Team bearbeitet.\n\nFür weitere Informationen antworten Sie auf diese E-Mail oder klicken Sie auf den folgenden Link (zur ersten Anmeldung fordern Sie bitte ein neues Passwort an):\n${link(f)}\n\nIhr ${f.company} Team\n\nZammad, Ihr Kundensupport-System`,
    }),
    fr: (f) => ({
      subject: `Merci pour votre demande (${f.subject}) [${hook(f)}]`,
      body: `Votre demande (${hook(f)}) a bien été reçue et sera examinée par notre équipe d'assistance.\n\nPour ajouter des informations, répondez à cet e-mail ou cliquez sur le lien suivant (pour une première connexion, demandez un nouveau mot de passe) :\n${link(f)}\n\nL'équipe ${f.company}`,
    }),
    es: (f) => ({
      subject: `Gracias por su consulta (${f.subject}) [${hook(f)}]`,
      body: `Hemos recibido su solicitud (${hook(f)}) y nuestro equipo de soporte la revisará.\n\nPara aportar más información, responda a este correo o haga clic en el siguiente enlace (para el primer acceso, solicite una contraseña nueva):\n${link(f)}\n\nEl equipo de ${f.company}`,
    }),
    pt: (f) => ({
      subject: `Obrigado pelo seu contacto (${f.subject}) [${hook(f)}]`,
      body: `O seu pedido (${hook(f)}) foi recebido e será analisado pela nossa equipa de apoio.\n\nPara acrescentar informações, responda a este e-mail ou clique na ligação seguinte (no primeiro acesso, peça uma nova palavra-passe):\n${link(f)}\n\nA equipa ${f.company}`,
    }),
    it: (f) => ({
      subject: `Grazie per la sua richiesta (${f.subject}) [${hook(f)}]`,
      body: `La sua richiesta (${hook(f)}) è stata ricevuta e sarà esaminata dal nostro staff di assistenza.\n\nPer fornire altre informazioni risponda a questa e-mail o apra il link seguente (al primo accesso richieda una nuova password):\n${link(f)}\n\nIl team ${f.company}`,
    }),
    nl: (f) => ({
      subject: `Bedankt voor uw aanvraag (${f.subject}) [${hook(f)}]`,
      body: `Uw aanvraag (${hook(f)}) is ontvangen en wordt door ons supportteam bekeken.\n\nWilt u iets toevoegen, beantwoord dan deze e-mail of klik op de volgende link (vraag bij de eerste keer inloggen een nieuw wachtwoord aan):\n${link(f)}\n\nHet ${f.company}-team`,
    }),
  },
}
