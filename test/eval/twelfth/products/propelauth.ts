// PropelAuth: the passwordless sign-in code and the password reset email of its hosted pages,
// the code at the start of the subject. Reconstruction of the emails its documentation describes
// (customisable templates with the project name), not a known default text; translations are
// written for this set.
import type { Lang } from '../../types.ts'
import type { MailContext, Product, Written } from '../product.ts'

type Text = (m: MailContext) => Written

const code: Record<Lang, Text> = {
  en: (m) => ({
    subject: `${m.code} is your ${m.company.name} login code`,
    body: `Here is your login code for ${m.company.name}:\n\n${m.code}\n\nThis code expires in 15 minutes. If you didn't try to log in, you can ignore this email.`,
  }),
  de: (m) => ({
    subject: `${m.code} ist Ihr Anmeldecode für ${m.company.name}`,
    body: `Hier ist Ihr Anmeldecode für ${m.company.name}:\n\n${m.code}\n\nDer Code läuft in 15 Minuten ab. Wenn Sie sich nicht anmelden wollten, ignorieren Sie diese E-Mail.`,
  }),
  fr: (m) => ({
    subject: `${m.code} est votre code de connexion ${m.company.name}`,
    body: `Voici votre code de connexion à ${m.company.name} :\n\n${m.code}\n\nCe code expire dans 15 minutes. Si vous n'avez pas essayé de vous connecter, ignorez cet e-mail.`,
  }),
  es: (m) => ({
    subject: `${m.code} es tu código de acceso a ${m.company.name}`,
    body: `Este es tu código de acceso a ${m.company.name}:\n\n${m.code}\n\nCaduca en 15 minutos. Si no has intentado iniciar sesión, ignora este correo.`,
  }),
  pt: (m) => ({
    subject: `${m.code} é o seu código de acesso à ${m.company.name}`,
    body: `Aqui está o seu código de acesso à ${m.company.name}:\n\n${m.code}\n\nEste código expira em 15 minutos. Se não tentou entrar, ignore este e-mail.`,
  }),
  it: (m) => ({
    subject: `${m.code} è il tuo codice di accesso a ${m.company.name}`,
    body: `Ecco il tuo codice di accesso a ${m.company.name}:\n\n${m.code}\n\nIl codice scade tra 15 minuti. Se non hai provato ad accedere, ignora questa email.`,
  }),
  nl: (m) => ({
    subject: `${m.code} is je inlogcode voor ${m.company.name}`,
    body: `Hier is je inlogcode voor ${m.company.name}:\n\n${m.code}\n\nDeze code verloopt over 15 minuten. Heb je niet geprobeerd in te loggen? Negeer deze e-mail dan.`,
  }),
}

const reset: Record<Lang, Text> = {
  en: (m) => ({
    subject: `Reset your ${m.company.name} password`,
    body: `Hi ${m.name},\n\nWe received a request to reset the password for your ${m.company.name} account. Click the link below to choose a new one:\n${m.link}\n\nIf you didn't request this, no action is needed.`,
  }),
  de: (m) => ({
    subject: `Passwort für ${m.company.name} zurücksetzen`,
    body: `Hallo ${m.name},\n\nwir haben eine Anfrage zum Zurücksetzen des Passworts Ihres ${m.company.name}-Kontos erhalten. Über diesen Link wählen Sie ein neues:\n${m.link}\n\nFalls Sie das nicht angefordert haben, ist nichts zu tun.`,
  }),
  fr: (m) => ({
    subject: `Réinitialisez votre mot de passe ${m.company.name}`,
    body: `Bonjour ${m.name},\n\nNous avons reçu une demande de réinitialisation du mot de passe de votre compte ${m.company.name}. Cliquez sur le lien ci-dessous pour en choisir un nouveau :\n${m.link}\n\nSi vous n'êtes pas à l'origine de cette demande, aucune action n'est requise.`,
  }),
  es: (m) => ({
    subject: `Restablece tu contraseña de ${m.company.name}`,
    body: `Hola ${m.name}:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta de ${m.company.name}. Elige una nueva aquí:\n${m.link}\n\nSi no lo has solicitado, no tienes que hacer nada.`,
  }),
  pt: (m) => ({
    subject: `Redefina sua senha da ${m.company.name}`,
    body: `Olá ${m.name},\n\nRecebemos um pedido para redefinir a senha da sua conta ${m.company.name}. Clique no link abaixo para escolher uma nova:\n${m.link}\n\nSe não foi você, nenhuma ação é necessária.`,
  }),
  it: (m) => ({
    subject: `Reimposta la password di ${m.company.name}`,
    body: `Ciao ${m.name},\n\nabbiamo ricevuto una richiesta di reimpostare la password del tuo account ${m.company.name}. Scegline una nuova da qui:\n${m.link}\n\nSe non l'hai richiesto, non devi fare nulla.`,
  }),
  nl: (m) => ({
    subject: `Stel je wachtwoord voor ${m.company.name} opnieuw in`,
    body: `Hoi ${m.name},\n\nWe hebben een verzoek ontvangen om het wachtwoord van je ${m.company.name}-account opnieuw in te stellen. Kies via deze link een nieuw wachtwoord:\n${m.link}\n\nHeb je dit niet aangevraagd? Dan hoef je niets te doen.`,
  }),
}

const either =
  (lang: Lang): Text =>
  (m) =>
    (m.ticket % 3 === 0 ? reset : code)[lang](m)

export const PROPELAUTH: Product = {
  product: 'PropelAuth',
  family: 'reset',
  source: 'reconstruction: PropelAuth hosted-pages login code and password reset emails',
  hosted: (c) => `${c.name} <noreply@${c.slug}.propelauth-mail.net>`,
  texts: {
    en: either('en'),
    de: either('de'),
    fr: either('fr'),
    es: either('es'),
    pt: either('pt'),
    it: either('it'),
    nl: either('nl'),
  },
}
