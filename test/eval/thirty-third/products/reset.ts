// Password reset.
// Appsmith: the "Reset your password" mail of Appsmith (a link valid for a limited time,
// "if you did not request this, ignore").
// n8n: the user-management "password reset" mail of n8n ("Reset your n8n password" with the
// instance name, a link valid for 20 minutes).
import type { Product } from './types.ts'

export const APPSMITH: Product = {
  family: 'reset',
  product: 'Appsmith',
  sender: 'own',
  texts: {
    en: 'Reset your {company} password || Hi {name}, we received a request to reset the password of your account. Click here to set a new one: {link}. The link is valid for 48 hours. If you did not request it, ignore this email.',
    de: 'Setze dein {company}-Passwort zurück || Hallo {name}, wir haben eine Anfrage zum Zurücksetzen deines Passworts erhalten. Neues Passwort festlegen: {link}. Der Link gilt 48 Stunden. Warst du das nicht, ignoriere diese Mail.',
    fr: 'Réinitialisez votre mot de passe {company} || Bonjour {name}, nous avons reçu une demande de réinitialisation de votre mot de passe. Choisissez-en un nouveau ici : {link}. Lien valable 48 heures. Pas vous ? Ignorez cet e-mail.',
    es: 'Restablece tu contraseña de {company} || Hola {name}, hemos recibido una solicitud para restablecer tu contraseña. Crea una nueva aquí: {link}. El enlace es válido 48 horas. Si no lo pediste, ignora este correo.',
    pt: 'Redefina a sua palavra-passe {company} || Olá {name}, recebemos um pedido para redefinir a sua palavra-passe. Defina uma nova aqui: {link}. O link é válido durante 48 horas. Se não fez o pedido, ignore este email.',
    it: 'Reimposta la password di {company} || Ciao {name}, abbiamo ricevuto una richiesta di reimpostazione della password. Impostane una nuova qui: {link}. Il link vale 48 ore. Se non l’hai chiesto tu, ignora questa email.',
    nl: 'Stel je {company}-wachtwoord opnieuw in || Hoi {name}, we kregen een verzoek om je wachtwoord opnieuw in te stellen. Kies hier een nieuw wachtwoord: {link}. De link is 48 uur geldig. Niet aangevraagd? Negeer deze mail.',
  },
}

export const N8N: Product = {
  family: 'reset',
  product: 'n8n',
  sender: 'display',
  texts: {
    en: 'Reset your password || Hi {name}, somebody asked to reset your password on {company}. Click the following link to choose a new password: {link} The link is only valid for 20 minutes. If you did not make this request, ignore this message.',
    de: 'Passwort zurücksetzen || Hallo {name}, jemand hat das Zurücksetzen deines Passworts bei {company} angefordert. Über diesen Link wählst du ein neues: {link} Er ist nur 20 Minuten gültig. Hast du das nicht angefordert, ignoriere die Nachricht.',
    fr: 'Réinitialiser votre mot de passe || Bonjour {name}, quelqu’un a demandé à réinitialiser votre mot de passe sur {company}. Choisissez-en un nouveau via ce lien : {link} Valable 20 minutes seulement. Si ce n’est pas vous, ignorez ce message.',
    es: 'Restablecer contraseña || Hola {name}, alguien ha pedido restablecer tu contraseña en {company}. Elige una nueva con este enlace: {link} Solo es válido durante 20 minutos. Si no lo pediste tú, ignora este mensaje.',
    pt: 'Redefinir senha || Oi {name}, alguém pediu para redefinir sua senha em {company}. Use este link para escolher uma nova: {link} Ele só vale por 20 minutos. Se não foi você, ignore esta mensagem.',
    it: 'Reimposta la password || Ciao {name}, qualcuno ha chiesto di reimpostare la tua password su {company}. Scegline una nuova con questo link: {link} Vale solo 20 minuti. Se non sei stato tu, ignora il messaggio.',
    nl: 'Wachtwoord herstellen || Hoi {name}, iemand vroeg om je wachtwoord op {company} te herstellen. Kies via deze link een nieuw wachtwoord: {link} De link is maar 20 minuten geldig. Was jij dit niet, negeer dan dit bericht.',
  },
}
