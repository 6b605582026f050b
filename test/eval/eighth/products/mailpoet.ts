// MailPoet (WordPress): the default confirmation email, subject "Confirm your subscription to
// [site:title]", "Hello [subscriber:firstname | default:there], You've received this email because
// you've subscribed to our newsletter...", link "I confirm my subscription!". source: MailPoet's
// default "Confirmation email" settings text and its translate.wordpress.org strings, written
// from their meaning.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const MAILPOET: Product = {
  product: 'MailPoet',
  family: 'subscription',
  source: 'MailPoet default "Confirmation email"',
  echo: 'name',
  ownAddress: (c) => `newsletter@${c.domain}`,
  display: (c) => c.name,
  texts: fromTable({
    en: [
      'Confirm your subscription to {company}',
      "Hello {name},\n\nYou've received this email because you've subscribed to our newsletter: {company} updates. Click the link below to start receiving our emails!\n\nI confirm my subscription!\n{link}\n\nThank you,\n\nThe Team",
    ],
    de: [
      'Bestätige dein Abonnement bei {company}',
      'Hallo {name},\n\ndu erhältst diese E-Mail, weil du unseren Newsletter abonniert hast: {company} Neuigkeiten. Klicke auf den Link unten, um unsere E-Mails zu erhalten!\n\nIch bestätige mein Abonnement!\n{link}\n\nVielen Dank,\n\nDas Team',
    ],
    fr: [
      'Confirmez votre abonnement à {company}',
      "Bonjour {name},\n\nVous recevez cet e-mail parce que vous vous êtes abonné(e) à notre lettre d'information : actualités {company}. Cliquez sur le lien ci-dessous pour commencer à recevoir nos e-mails !\n\nJe confirme mon abonnement !\n{link}\n\nMerci,\n\nL'équipe",
    ],
    es: [
      'Confirma tu suscripción a {company}',
      'Hola {name}:\n\nHas recibido este correo porque te has suscrito a nuestro boletín: novedades de {company}. ¡Haz clic en el enlace para empezar a recibir nuestros correos!\n\n¡Confirmo mi suscripción!\n{link}\n\nGracias,\n\nEl equipo',
    ],
    pt: [
      'Confirme a sua subscrição de {company}',
      'Olá {name},\n\nRecebeu este e-mail porque subscreveu a nossa newsletter: novidades {company}. Clique na ligação abaixo para começar a receber os nossos e-mails!\n\nConfirmo a minha subscrição!\n{link}\n\nObrigado,\n\nA equipa',
    ],
    it: [
      'Conferma la tua iscrizione a {company}',
      'Ciao {name},\n\nhai ricevuto questa email perché ti sei iscritto alla nostra newsletter: novità {company}. Clicca sul link qui sotto per iniziare a ricevere le nostre email!\n\nConfermo la mia iscrizione!\n{link}\n\nGrazie,\n\nIl team',
    ],
    nl: [
      'Bevestig je inschrijving bij {company}',
      'Hallo {name},\n\nJe ontvangt deze e-mail omdat je je hebt ingeschreven voor onze nieuwsbrief: {company} nieuws. Klik op de link hieronder om onze e-mails te ontvangen!\n\nIk bevestig mijn inschrijving!\n{link}\n\nBedankt,\n\nHet team',
    ],
  }),
}
