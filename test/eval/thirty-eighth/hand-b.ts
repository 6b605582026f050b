// Hand-written wave wordings, one company's own words per variant and language: account
// sign-up verification, newsletter double opt-in and password resets. Written for this set.
import type { Variant, Texts } from './wording-types.ts'

export const HAND_B: Partial<Record<Variant, Texts>> = {
  signup: {
    en: 'Please confirm your email address|Hi {name},\nwelcome to {company}! To activate your account, please confirm your email address: {link}\nIf you did not create an account, you can ignore this email.',
    de: 'Bitte bestätige deine E-Mail-Adresse|Hallo {name},\nschön, dass du dich bei {company} registriert hast. Bestätige jetzt deine Adresse, um dein Konto zu aktivieren: {link}',
    fr: 'Activez votre compte {company}|Bonjour {name},\nil ne reste qu’une étape : cliquez sur le lien ci-dessous pour activer votre compte.\n{link}\nCe lien est valable 24 heures.',
    es: 'Confirma tu cuenta en {company}|Hola {name}:\ngracias por registrarte. Tu código de verificación es {code}. Introdúcelo en la página de registro para activar tu cuenta.',
    pt: 'Ative a sua conta|Olá {name},\nobrigado por se registar na {company}. Clique aqui para confirmar o seu e-mail e ativar a conta: {link}',
    it: 'Verifica il tuo indirizzo email|Ciao {name},\ngrazie per esserti registrato su {company}. Il tuo codice è {code}: inseriscilo per completare la registrazione.',
    nl: 'Activeer je account bij {company}|Hoi {name},\nbedankt voor je registratie! Klik op de link om je account te activeren: {link}\nWas jij dit niet? Dan hoef je niets te doen.',
  },
  optin: {
    en: 'Confirm your subscription to the {company} newsletter|Hi {name},\nplease confirm that you want to receive our newsletter at {address}: {link}\nNo confirmation, no newsletter - we will not write again.',
    de: 'Bitte bestätigen Sie Ihre Newsletter-Anmeldung|Hallo {name},\nfast geschafft! Bitte bestätigen Sie Ihre Anmeldung zum Newsletter von {company}: {link}\nOhne Bestätigung erhalten Sie keine weiteren E-Mails.',
    fr: 'Confirmez votre inscription à notre lettre d’information|Bonjour {name},\npour recevoir la newsletter {company}, cliquez ici : {link}\nSi vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
    es: 'Confirma tu suscripción|Hola {name}:\npara empezar a recibir las novedades de {company}, confirma tu suscripción aquí: {link}',
    pt: 'Confirme a sua subscrição da newsletter|Olá {name},\nfalta só um passo para receber a newsletter da {company}. Confirme aqui: {link}',
    it: 'Conferma la tua iscrizione alla newsletter|Ciao {name},\nclicca sul link per confermare l’iscrizione alla newsletter di {company}: {link}\nSe non sei stato tu, ignora questa email.',
    nl: 'Bevestig je inschrijving voor de nieuwsbrief|Hoi {name},\nklik op de link om je aanmelding voor de nieuwsbrief van {company} te bevestigen: {link}',
  },
  reset: {
    en: 'Reset your {company} password|Someone asked to reset the password for the account linked to {address}. Choose a new password here: {link}\nThe link is valid for one hour. Did not ask? Ignore this email.',
    de: 'Passwort zurücksetzen|Hallo,\nfür Ihr Konto bei {company} wurde ein neues Passwort angefordert. Klicken Sie hier: {link}\nDer Link ist 60 Minuten gültig.',
    fr: 'Réinitialisation de votre mot de passe|Bonjour,\nvous avez demandé à réinitialiser votre mot de passe {company}. Cliquez ici : {link}\nSi vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail.',
    es: 'Restablecer contraseña|Hola:\nhemos recibido una solicitud para cambiar la contraseña de tu cuenta en {company}. Usa este enlace: {link}',
    pt: 'Redefinição da palavra-passe|Olá,\nrecebemos um pedido para redefinir a palavra-passe da sua conta {company}. Utilize este link: {link}',
    it: 'Reimposta la password|Ciao,\nabbiamo ricevuto una richiesta di reimpostazione della password per il tuo account {company}. Clicca qui: {link}',
    nl: 'Wachtwoord opnieuw instellen|Hallo,\nwe hebben een verzoek ontvangen om het wachtwoord van je {company}-account te wijzigen. Gebruik deze link: {link}',
  },
}
