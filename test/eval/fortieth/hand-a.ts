// Hand-written first mails of a form submission, two per family and language (en, de, fr, es),
// each a company's own wording, written for this set. Slots: {company} {ref} {message} {name}
// {link} {code}; {message} echoes what was typed into the form, {name} the name field.
import type { Family, Wording } from './types.ts'

type Texts = Record<Family, readonly Wording[]>

const en: Texts = {
  helpdesk: [
    {
      subject: 'Request received: {message}',
      body: 'Hello,\nThanks for contacting {company}. Your request ({ref}) is now in our queue and a member of the team will get back to you within two working days.\nYou wrote: "{message}"\nPlease keep the reference in any reply.\n{company} Customer Care',
    },
    {
      subject: '[{company}] Case {ref} opened',
      body: 'We have opened case {ref} for you.\nSummary: {message}\nNo need to write again; just reply to this email to add details.\nKind regards, the {company} service desk',
    },
  ],
  verification: [
    {
      subject: 'Please verify your email for {company}',
      body: 'Hi {name},\nOne last step: confirm that this address belongs to you so we can activate your {company} account.\n{link}\nThe link works for 24 hours. If you did not sign up, ignore this message.',
    },
    {
      subject: 'Activate your {company} account',
      body: 'Welcome aboard, {name}!\nTap the button below to activate your account and set up your profile.\nActivate account: {link}\nDidn’t create an account? You can safely delete this email.',
    },
  ],
  subscription: [
    {
      subject: 'Confirm your subscription to the {company} newsletter',
      body: 'Hi {name},\nWe received a request to add this address to our mailing list. Please confirm:\n{link}\nIf it wasn’t you, do nothing and you won’t hear from us again.',
    },
    {
      subject: 'One click left: confirm your email',
      body: 'Thanks for signing up for news from {company}, {name}.\nTo start receiving our emails, confirm your address here: {link}\nUnsubscribe anytime.',
    },
  ],
  reset: [
    {
      subject: 'Reset your password',
      body: 'Someone asked to reset the password for the {company} account linked to this address.\nChoose a new password: {link}\nThis link expires in 60 minutes. If you didn’t ask for it, your password stays the same.',
    },
    {
      subject: '{company}: your password reset code',
      body: 'Use the code {code} to reset your password. It is valid for 15 minutes.\nDidn’t request this? Ignore this email and nothing will change.\n{company} Security',
    },
  ],
}

const de: Texts = {
  helpdesk: [
    {
      subject: 'Ihre Anfrage ist bei uns eingegangen: {message}',
      body: 'Guten Tag,\nvielen Dank für Ihre Nachricht an {company}. Wir haben Ihr Anliegen unter der Nummer {ref} erfasst und melden uns so schnell wie möglich.\nIhre Nachricht: {message}\nMit freundlichen Grüßen\nIhr {company} Kundenservice',
    },
    {
      subject: 'Ticket {ref} wurde erstellt',
      body: 'Hallo,\ndein Ticket {ref} ist angelegt. Betreff: {message}\nAntworte einfach auf diese Mail, wenn du noch etwas ergänzen möchtest.\nDein Support-Team von {company}',
    },
  ],
  verification: [
    {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      body: 'Hallo {name},\nvielen Dank für Ihre Registrierung bei {company}. Bitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Konto zu aktivieren:\n{link}\nFalls Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren.',
    },
    {
      subject: 'Willkommen bei {company} – nur noch ein Klick',
      body: 'Hi {name},\nschön, dass du da bist! Aktiviere dein Konto mit einem Klick: {link}\nDer Link ist 48 Stunden gültig.',
    },
  ],
  subscription: [
    {
      subject: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      body: 'Hallo {name},\nSie haben sich für den Newsletter von {company} angemeldet. Damit wir Ihnen schreiben dürfen, bestätigen Sie bitte Ihre Anmeldung:\n{link}\nOhne Bestätigung erhalten Sie keine weiteren E-Mails.',
    },
    {
      subject: '{company} Newsletter: Anmeldung bestätigen',
      body: 'Fast geschafft, {name}! Klicke auf den Link, um deine Anmeldung zu bestätigen: {link}\nDu kannst dich jederzeit wieder abmelden.',
    },
  ],
  reset: [
    {
      subject: 'Passwort zurücksetzen',
      body: 'Hallo,\nwir haben eine Anfrage zum Zurücksetzen des Passworts für Ihr {company}-Konto erhalten.\nNeues Passwort festlegen: {link}\nDer Link ist eine Stunde gültig. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail.',
    },
    {
      subject: 'Dein Code zum Zurücksetzen: {code}',
      body: 'Gib diesen Code in der App von {company} ein: {code}\nEr läuft in 10 Minuten ab. Du hast nichts angefordert? Dann musst du nichts tun.',
    },
  ],
}

