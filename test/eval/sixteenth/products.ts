// The few products of this set (at most two per family, new to every earlier set). Each text is
// written from memory of the product's documented default and its variables, not pasted; where a
// product ships no text in a language, the rendering is this set's own (marked "own rendering").
// Languages a product lacks fall back to its English default, as such installs do.
import type { Lang } from '../types.ts'
import { texts, type Family, type Text } from './texts/text.ts'

export interface Product {
  product: string
  family: Family
  /** How its mail's sender row looks. */
  sender: 'own' | 'esp' | 'display'
  texts: Partial<Record<Lang, Text>> & { en: Text }
}

const one = (lang: Lang, subject: string, body: string): Text => texts(lang, [[subject, body]])[0]!

export const PRODUCTS: readonly Product[] = [
  {
    // source: Peppermint helpdesk (open source) new-ticket notice; de/fr own rendering
    product: 'Peppermint',
    family: 'ack',
    sender: 'own',
    texts: {
      en: one(
        'en',
        'Ticket Created #{r}',
        'A new ticket has been created for you.\n\nTitle: {p}\nTicket ID: #{r}\n\nYou can reply to this email to add to the ticket.',
      ),
      de: one(
        'de',
        'Ticket erstellt #{r}',
        'Für Sie wurde ein neues Ticket erstellt.\n\nTitel: {p}\nTicket-ID: #{r}',
      ),
      fr: one(
        'fr',
        'Ticket créé n°{r}',
        'Un nouveau ticket a été créé pour vous.\n\nTitre : {p}\nID : {r}',
      ),
    },
  },
  {
    // source: TYPO3 form framework, EmailToSender finisher with the integrator's usual template
    product: 'TYPO3 Form',
    family: 'ack',
    sender: 'own',
    texts: {
      en: one(
        'en',
        'Your message',
        'Thank you for your message. We have received the following data:\n\nName: {p}\nMessage: {p}',
      ),
      de: one(
        'de',
        'Ihre Nachricht',
        'Vielen Dank für Ihre Nachricht. Folgende Daten haben wir erhalten:\n\nName: {p}\nNachricht: {p}',
      ),
      nl: one(
        'nl',
        'Uw bericht',
        'Hartelijk dank voor uw bericht. Wij hebben de volgende gegevens ontvangen:\n\nNaam: {p}',
      ),
    },
  },
  {
    // source: Jimdo store/site member sign-up confirmation, sender shown by name only; own rendering outside en/de
    product: 'Jimdo',
    family: 'verify',
    sender: 'display',
    texts: {
      en: one(
        'en',
        'Please confirm your registration',
        'Hello {p},\n\nplease confirm your registration at {c} by clicking the following link:\n{u}',
      ),
      de: one(
        'de',
        'Bitte bestätige deine Registrierung',
        'Hallo {p},\n\nbitte bestätige deine Registrierung bei {c}, indem du auf folgenden Link klickst:\n{u}',
      ),
      es: one(
        'es',
        'Confirma tu registro',
        'Hola {p}:\n\nconfirma tu registro en {c} haciendo clic en este enlace:\n{u}',
      ),
    },
  },
  {
    // source: Medusa storefront customer "welcome / verify email" notification as the starter sends it; own rendering
    product: 'Medusa',
    family: 'verify',
    sender: 'own',
    texts: {
      en: one(
        'en',
        'Welcome to {c}',
        'Hi {p}, your account has been created. Verify your email to complete setup: {u}',
      ),
      it: one(
        'it',
        'Benvenuto su {c}',
        'Ciao {p}, il tuo account è stato creato. Verifica la tua email: {u}',
      ),
    },
  },
  {
    // source: CiviCRM "Subscription Confirmation Request" system workflow message
    product: 'CiviCRM',
    family: 'subscribe',
    sender: 'esp',
    texts: {
      en: one(
        'en',
        'Subscription Confirmation Request',
        'You have a pending subscription to the {c} Newsletter mailing list. To confirm this subscription, reply to this email or click on this link: {u}',
      ),
      fr: one(
        'fr',
        "Demande de confirmation d'abonnement",
        'Vous avez un abonnement en attente à la liste de diffusion {c} Newsletter. Pour confirmer, répondez à ce courriel ou cliquez sur ce lien : {u}',
      ),
      pt: one(
        'pt',
        'Pedido de confirmação de subscrição',
        'Tem uma subscrição pendente da lista {c} Newsletter. Para confirmar, responda a este e-mail ou clique: {u}',
      ),
    },
  },
  {
    // source: Emarsys double opt-in mail as customers configure it, display name only; own rendering
    product: 'Emarsys',
    family: 'subscribe',
    sender: 'display',
    texts: {
      en: one(
        'en',
        'Please confirm your email address',
        'Thank you for your interest in {c}. Please click the link below to confirm your newsletter registration:\n{u}',
      ),
      de: one(
        'de',
        'Bitte bestätigen Sie Ihre E-Mail-Adresse',
        'Vielen Dank für Ihr Interesse an {c}. Bitte klicken Sie auf den folgenden Link, um Ihre Newsletter-Anmeldung zu bestätigen:\n{u}',
      ),
      nl: one(
        'nl',
        'Bevestig uw e-mailadres',
        'Bedankt voor uw interesse in {c}. Klik op onderstaande link om uw aanmelding te bevestigen:\n{u}',
      ),
    },
  },
  {
    // source: Plone "Password reset request" (mail_password_template)
    product: 'Plone',
    family: 'reset',
    sender: 'own',
    texts: {
      en: one(
        'en',
        'Password reset request',
        "The site administrator asks you to reset your password for '{p}' userid. Your old password doesn't work anymore.\n\nThe following link will take you to a page where you can reset your password for {c} site:\n{u}\n\n(This link is valid for 168 hours)",
      ),
      it: one(
        'it',
        'Richiesta di reimpostazione password',
        'Il seguente link ti porterà a una pagina dove potrai reimpostare la password per il sito {c}:\n{u}\n\n(Il link è valido per 168 ore)',
      ),
    },
  },
  {
    // source: Kirby CMS panel "Your login code" (passwordless code login)
    product: 'Kirby',
    family: 'reset',
    sender: 'own',
    texts: {
      en: one(
        'en',
        'Your login code',
        'Your login code for {c} is: {k}\n\nThe login code will be valid for 10 minutes.\n\nIf you did not request a login code, please ignore this email or contact your administrator if you have questions.',
      ),
      de: one(
        'de',
        'Dein Anmeldecode',
        'Dein Anmeldecode für {c}: {k}\n\nDer Code ist 10 Minuten gültig.',
      ),
      es: one(
        'es',
        'Tu código de inicio de sesión',
        'Tu código de inicio de sesión para {c} es: {k}\n\nEs válido durante 10 minutos.',
      ),
    },
  },
]

export function productText(p: Product, lang: Lang): Text {
  return p.texts[lang] ?? p.texts.en
}
