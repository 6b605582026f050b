// Hiver (shared inboxes inside Gmail): the shared mailbox's autoresponder, sent from the team's
// own Google Workspace address as a reply to the incoming subject. Source: Hiver help
// "Autoresponders for shared mailboxes" (default text "Thanks for reaching out! We've received
// your email…"). Translations: the team's own (reconstruction); de du, fr vous, pt pt-PT.
import type { Product } from '../../product.ts'

export const HIVER: Product = {
  product: 'Hiver',
  family: 'helpdesk',
  source:
    'Hiver shared-mailbox autoresponder, "Thanks for reaching out! We\'ve received your email"',
  echo: 'subject',
  hosted: null,
  locals: ['support', 'help', 'team', 'orders', 'care'],
  subdomains: [''],
  texts: {
    en: (f) => ({
      subject: `Re: ${f.field}`,
      body: `Hi ${f.name},\n\nThanks for reaching out! We've received your email and someone from the ${f.company} team will get back to you within 24 hours.\n\nCheers,\nThe ${f.company} team`,
    }),
    de: (f) => ({
      subject: `AW: ${f.field}`,
      body: `Hi ${f.name},\n\ndanke für deine Nachricht! Wir haben deine E-Mail erhalten und jemand aus dem ${f.company}-Team meldet sich innerhalb von 24 Stunden bei dir.\n\nViele Grüße\nDein ${f.company}-Team`,
    }),
    fr: (f) => ({
      subject: `RE: ${f.field}`,
      body: `Bonjour ${f.name},\n\nMerci de nous avoir contactés ! Nous avons bien reçu votre e-mail ; un membre de l'équipe ${f.company} vous répondra sous 24 heures.\n\nBien à vous,\nL'équipe ${f.company}`,
    }),
    es: (f) => ({
      subject: `RE: ${f.field}`,
      body: `Hola ${f.name}:\n\n¡Gracias por escribirnos! Hemos recibido tu correo y alguien del equipo de ${f.company} te responderá en menos de 24 horas.\n\nUn saludo,\nEl equipo de ${f.company}`,
    }),
    pt: (f) => ({
      subject: `RE: ${f.field}`,
      body: `Olá ${f.name},\n\nobrigado pelo contacto! Recebemos o seu e-mail e alguém da equipa ${f.company} responder-lhe-á nas próximas 24 horas.\n\nCumprimentos,\nA equipa ${f.company}`,
    }),
    it: (f) => ({
      subject: `R: ${f.field}`,
      body: `Ciao ${f.name},\n\ngrazie per averci scritto! Abbiamo ricevuto la tua email e qualcuno del team ${f.company} ti risponderà entro 24 ore.\n\nA presto,\nIl team ${f.company}`,
    }),
    nl: (f) => ({
      subject: `Re: ${f.field}`,
      body: `Hoi ${f.name},\n\nbedankt voor je bericht! We hebben je e-mail ontvangen en iemand van het ${f.company}-team reageert binnen 24 uur.\n\nGroeten,\nTeam ${f.company}`,
    }),
  },
}
