// The few products of this set (new to every earlier set), one per family, each with its default
// wording as this set renders it in the seven languages. Written from memory of each product's
// documented default (not pasted); where a product ships no translation, the rendering is ours
// (marked "ours"). Slots as in handwritten/text.ts.
import type { Lang } from '../types.ts'
import type { Family } from './composed/blocks.ts'

export interface Product {
  product: string
  family: Family
  /** How the sender row looks for every mail of the product. */
  sender: 'own' | 'hosted' | 'display'
  /** The sender row, given the company's name and domain. */
  from: (name: string, domain: string, slug: string) => string
  texts: Record<Lang, readonly [subject: string, body: string]>
}

// source: HelpCrunch email channel auto-reply (help.helpcrunch.com, "Auto-reply" settings);
// the default is English only, the other six are ours. Shown by display name only.
const HELPCRUNCH: Product = {
  product: 'HelpCrunch',
  family: 'ack',
  sender: 'display',
  from: (name) => `${name} Support`,
  texts: {
    en: [
      'Re: {n}',
      "Thanks for getting in touch! We've received your message and will get back to you shortly.\n\nWe run on HelpCrunch",
    ],
    de: [
      'Re: {n}',
      'Danke für deine Nachricht! Wir haben sie erhalten und melden uns in Kürze.\n\nWe run on HelpCrunch',
    ],
    fr: [
      'Re: {n}',
      'Merci de nous avoir contactés ! Nous avons reçu votre message et reviendrons vers vous rapidement.\n\nWe run on HelpCrunch',
    ],
    es: [
      'Re: {n}',
      '¡Gracias por escribirnos! Hemos recibido tu mensaje y te contestaremos en breve.\n\nWe run on HelpCrunch',
    ],
    pt: [
      'Re: {n}',
      'Obrigado pelo contato! Recebemos sua mensagem e responderemos em breve.\n\nWe run on HelpCrunch',
    ],
    it: [
      'Re: {n}',
      'Grazie per averci contattato! Abbiamo ricevuto il tuo messaggio e ti risponderemo a breve.\n\nWe run on HelpCrunch',
    ],
    nl: [
      'Re: {n}',
      'Bedankt voor je bericht! We hebben het ontvangen en komen snel bij je terug.\n\nWe run on HelpCrunch',
    ],
  },
}

// source: Contao CMS, module "Registration", default activation mail (tl_module emailText,
// "Your registration on ##domain##"); Contao ships these seven languages via its translations.
const CONTAO: Product = {
  product: 'Contao registration',
  family: 'verify',
  sender: 'own',
  from: (name, domain) => `${name} <admin@${domain}>`,
  texts: {
    en: [
      'Your registration on {c}',
      'Thank you for your registration on {c}.\n\nPlease click {l} to complete your registration and to activate your account. If you did not request an account, please ignore this e-mail.\n',
    ],
    de: [
      'Ihre Registrierung auf {c}',
      'Vielen Dank für Ihre Registrierung auf {c}.\n\nBitte klicken Sie {l} um Ihre Registrierung abzuschließen und Ihr Konto zu aktivieren. Wenn Sie keinen Zugang angefordert haben, ignorieren Sie bitte diese E-Mail.\n',
    ],
    fr: [
      'Votre inscription sur {c}',
      'Merci pour votre inscription sur {c}.\n\nVeuillez cliquer sur {l} pour terminer votre inscription et activer votre compte. Si vous n’avez pas demandé de compte, veuillez ignorer cet e-mail.\n',
    ],
    es: [
      'Su registro en {c}',
      'Gracias por registrarse en {c}.\n\nPor favor, haga clic en {l} para completar su registro y activar su cuenta. Si no ha solicitado una cuenta, ignore este correo.\n',
    ],
    pt: [
      'O seu registo em {c}',
      'Obrigado pelo seu registo em {c}.\n\nPor favor clique em {l} para concluir o registo e ativar a sua conta. Se não pediu uma conta, ignore este e-mail.\n',
    ],
    it: [
      'La tua registrazione su {c}',
      'Grazie per la registrazione su {c}.\n\nClicca su {l} per completare la registrazione e attivare il tuo account. Se non hai richiesto un account, ignora questa e-mail.\n',
    ],
    nl: [
      'Uw registratie op {c}',
      'Bedankt voor uw registratie op {c}.\n\nKlik op {l} om uw registratie te voltooien en uw account te activeren. Als u geen account heeft aangevraagd, negeer dan deze e-mail.\n',
    ],
  },
}

