// Eight real products (two per family) no earlier set's README names, each rendering its
// documented default mail in our own words (written from memory, nothing pasted); `source` says
// where the default lives. Texts in the order en de fr es pt it nl; the product's own language is
// its shape, the other languages are our rendering of it.
import { LANGUAGES, type Lang } from '../types.ts'
import type { Flow } from './flows.ts'

export interface Product {
  family: 'helpdesk' | 'verification' | 'subscription' | 'reset'
  product: string
  flow: Flow
  source: string
  sender: 'own' | 'hosted' | 'display'
  texts: Record<Lang, string>
}

const L = (list: readonly string[]): Record<Lang, string> =>
  Object.fromEntries(LANGUAGES.map((lang, i) => [lang, list[i]!])) as Record<Lang, string>

export const PRODUCTS: readonly Product[] = [
  {
    family: 'helpdesk',
    product: 'Vivantio',
    flow: 'ticket-ack',
    source: 'Vivantio ITSM, the default "ticket logged" notification to the caller',
    sender: 'hosted',
    texts: L([
      'Ticket {ref} has been logged: {message}\nDear {name},\nthank you for contacting {company}. Your ticket has been logged with reference {ref} and will be assigned to an analyst.\nSummary: {message}\nPlease quote the reference in any reply.',
      'Ticket {ref} wurde erfasst: {message}\nSehr geehrte/r {name},\nIhr Ticket bei {company} wurde unter {ref} erfasst und wird einem Bearbeiter zugewiesen.\nZusammenfassung: {message}',
      'Ticket {ref} enregistré : {message}\nBonjour {name},\nvotre ticket auprès de {company} a été enregistré sous la référence {ref} et sera attribué à un technicien.\nRésumé : {message}',
      'Ticket {ref} registrado: {message}\nEstimado/a {name}:\nsu ticket en {company} ha quedado registrado con la referencia {ref} y se asignará a un técnico.\nResumen: {message}',
      'Chamado {ref} registrado: {message}\nPrezado(a) {name},\nseu chamado na {company} foi registrado com a referência {ref} e será atribuído a um analista.\nResumo: {message}',
      'Ticket {ref} registrato: {message}\nGentile {name},\nil suo ticket presso {company} è stato registrato con riferimento {ref} e sarà assegnato a un tecnico.\nRiepilogo: {message}',
      'Ticket {ref} is geregistreerd: {message}\nBeste {name},\nje ticket bij {company} is geregistreerd onder {ref} en wordt toegewezen aan een medewerker.\nSamenvatting: {message}',
    ]),
  },
  {
    family: 'helpdesk',
    product: '123FormBuilder',
    flow: 'ticket-ack',
    source:
      '123FormBuilder, the form autoresponder default ("Thank you for your submission" with the answers listed)',
    sender: 'display',
    texts: L([
      'Thank you for your submission\nThank you for filling out the {company} contact form. Here is a copy of your answers:\nName: {name}\nEmail: {email}\nMessage: {message}',
      'Vielen Dank für Ihre Einsendung\nDanke, dass Sie das Kontaktformular von {company} ausgefüllt haben. Ihre Angaben:\nName: {name}\nE-Mail: {email}\nNachricht: {message}',
      'Merci pour votre envoi\nMerci d’avoir rempli le formulaire de contact de {company}. Copie de vos réponses :\nNom : {name}\nE-mail : {email}\nMessage : {message}',
      'Gracias por tu envío\nGracias por completar el formulario de {company}. Copia de tus respuestas:\nNombre: {name}\nCorreo: {email}\nMensaje: {message}',
      'Obrigado pelo seu envio\nObrigado por preencher o formulário da {company}. Cópia das suas respostas:\nNome: {name}\nE-mail: {email}\nMensagem: {message}',
      'Grazie per il tuo invio\nGrazie per aver compilato il modulo di {company}. Copia delle tue risposte:\nNome: {name}\nEmail: {email}\nMessaggio: {message}',
      'Bedankt voor je inzending\nBedankt voor het invullen van het formulier van {company}. Kopie van je antwoorden:\nNaam: {name}\nE-mail: {email}\nBericht: {message}',
    ]),
  },
  {
    family: 'verification',
    product: 'MojoAuth',
    flow: 'code-or-link',
    source: 'MojoAuth passwordless, the default magic-link e-mail template',
    sender: 'own',
    texts: L([
      'Sign in to {company}\nHi {name},\nclick the magic link below to verify your email and sign in to {company}.\n{link}\nThis link expires in 10 minutes. If you did not request it, ignore this email.',
      'Bei {company} anmelden\nHallo {name},\nklicke auf den Magic Link, um deine E-Mail zu bestätigen und dich bei {company} anzumelden.\n{link}\nGültig für 10 Minuten.',
      'Connexion à {company}\nBonjour {name},\ncliquez sur le lien magique pour vérifier votre e-mail et vous connecter à {company}.\n{link}\nValable 10 minutes.',
      'Inicia sesión en {company}\nHola {name}:\nhaz clic en el enlace mágico para verificar tu correo y entrar en {company}.\n{link}\nCaduca en 10 minutos.',
      'Entrar na {company}\nOlá {name},\nclique no link mágico para verificar seu e-mail e entrar na {company}.\n{link}\nExpira em 10 minutos.',
      'Accedi a {company}\nCiao {name},\nclicca sul magic link per verificare la tua email e accedere a {company}.\n{link}\nScade tra 10 minuti.',
      'Inloggen bij {company}\nHoi {name},\nklik op de magische link om je e-mail te bevestigen en in te loggen bij {company}.\n{link}\nDeze link verloopt na 10 minuten.',
    ]),
  },
  {
    family: 'verification',
    product: 'Userfront',
    flow: 'verify-then-welcome',
    source: 'Userfront, the default "verify your email" message sent on signup',
    sender: 'display',
    texts: L([
      'Verify your email for {company}\nHi {name},\nplease verify your email address to finish setting up your {company} account.\n{link}\nThanks, {company}',
      'E-Mail für {company} verifizieren\nHallo {name},\nbitte verifiziere deine E-Mail-Adresse, um dein {company}-Konto fertig einzurichten.\n{link}',
      'Vérifiez votre e-mail pour {company}\nBonjour {name},\nvérifiez votre adresse pour terminer la création de votre compte {company}.\n{link}',
      'Verifica tu correo para {company}\nHola {name}:\nverifica tu dirección para terminar de configurar tu cuenta de {company}.\n{link}',
      'Verifique seu e-mail para {company}\nOlá {name},\nverifique seu endereço para terminar de configurar sua conta {company}.\n{link}',
      'Verifica la tua email per {company}\nCiao {name},\nverifica il tuo indirizzo per completare il tuo account {company}.\n{link}',
      'Verifieer je e-mail voor {company}\nHoi {name},\nverifieer je e-mailadres om je {company}-account af te ronden.\n{link}',
    ]),
  },
  {
    family: 'subscription',
    product: 'Mailercloud',
    flow: 'double-opt-in',
    source: "Mailercloud, the list's default double opt-in confirmation e-mail",
    sender: 'hosted',
    texts: L([
      'Please confirm your subscription\nHi {name},\nyou have subscribed to the {company} list. Please confirm by clicking the button below.\n{link}\nIf you received this by mistake, simply ignore it.',
      'Bitte bestätigen Sie Ihr Abonnement\nHallo {name},\nSie haben sich für die Liste von {company} eingetragen. Bitte bestätigen Sie über den Button.\n{link}',
      'Veuillez confirmer votre abonnement\nBonjour {name},\nvous vous êtes inscrit à la liste de {company}. Merci de confirmer via le bouton.\n{link}',
      'Confirma tu suscripción, por favor\nHola {name}:\nte has suscrito a la lista de {company}. Confírmalo con el botón.\n{link}',
      'Por favor, confirme sua inscrição\nOlá {name},\nvocê se inscreveu na lista da {company}. Confirme pelo botão abaixo.\n{link}',
      'Conferma la tua iscrizione\nCiao {name},\nti sei iscritto alla lista di {company}. Conferma con il pulsante qui sotto.\n{link}',
      'Bevestig je inschrijving\nHoi {name},\nje hebt je ingeschreven op de lijst van {company}. Bevestig dit met de knop hieronder.\n{link}',
    ]),
  },
  {
    family: 'subscription',
    product: 'Mailblue',
    flow: 'double-opt-in',
    source: 'Mailblue (Dutch), the default opt-in confirmation of a list (Dutch first)',
    sender: 'hosted',
    texts: L([
      'Confirm your subscription to {company}\nHello {name},\none more step: confirm your subscription to the {company} mailing.\n{link}\nDid not subscribe? Then no action is needed.',
      'Bestätige dein Abonnement bei {company}\nHallo {name},\nnoch ein Schritt: bestätige dein Abonnement auf die Mailings von {company}.\n{link}',
      'Confirmez votre abonnement à {company}\nBonjour {name},\nencore une étape : confirmez votre abonnement aux envois de {company}.\n{link}',
      'Confirma tu suscripción a {company}\nHola {name}:\nun paso más: confirma tu suscripción a los envíos de {company}.\n{link}',
      'Confirme sua inscrição na {company}\nOlá {name},\nmais um passo: confirme sua inscrição nos envios da {company}.\n{link}',
      'Conferma la tua iscrizione a {company}\nCiao {name},\nun ultimo passo: conferma l’iscrizione agli invii di {company}.\n{link}',
      'Bevestig je aanmelding bij {company}\nHallo {name},\nnog één stap: bevestig je aanmelding voor de mailings van {company}.\n{link}\nNiet aangemeld? Dan hoef je niets te doen.',
    ]),
  },
  {
    family: 'reset',
    product: 'Payload CMS',
    flow: 'reset-link',
    source: 'Payload CMS, the default forgot-password e-mail of an auth collection',
    sender: 'own',
    texts: L([
      'Reset your password\nYou are receiving this because you (or someone else) have requested the reset of the password for your account. Please click the following link, or paste it into your browser, to complete the process:\n{link}\nIf you did not request this, please ignore this email and your password will remain unchanged.',
      'Passwort zurücksetzen\nSie erhalten diese Nachricht, weil Sie (oder jemand anderes) das Zurücksetzen des Passworts für Ihr Konto angefordert haben. Öffnen Sie diesen Link:\n{link}\nHaben Sie nichts angefordert, bleibt Ihr Passwort unverändert.',
      'Réinitialiser votre mot de passe\nVous recevez ce message car vous (ou quelqu’un d’autre) avez demandé la réinitialisation du mot de passe de votre compte. Ouvrez ce lien :\n{link}\nSinon, ignorez cet e-mail.',
      'Restablecer tu contraseña\nRecibes este mensaje porque tú (u otra persona) has pedido restablecer la contraseña de tu cuenta. Abre este enlace:\n{link}\nSi no lo pediste, ignora este correo.',
      'Redefinir sua senha\nVocê recebeu esta mensagem porque você (ou outra pessoa) pediu para redefinir a senha da sua conta. Abra este link:\n{link}\nSe não pediu, ignore este e-mail.',
      'Reimposta la password\nRicevi questo messaggio perché tu (o qualcun altro) hai chiesto di reimpostare la password del tuo account. Apri questo link:\n{link}\nSe non l’hai chiesto, ignora questa email.',
      'Wachtwoord resetten\nJe ontvangt dit bericht omdat jij (of iemand anders) heeft gevraagd het wachtwoord van je account te resetten. Open deze link:\n{link}\nHeb je dit niet gevraagd, negeer deze e-mail dan.',
    ]),
  },
  {
    family: 'reset',
    product: 'OctoberCMS',
    flow: 'reset-link',
    source: 'OctoberCMS, the default backend "restore password" mail template',
    sender: 'display',
    texts: L([
      'Password reset\nHello {name},\nsomebody has requested a password reset for your {company} account. If this was not you, please ignore the following link:\n{link}',
      'Passwort zurücksetzen\nHallo {name},\njemand hat ein neues Passwort für dein {company}-Konto angefordert. Warst du es nicht, ignoriere diesen Link:\n{link}',
      'Réinitialisation du mot de passe\nBonjour {name},\nquelqu’un a demandé la réinitialisation du mot de passe de votre compte {company}. Si ce n’est pas vous, ignorez ce lien :\n{link}',
      'Restablecimiento de contraseña\nHola {name}:\nalguien ha solicitado restablecer la contraseña de tu cuenta de {company}. Si no fuiste tú, ignora este enlace:\n{link}',
      'Redefinição de senha\nOlá {name},\nalguém solicitou a redefinição da senha da sua conta {company}. Se não foi você, ignore este link:\n{link}',
      'Reimpostazione password\nCiao {name},\nqualcuno ha chiesto di reimpostare la password del tuo account {company}. Se non sei stato tu, ignora questo link:\n{link}',
      'Wachtwoord herstellen\nHallo {name},\niemand heeft gevraagd het wachtwoord van je {company}-account te herstellen. Was jij het niet, negeer dan deze link:\n{link}',
    ]),
  },
]