const fr: Texts = {
  helpdesk: [
    {
      subject: 'Nous avons bien reçu votre demande : {message}',
      body: 'Bonjour,\nMerci d’avoir contacté {company}. Votre demande porte la référence {ref} ; un conseiller vous répondra dans les meilleurs délais.\nVotre message : {message}\nCordialement,\nLe service client {company}',
    },
    {
      subject: 'Demande n° {ref} enregistrée',
      body: 'Bonjour,\nta demande « {message} » est enregistrée sous le numéro {ref}.\nRéponds à ce mail pour ajouter des précisions.\nL’équipe {company}',
    },
  ],
  verification: [
    {
      subject: 'Confirmez votre adresse e-mail',
      body: 'Bonjour {name},\nPour finaliser la création de votre compte {company}, merci de confirmer votre adresse e-mail :\n{link}\nSi vous n’êtes pas à l’origine de cette inscription, ignorez ce message.',
    },
    {
      subject: 'Bienvenue chez {company} ! Activez votre compte',
      body: 'Salut {name},\nIl ne reste qu’une étape : active ton compte en cliquant ici {link}\nCe lien expire dans 24 heures.',
    },
  ],
  subscription: [
    {
      subject: 'Confirmez votre inscription à la newsletter {company}',
      body: 'Bonjour {name},\nVous avez demandé à recevoir la newsletter de {company}. Cliquez sur le lien ci-dessous pour confirmer :\n{link}\nSans confirmation, votre adresse ne sera pas enregistrée.',
    },
    {
      subject: 'Encore un clic pour recevoir nos bons plans',
      body: 'Merci {name} ! Confirme ton adresse pour recevoir les offres {company} : {link}\nDésinscription possible à tout moment.',
    },
  ],
  reset: [
    {
      subject: 'Réinitialisation de votre mot de passe',
      body: 'Bonjour,\nUne demande de réinitialisation du mot de passe de votre compte {company} a été effectuée.\nChoisir un nouveau mot de passe : {link}\nCe lien est valable 30 minutes. Si vous n’avez rien demandé, ignorez cet e-mail.',
    },
    {
      subject: 'Votre code {company} : {code}',
      body: 'Voici votre code de réinitialisation : {code}\nIl expire dans 15 minutes. Ne le communiquez à personne.',
    },
  ],
}

const es: Texts = {
  helpdesk: [
    {
      subject: 'Hemos recibido tu solicitud: {message}',
      body: 'Hola,\nGracias por escribir a {company}. Tu solicitud tiene el número {ref} y te responderemos lo antes posible.\nTu mensaje: {message}\nUn saludo,\nAtención al cliente de {company}',
    },
    {
      subject: 'Incidencia {ref} registrada',
      body: 'Estimado/a cliente:\nHemos registrado su incidencia {ref} con el asunto «{message}». Le contestaremos en un plazo máximo de 48 horas.\nAtentamente,\n{company}',
    },
  ],
  verification: [
    {
      subject: 'Verifica tu correo electrónico',
      body: 'Hola {name}:\nGracias por registrarte en {company}. Confirma tu dirección de correo para activar tu cuenta:\n{link}\nSi no has sido tú, ignora este mensaje.',
    },
    {
      subject: 'Activa tu cuenta de {company}',
      body: '¡Bienvenido/a, {name}! Solo falta un paso: activa tu cuenta aquí {link}\nEl enlace caduca en 24 horas.',
    },
  ],
  subscription: [
    {
      subject: 'Confirma tu suscripción al boletín de {company}',
      body: 'Hola {name}:\nHemos recibido una solicitud para suscribir esta dirección a nuestro boletín. Confírmala aquí:\n{link}\nSi no fuiste tú, no hagas nada.',
    },
    {
      subject: 'Último paso: confirma tu email',
      body: 'Gracias por apuntarte, {name}. Pulsa el enlace para empezar a recibir las novedades de {company}: {link}',
    },
  ],
  reset: [
    {
      subject: 'Restablece tu contraseña',
      body: 'Hola,\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta de {company}.\nCrear una contraseña nueva: {link}\nEl enlace caduca en una hora. Si no lo has pedido tú, ignora este correo.',
    },
    {
      subject: 'Código para cambiar tu contraseña: {code}',
      body: 'Introduce el código {code} en {company} para cambiar tu contraseña. Caduca en 10 minutos.',
    },
  ],
}

export const HAND_A = { en, de, fr, es } as const
