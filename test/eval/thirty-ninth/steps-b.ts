// Hand-written mails, second half of the steps (opt-in, codes and links, tickets, resets), in the
// order en de fr es pt it nl; first line the subject. {message} is the web form's message field,
// which a ticket notice echoes; a reset notice echoes nothing.
import type { Step } from './flows.ts'

export const HAND_B: Partial<Record<Step, readonly string[]>> = {
  optin: [
    'Confirm your subscription to the {company} newsletter\nHi {name},\nplease confirm that you want to receive our newsletter at {email}:\n{link}\nNo confirmation, no mail: if this was not you, do nothing.',
    'Bitte bestätige dein Newsletter-Abo\nHallo {name},\nbitte bestätige, dass du den {company}-Newsletter an {email} erhalten möchtest:\n{link}\nOhne Bestätigung bekommst du nichts von uns.',
    'Confirmez votre inscription à la newsletter\nBonjour {name},\nmerci de confirmer que vous souhaitez recevoir la lettre de {company} à l’adresse {email} :\n{link}\nSans confirmation, aucun envoi.',
    'Confirma tu suscripción al boletín\nHola {name}:\nconfirma que quieres recibir el boletín de {company} en {email}:\n{link}\nSi no confirmas, no te enviaremos nada.',
    'Confirme sua inscrição na newsletter\nOlá {name},\nconfirme que deseja receber a newsletter da {company} em {email}:\n{link}\nSem confirmação, nenhum envio.',
    'Conferma l’iscrizione alla newsletter\nCiao {name},\nconferma che vuoi ricevere la newsletter di {company} all’indirizzo {email}:\n{link}\nSenza conferma non riceverai nulla.',
    'Bevestig je inschrijving op de nieuwsbrief\nHoi {name},\nbevestig dat je de nieuwsbrief van {company} wilt ontvangen op {email}:\n{link}\nZonder bevestiging sturen we niets.',
  ],
  'optin-welcome': [
    'You’re in! Here is 10 % off your first order\nHi {name},\nthanks for confirming. Your first issue of the {company} letter is below, and code WELCOME10 gives you 10 % off.\n{link}',
    'Du bist dabei! 10 % Rabatt für dich\nHallo {name},\ndanke für deine Bestätigung. Hier ist deine erste Ausgabe, und mit dem Code WILLKOMMEN10 sparst du 10 %.\n{link}',
    'C’est confirmé ! -10 % sur votre première commande\nBonjour {name},\nmerci d’avoir confirmé. Voici votre premier numéro et le code BIENVENUE10.\n{link}',
    '¡Ya estás dentro! 10 % de descuento\nHola {name}:\ngracias por confirmar. Aquí tienes tu primer boletín y el código BIENVENIDA10.\n{link}',
    'Inscrição confirmada! 10 % de desconto\nOlá {name},\nobrigado por confirmar. Aqui está sua primeira edição e o cupom BEMVINDO10.\n{link}',
    'Iscrizione confermata! Sconto del 10 %\nCiao {name},\ngrazie per la conferma. Ecco il primo numero e il codice BENVENUTO10.\n{link}',
    'Je bent ingeschreven! 10 % korting\nHoi {name},\nbedankt voor je bevestiging. Hier is je eerste nieuwsbrief en de code WELKOM10.\n{link}',
  ],
  code: [
    '{code} is your {company} verification code\nHi {name},\nenter this code to finish creating your account: {code}\nIt expires in 10 minutes. Never share it with anyone.',
    'Dein Bestätigungscode: {code}\nHallo {name},\ngib diesen Code ein, um dein {company}-Konto zu erstellen: {code}\nEr ist 10 Minuten gültig.',
    'Votre code de vérification : {code}\nBonjour {name},\nsaisissez ce code pour finaliser votre compte {company} : {code}\nIl expire dans 10 minutes.',
    'Tu código de verificación es {code}\nHola {name}:\nintroduce este código para terminar tu registro en {company}: {code}\nCaduca en 10 minutos.',
    'Seu código de verificação: {code}\nOlá {name},\ndigite este código para concluir seu cadastro na {company}: {code}\nEle expira em 10 minutos.',
    'Il tuo codice di verifica è {code}\nCiao {name},\ninserisci questo codice per completare la registrazione su {company}: {code}\nScade tra 10 minuti.',
    'Je verificatiecode is {code}\nHoi {name},\nvul deze code in om je account bij {company} af te ronden: {code}\nDe code verloopt over 10 minuten.',
  ],
  magic: [
    'Your sign-in link for {company}\nHi {name},\nclick the link below to finish signing up. No password needed.\n{link}\nThe link works once and expires in 15 minutes.',
    'Dein Anmeldelink für {company}\nHallo {name},\nklicke auf den Link, um deine Registrierung abzuschließen, ganz ohne Passwort.\n{link}\nDer Link gilt einmal und 15 Minuten lang.',
    'Votre lien de connexion {company}\nBonjour {name},\ncliquez sur le lien pour terminer votre inscription, sans mot de passe.\n{link}\nValable une fois, pendant 15 minutes.',
    'Tu enlace de acceso a {company}\nHola {name}:\nhaz clic en el enlace para completar tu registro, sin contraseña.\n{link}\nSolo sirve una vez y caduca en 15 minutos.',
    'Seu link de acesso à {company}\nOlá {name},\nclique no link para concluir o cadastro, sem senha.\n{link}\nVale uma vez e expira em 15 minutos.',
    'Il tuo link di accesso a {company}\nCiao {name},\nclicca sul link per completare la registrazione, senza password.\n{link}\nValido una sola volta per 15 minuti.',
    'Je inloglink voor {company}\nHoi {name},\nklik op de link om je aanmelding af te ronden, zonder wachtwoord.\n{link}\nDe link werkt één keer en verloopt na 15 minuten.',
  ],
  ack: [
    'Request received: {message}\nHi {name},\nthanks for contacting {company}. Your request #{ref} has been received and our team will reply within two working days.\nYour message:\n{message}',
    'Ihre Anfrage #{ref}: {message}\nHallo {name},\nvielen Dank für Ihre Nachricht an {company}. Wir haben Ihre Anfrage erhalten und melden uns innerhalb von zwei Werktagen.\nIhre Nachricht:\n{message}',
    'Demande reçue [#{ref}] : {message}\nBonjour {name},\nmerci d’avoir contacté {company}. Votre demande a bien été enregistrée, nous revenons vers vous sous 48 h.\nVotre message :\n{message}',
    'Hemos recibido tu solicitud #{ref}: {message}\nHola {name}:\ngracias por escribir a {company}. Te responderemos en un plazo de dos días laborables.\nTu mensaje:\n{message}',
    'Recebemos sua solicitação #{ref}: {message}\nOlá {name},\nobrigado por falar com a {company}. Responderemos em até dois dias úteis.\nSua mensagem:\n{message}',
    'Richiesta ricevuta #{ref}: {message}\nCiao {name},\ngrazie per aver contattato {company}. Ti risponderemo entro due giorni lavorativi.\nIl tuo messaggio:\n{message}',
    'Aanvraag ontvangen #{ref}: {message}\nBeste {name},\nbedankt voor je bericht aan {company}. We reageren binnen twee werkdagen.\nJouw bericht:\n{message}',
  ],
  reset: [
    'Reset your {company} password\nSomeone asked to reset the password for the account registered to {email}. Use this link within 60 minutes:\n{link}\nIf you did not ask for this, your password stays the same.',
    'Passwort zurücksetzen\nFür das Konto {email} bei {company} wurde ein neues Passwort angefordert. Der Link ist 60 Minuten gültig:\n{link}\nWarst du das nicht, bleibt alles wie es ist.',
    'Réinitialisation de votre mot de passe\nUne demande de nouveau mot de passe a été faite pour le compte {email} sur {company}. Lien valable 60 minutes :\n{link}\nSi ce n’était pas vous, rien ne change.',
    'Restablece tu contraseña\nAlguien ha pedido cambiar la contraseña de la cuenta {email} en {company}. El enlace caduca en 60 minutos:\n{link}\nSi no fuiste tú, no cambia nada.',
    'Redefinição de senha\nRecebemos um pedido para redefinir a senha da conta {email} na {company}. O link vale por 60 minutos:\n{link}\nSe não foi você, nada muda.',
    'Reimposta la password\nÈ stata richiesta una nuova password per l’account {email} su {company}. Il link scade tra 60 minuti:\n{link}\nSe non sei stato tu, non cambia nulla.',
    'Wachtwoord opnieuw instellen\nEr is gevraagd het wachtwoord van account {email} bij {company} te wijzigen. De link is 60 minuten geldig:\n{link}\nWas jij dit niet, dan verandert er niets.',
  ],
}
