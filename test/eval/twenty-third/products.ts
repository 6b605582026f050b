// Two real products per family, none named by an earlier set. Each text is written from memory of
// the product's documented default notification, in our own words (nothing pasted); the source is
// named per product. Languages a product does not ship fall back to its English default, as an
// untranslated install sends. Slots: {company} {name} {ref} {link} {topic} {site}.
import type { Lang } from '../types.ts'

export type Family = 'helpdesk' | 'verification' | 'subscription' | 'reset'
export const FAMILIES: readonly Family[] = ['helpdesk', 'verification', 'subscription', 'reset']

export interface Product {
  family: Family
  product: string
  /** How the product's mail usually leaves: the company's domain, a host, or a name alone. */
  sender: 'own' | 'hosted' | 'display'
  texts: Partial<Record<Lang, string>>
}

export const PRODUCTS: readonly Product[] = [
  {
    // Edgewall Trac: TracNotification ticket mail ("[project] #N: summary", field table, URL).
    family: 'helpdesk',
    product: 'Edgewall Trac',
    sender: 'own',
    texts: {
      en: '[{company}] #{ref}: {topic} | #{ref}: {topic} / ---------------------------+------------ /  Reporter:  {name}  |  Owner:  (none) /  Type:  request  |  Status:  new /  Priority:  normal  |  Milestone: / ---------------------------+------------ / Ticket URL: <{link}> / {company} <https://{site}/>',
      de: '[{company}] #{ref}: {topic} | #{ref}: {topic} /  Melder:  {name}  |  Besitzer:  (niemand) /  Typ:  Anfrage  |  Status:  new / Ticket-URL: <{link}> / {company} <https://{site}/>',
    },
  },
  {
    // SolarWinds Web Help Desk: default "ticket created" client e-mail.
    family: 'helpdesk',
    product: 'Web Help Desk',
    sender: 'display',
    texts: {
      en: 'Ticket {ref} created: {topic} | Dear {name}, / Your request has been received and assigned ticket number {ref}. / Request detail: {topic} / A technician will contact you. To view or update this ticket, click here: {link} / {company} Help Desk',
    },
  },
  {
    // ExpressionEngine: "Member activation instructions" default template.
    family: 'verification',
    product: 'ExpressionEngine',
    sender: 'own',
    texts: {
      en: 'Enclosed is your activation code | Thank you for your new member registration. / To activate your new account, please visit the following URL: / {link} / Thank You! / {company} / https://{site}/',
    },
  },
  {
    // Backdrop CMS: "Welcome (no approval required)" account e-mail with a one-time login link.
    family: 'verification',
    product: 'Backdrop CMS',
    sender: 'own',
    texts: {
      en: 'Account details for {name} at {company} | {name}, / Thank you for registering at {company}. You may now log in by clicking this link or copying and pasting it into your browser: / {link} / This link can only be used once and leads to a page where you set your password. / --  {company} team',
      fr: 'Détails du compte de {name} sur {company} | {name}, / Merci de votre inscription sur {company}. Vous pouvez vous connecter en cliquant sur ce lien ou en le copiant dans votre navigateur : / {link} / Ce lien ne sert qu’une fois et mène à une page où choisir votre mot de passe. / --  L’équipe {company}',
      nl: 'Accountgegevens voor {name} op {company} | {name}, / Bedankt voor je registratie bij {company}. Je kunt nu inloggen via deze link of door hem in je browser te plakken: / {link} / De link werkt één keer en brengt je naar een pagina om je wachtwoord in te stellen. / --  Team {company}',
    },
  },
  {
    // Interspire Email Marketer: default double opt-in confirmation e-mail.
    family: 'subscription',
    product: 'Interspire Email Marketer',
    sender: 'hosted',
    texts: {
      en: 'Please confirm your subscription | Thank you for subscribing to our mailing list. / Before we add you, please confirm your subscription by clicking the link below: / {link} / If you did not request this, ignore this email and you will not be subscribed. / {company}',
    },
  },
  {
    // OpenEMM (AGNITAS): double-opt-in confirmation mailing template.
    family: 'subscription',
    product: 'OpenEMM',
    sender: 'hosted',
    texts: {
      de: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung | Guten Tag {name}, / vielen Dank für Ihr Interesse an unserem Newsletter. Bitte bestätigen Sie Ihre Anmeldung mit einem Klick auf folgenden Link: / {link} / Erst danach erhalten Sie unseren Newsletter. / Ihr {company}-Team',
      en: 'Please confirm your newsletter registration | Hello {name}, / thank you for your interest in our newsletter. Please confirm your registration by clicking the following link: / {link} / Only then will you receive our newsletter. / Your {company} team',
    },
  },
  {
    // Piwigo: "lost password" mail (reset link for a user account).
    family: 'reset',
    product: 'Piwigo',
    sender: 'own',
    texts: {
      en: '[{company}] Password Reset | Someone requested that the password be reset for the following user account: / Username: {name} / To reset your password, visit the following address: / {link} / If this was a mistake, just ignore this email and nothing will happen.',
      fr: '[{company}] Réinitialisation du mot de passe | Quelqu’un a demandé la réinitialisation du mot de passe du compte suivant : / Utilisateur : {name} / Pour réinitialiser votre mot de passe, rendez-vous à l’adresse : / {link} / S’il s’agit d’une erreur, ignorez ce message : rien ne changera.',
      it: '[{company}] Reimpostazione password | Qualcuno ha chiesto di reimpostare la password di questo account: / Nome utente: {name} / Per reimpostare la password visita l’indirizzo: / {link} / Se è un errore, ignora questa email e non succederà nulla.',
    },
  },
  {
    // wallabag (FOSUserBundle resetting mail): "Reset Password" with a confirmation URL.
    family: 'reset',
    product: 'wallabag',
    sender: 'display',
    texts: {
      en: 'Reset Password | Hello {name}! / To reset your password, please visit {link} / Regards, / the {company} team',
      de: 'Passwort zurücksetzen | Hallo {name}! / Um Ihr Passwort zurückzusetzen, besuchen Sie bitte {link} / Viele Grüße, / Ihr {company}-Team',
    },
  },
]

export function productText(p: Product, lang: Lang): string {
  return p.texts[lang] ?? p.texts.en ?? Object.values(p.texts)[0]!
}