// source: Sender.net double opt-in default ("Please confirm your subscription", button "Yes,
// subscribe me"); English default, the other six are ours. Shown by display name only.
const SENDER_NET: Product = {
  product: 'Sender.net',
  family: 'subscribe',
  sender: 'display',
  from: (name) => name,
  texts: {
    en: [
      'Please confirm your subscription',
      'Please confirm your subscription to {c} by clicking the button below.\n\nYes, subscribe me\n\nIf you received this email by mistake, simply delete it. You won’t be subscribed if you don’t click the confirmation link above.\n\nSent with Sender',
    ],
    de: [
      'Bitte bestätige dein Abonnement',
      'Bitte bestätige dein Abonnement von {c}, indem du auf den Button unten klickst.\n\nJa, abonnieren\n\nFalls du diese E-Mail irrtümlich erhalten hast, lösche sie einfach.\n\nSent with Sender',
    ],
    fr: [
      'Veuillez confirmer votre abonnement',
      'Veuillez confirmer votre abonnement à {c} en cliquant sur le bouton ci-dessous.\n\nOui, je m’abonne\n\nSi vous avez reçu cet e-mail par erreur, supprimez-le simplement.\n\nSent with Sender',
    ],
    es: [
      'Confirma tu suscripción',
      'Confirma tu suscripción a {c} haciendo clic en el botón de abajo.\n\nSí, suscribirme\n\nSi recibiste este correo por error, simplemente bórralo.\n\nSent with Sender',
    ],
    pt: [
      'Confirme a sua subscrição',
      'Confirme a sua subscrição de {c} clicando no botão abaixo.\n\nSim, subscrever\n\nSe recebeu este e-mail por engano, basta apagá-lo.\n\nSent with Sender',
    ],
    it: [
      'Conferma la tua iscrizione',
      'Conferma la tua iscrizione a {c} cliccando sul pulsante qui sotto.\n\nSì, iscrivimi\n\nSe hai ricevuto questa email per errore, eliminala.\n\nSent with Sender',
    ],
    nl: [
      'Bevestig je inschrijving',
      'Bevestig je inschrijving bij {c} door op de knop hieronder te klikken.\n\nJa, schrijf me in\n\nHeb je deze e-mail per ongeluk ontvangen? Verwijder hem dan.\n\nSent with Sender',
    ],
  },
}

// source: Thinkific "Reset password instructions" (school login, Forgot password); Thinkific
// translates student-facing mails into the site language; the renderings here are ours.
const THINKIFIC: Product = {
  product: 'Thinkific',
  family: 'reset',
  sender: 'hosted',
  from: (name, _domain, slug) => `${name} <no-reply@${slug}.thinkific.com>`,
  texts: {
    en: [
      'Reset password instructions',
      'Hello {n},\n\nSomeone has requested a link to change your password for {c}. You can do this through the link below.\n\n{l}\n\nIf you didn’t request this, please ignore this email. Your password won’t change until you access the link above and create a new one.',
    ],
    de: [
      'Anleitung zum Zurücksetzen des Passworts',
      'Hallo {n},\n\njemand hat einen Link zum Ändern deines Passworts für {c} angefordert. Du kannst es über den folgenden Link ändern.\n\n{l}\n\nWenn du das nicht angefordert hast, ignoriere diese E-Mail.',
    ],
    fr: [
      'Instructions de réinitialisation du mot de passe',
      'Bonjour {n},\n\nQuelqu’un a demandé un lien pour modifier votre mot de passe sur {c}. Vous pouvez le faire via le lien ci-dessous.\n\n{l}\n\nSi vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.',
    ],
    es: [
      'Instrucciones para restablecer la contraseña',
      'Hola {n}:\n\nAlguien ha solicitado un enlace para cambiar tu contraseña de {c}. Puedes hacerlo desde el enlace de abajo.\n\n{l}\n\nSi no lo solicitaste, ignora este correo.',
    ],
    pt: [
      'Instruções para redefinir a senha',
      'Olá {n},\n\nAlguém pediu um link para alterar a sua senha em {c}. Pode fazê-lo através do link abaixo.\n\n{l}\n\nSe não fez este pedido, ignore este e-mail.',
    ],
    it: [
      'Istruzioni per reimpostare la password',
      'Ciao {n},\n\nqualcuno ha richiesto un link per cambiare la tua password su {c}. Puoi farlo dal link qui sotto.\n\n{l}\n\nSe non l’hai richiesto tu, ignora questa email.',
    ],
    nl: [
      'Instructies om je wachtwoord te resetten',
      'Hallo {n},\n\nIemand heeft een link aangevraagd om je wachtwoord voor {c} te wijzigen. Dat kan via de link hieronder.\n\n{l}\n\nHeb je dit niet aangevraagd? Negeer dan deze e-mail.',
    ],
  },
}

export const PRODUCTS: readonly Product[] = [HELPCRUNCH, CONTAO, SENDER_NET, THINKIFIC]

export function productOf(family: Family): Product {
  return PRODUCTS.find((p) => p.family === family)!
}
