// The genuine alerts of the cover stories (account side), as the person's own providers write
// them, one text per kind and language, written for this set. The same texts serve the security
// mail the person causes (a new phone, a changed password, a login abroad).
import type { ByLang } from './wording.ts'

export const SIGNIN: ByLang = {
  en: [
    'New sign-in to your {brand} account',
    'Hi {name},\n\nWe noticed a new sign-in to your {brand} account.\n\nDevice: {device}\nLocation: {place}\nTime: {time}\n\nIf this was you, there is nothing to do. If not, secure your account now: {link}\n\n{brand} Security',
  ],
  de: [
    'Neue Anmeldung bei Ihrem {brand}-Konto',
    'Hallo {name},\n\nwir haben eine neue Anmeldung bei Ihrem {brand}-Konto festgestellt.\n\nGerät: {device}\nOrt: {place}\nZeit: {time}\n\nWaren Sie das? Dann ist nichts zu tun. Falls nicht, sichern Sie Ihr Konto: {link}\n\nIhr {brand} Sicherheitsteam',
  ],
  fr: [
    'Nouvelle connexion à votre compte {brand}',
    'Bonjour {name},\n\nUne nouvelle connexion à votre compte {brand} a été détectée.\n\nAppareil : {device}\nLieu : {place}\nHeure : {time}\n\nSi c’était vous, aucune action n’est nécessaire. Sinon, sécurisez votre compte : {link}\n\nL’équipe sécurité {brand}',
  ],
  es: [
    'Nuevo inicio de sesión en tu cuenta de {brand}',
    'Hola {name}:\n\nHemos detectado un nuevo inicio de sesión en tu cuenta de {brand}.\n\nDispositivo: {device}\nUbicación: {place}\nHora: {time}\n\nSi fuiste tú, no tienes que hacer nada. Si no, protege tu cuenta: {link}\n\nSeguridad de {brand}',
  ],
  pt: [
    'Novo início de sessão na sua conta {brand}',
    'Olá {name},\n\nDetetámos um novo início de sessão na sua conta {brand}.\n\nDispositivo: {device}\nLocalização: {place}\nHora: {time}\n\nSe foi você, não precisa de fazer nada. Caso contrário, proteja a sua conta: {link}\n\nSegurança {brand}',
  ],
  it: [
    'Nuovo accesso al tuo account {brand}',
    'Ciao {name},\n\nabbiamo rilevato un nuovo accesso al tuo account {brand}.\n\nDispositivo: {device}\nLuogo: {place}\nOra: {time}\n\nSe sei stato tu, non devi fare nulla. Altrimenti proteggi subito l’account: {link}\n\nSicurezza {brand}',
  ],
  nl: [
    'Nieuwe aanmelding op je {brand}-account',
    'Hallo {name},\n\nEr is ingelogd op je {brand}-account vanaf een nieuw apparaat.\n\nApparaat: {device}\nLocatie: {place}\nTijd: {time}\n\nWas jij dit? Dan hoef je niets te doen. Zo niet, beveilig je account: {link}\n\n{brand} Beveiliging',
  ],
}

export const PASSWORD: ByLang = {
  en: [
    'Your {brand} password was changed',
    'Hi {name},\n\nThe password for your {brand} account was changed on {time}.\n\nIf you made this change, you can ignore this email. If you didn’t, reset your password straight away and contact us: {link}',
  ],
  de: [
    'Ihr {brand}-Passwort wurde geändert',
    'Hallo {name},\n\ndas Passwort Ihres {brand}-Kontos wurde am {time} geändert.\n\nWenn Sie das waren, können Sie diese E-Mail ignorieren. Wenn nicht, setzen Sie Ihr Passwort sofort zurück: {link}',
  ],
  fr: [
    'Votre mot de passe {brand} a été modifié',
    'Bonjour {name},\n\nLe mot de passe de votre compte {brand} a été modifié le {time}.\n\nSi vous êtes à l’origine de ce changement, ignorez cet e-mail. Sinon, réinitialisez-le immédiatement : {link}',
  ],
  es: [
    'Se ha cambiado tu contraseña de {brand}',
    'Hola {name}:\n\nLa contraseña de tu cuenta de {brand} se cambió el {time}.\n\nSi fuiste tú, ignora este correo. Si no, restablécela ahora mismo: {link}',
  ],
  pt: [
    'A sua palavra-passe {brand} foi alterada',
    'Olá {name},\n\nA palavra-passe da sua conta {brand} foi alterada em {time}.\n\nSe foi você, ignore este email. Se não foi, redefina-a de imediato: {link}',
  ],
  it: [
    'La password di {brand} è stata modificata',
    'Ciao {name},\n\nla password del tuo account {brand} è stata modificata il {time}.\n\nSe sei stato tu, ignora questa email. Altrimenti reimpostala subito: {link}',
  ],
  nl: [
    'Je {brand}-wachtwoord is gewijzigd',
    'Hallo {name},\n\nHet wachtwoord van je {brand}-account is gewijzigd op {time}.\n\nHeb jij dit gedaan? Dan kun je deze e-mail negeren. Zo niet, stel direct een nieuw wachtwoord in: {link}',
  ],
}

export const CONTACT: ByLang = {
  en: [
    'Your contact details have been updated',
    'Dear {name},\n\nThe {detail} on your {brand} account was changed to {value} on {time}.\n\nIf this wasn’t you, call us immediately on the number on the back of your card.\n\n{brand}',
  ],
  de: [
    'Ihre Kontaktdaten wurden geändert',
    'Guten Tag {name},\n\ndie {detail} Ihres {brand}-Kontos wurde am {time} auf {value} geändert.\n\nWenn Sie das nicht waren, rufen Sie uns sofort unter der Nummer auf Ihrer Karte an.\n\n{brand}',
  ],
  fr: [
    'Vos coordonnées ont été modifiées',
    'Bonjour {name},\n\nLe {detail} de votre compte {brand} a été remplacé par {value} le {time}.\n\nSi ce n’était pas vous, appelez-nous immédiatement au numéro figurant au dos de votre carte.\n\n{brand}',
  ],
  es: [
    'Se han actualizado tus datos de contacto',
    'Hola {name}:\n\nEl {detail} de tu cuenta de {brand} se cambió a {value} el {time}.\n\nSi no has sido tú, llámanos de inmediato al número que aparece en tu tarjeta.\n\n{brand}',
  ],
  pt: [
    'Os seus dados de contacto foram alterados',
    'Caro(a) {name},\n\nO {detail} da sua conta {brand} foi alterado para {value} em {time}.\n\nSe não foi você, contacte-nos de imediato pelo número no verso do seu cartão.\n\n{brand}',
  ],
  it: [
    'I tuoi dati di contatto sono stati aggiornati',
    'Gentile {name},\n\nil {detail} del tuo conto {brand} è stato cambiato in {value} il {time}.\n\nSe non sei stato tu, chiamaci subito al numero sul retro della carta.\n\n{brand}',
  ],
  nl: [
    'Je contactgegevens zijn gewijzigd',
    'Beste {name},\n\nHet {detail} van je {brand}-account is op {time} gewijzigd in {value}.\n\nWas jij dit niet? Bel ons direct via het nummer op de achterkant van je pas.\n\n{brand}',
  ],
}

export const TWOFA: ByLang = {
  en: [
    'Two-step verification settings changed',
    'Hi {name},\n\n{change} on your {brand} account on {time} ({device}).\n\nIf you didn’t do this, someone may have your password. Review your account now: {link}',
  ],
  de: [
    'Einstellungen der Zwei-Faktor-Authentifizierung geändert',
    'Hallo {name},\n\n{change} in Ihrem {brand}-Konto am {time} ({device}).\n\nWaren Sie das nicht, kennt womöglich jemand Ihr Passwort. Prüfen Sie Ihr Konto: {link}',
  ],
  fr: [
    'Paramètres de validation en deux étapes modifiés',
    'Bonjour {name},\n\n{change} sur votre compte {brand} le {time} ({device}).\n\nSi ce n’était pas vous, quelqu’un connaît peut-être votre mot de passe. Vérifiez votre compte : {link}',
  ],
  es: [
    'Cambios en la verificación en dos pasos',
    'Hola {name}:\n\n{change} en tu cuenta de {brand} el {time} ({device}).\n\nSi no fuiste tú, alguien podría conocer tu contraseña. Revisa tu cuenta: {link}',
  ],
  pt: [
    'Definições de verificação em dois passos alteradas',
    'Olá {name},\n\n{change} na sua conta {brand} em {time} ({device}).\n\nSe não foi você, alguém pode ter a sua palavra-passe. Reveja a sua conta: {link}',
  ],
  it: [
    'Impostazioni di verifica in due passaggi modificate',
    'Ciao {name},\n\n{change} sul tuo account {brand} il {time} ({device}).\n\nSe non sei stato tu, qualcuno potrebbe conoscere la tua password. Controlla l’account: {link}',
  ],
  nl: [
    'Instellingen voor tweestapsverificatie gewijzigd',
    'Hallo {name},\n\n{change} op je {brand}-account op {time} ({device}).\n\nWas jij dit niet? Dan kent iemand misschien je wachtwoord. Controleer je account: {link}',
  ],
}

export const RECOVERY: ByLang = {
  en: [
    'Account recovery requested',
    'Hi {name},\n\nSomeone asked to recover your {brand} account ({email}) on {time} from {place}. Access will be restored to the new contact in 24 hours.\n\nIf this wasn’t you, cancel the request: {link}',
  ],
  de: [
    'Kontowiederherstellung angefordert',
    'Hallo {name},\n\njemand hat am {time} aus {place} die Wiederherstellung Ihres {brand}-Kontos ({email}) angefordert. In 24 Stunden geht der Zugang an die neue Kontaktadresse.\n\nWaren Sie das nicht, brechen Sie die Anfrage ab: {link}',
  ],
  fr: [
    'Demande de récupération du compte',
    'Bonjour {name},\n\nUne récupération de votre compte {brand} ({email}) a été demandée le {time} depuis {place}. L’accès sera transféré au nouveau contact dans 24 heures.\n\nSi ce n’était pas vous, annulez la demande : {link}',
  ],
  es: [
    'Solicitud de recuperación de cuenta',
    'Hola {name}:\n\nAlguien ha pedido recuperar tu cuenta de {brand} ({email}) el {time} desde {place}. El acceso pasará al nuevo contacto en 24 horas.\n\nSi no fuiste tú, cancela la solicitud: {link}',
  ],
  pt: [
    'Pedido de recuperação da conta',
    'Olá {name},\n\nAlguém pediu a recuperação da sua conta {brand} ({email}) em {time} a partir de {place}. O acesso passará para o novo contacto dentro de 24 horas.\n\nSe não foi você, cancele o pedido: {link}',
  ],
  it: [
    'Richiesta di recupero dell’account',
    'Ciao {name},\n\nqualcuno ha chiesto di recuperare il tuo account {brand} ({email}) il {time} da {place}. L’accesso passerà al nuovo contatto tra 24 ore.\n\nSe non sei stato tu, annulla la richiesta: {link}',
  ],
  nl: [
    'Accountherstel aangevraagd',
    'Hallo {name},\n\nIemand heeft op {time} vanuit {place} gevraagd je {brand}-account ({email}) te herstellen. Over 24 uur gaat de toegang naar het nieuwe contactadres.\n\nWas jij dit niet? Annuleer het verzoek: {link}',
  ],
}

export const PAYEE: ByLang = {
  en: [
    'New payee added',
    'Dear {name},\n\nA new payee was added to your {brand} account on {time}:\n{payee}, account ending {last4}.\n\nIf you did not add this payee, call us now. We will never ask you to move money to a “safe account”.',
  ],
  de: [
    'Neuer Zahlungsempfänger angelegt',
    'Guten Tag {name},\n\nam {time} wurde in Ihrem {brand}-Konto ein neuer Empfänger angelegt:\n{payee}, IBAN endet auf {last4}.\n\nWenn Sie das nicht waren, rufen Sie uns sofort an.',
  ],
  fr: [
    'Nouveau bénéficiaire ajouté',
    'Bonjour {name},\n\nUn nouveau bénéficiaire a été ajouté à votre compte {brand} le {time} :\n{payee}, IBAN se terminant par {last4}.\n\nSi vous n’êtes pas à l’origine de cet ajout, contactez-nous immédiatement.',
  ],
  es: [
    'Nuevo beneficiario añadido',
    'Estimado/a {name}:\n\nEl {time} se añadió un nuevo beneficiario a su cuenta de {brand}:\n{payee}, IBAN terminado en {last4}.\n\nSi no ha sido usted, llámenos de inmediato.',
  ],
  pt: [
    'Novo beneficiário adicionado',
    'Caro(a) {name},\n\nFoi adicionado um novo beneficiário à sua conta {brand} em {time}:\n{payee}, IBAN terminado em {last4}.\n\nSe não foi você, contacte-nos de imediato.',
  ],
  it: [
    'Nuovo beneficiario aggiunto',
    'Gentile {name},\n\nil {time} è stato aggiunto un nuovo beneficiario al suo conto {brand}:\n{payee}, IBAN che termina con {last4}.\n\nSe non è stato lei, ci chiami subito.',
  ],
  nl: [
    'Nieuwe begunstigde toegevoegd',
    'Beste {name},\n\nOp {time} is een nieuwe begunstigde aan je {brand}-rekening toegevoegd:\n{payee}, IBAN eindigend op {last4}.\n\nHeb jij dit niet gedaan? Bel ons direct.',
  ],
}

export const TRANSFER: ByLang = {
  en: [
    'Transfer of {amount} confirmed',
    'Dear {name},\n\nYour transfer of {amount} to {payee} (account ending {last4}) was confirmed on {time}.\n\nReference: {ref}\n\nIf you don’t recognise this payment, contact us right away.\n\n{brand}',
  ],
  de: [
    'Überweisung über {amount} ausgeführt',
    'Guten Tag {name},\n\nIhre Überweisung über {amount} an {payee} (IBAN endet auf {last4}) wurde am {time} ausgeführt.\n\nReferenz: {ref}\n\nErkennen Sie diese Zahlung nicht, melden Sie sich sofort.\n\n{brand}',
  ],
  fr: [
    'Virement de {amount} confirmé',
    'Bonjour {name},\n\nVotre virement de {amount} vers {payee} (compte se terminant par {last4}) a été confirmé le {time}.\n\nRéférence : {ref}\n\nSi vous ne reconnaissez pas ce paiement, contactez-nous sans attendre.\n\n{brand}',
  ],
  es: [
    'Transferencia de {amount} confirmada',
    'Estimado/a {name}:\n\nSu transferencia de {amount} a {payee} (cuenta terminada en {last4}) se confirmó el {time}.\n\nReferencia: {ref}\n\nSi no reconoce este pago, contáctenos enseguida.\n\n{brand}',
  ],
  pt: [
    'Transferência de {amount} confirmada',
    'Caro(a) {name},\n\nA sua transferência de {amount} para {payee} (conta terminada em {last4}) foi confirmada em {time}.\n\nReferência: {ref}\n\nSe não reconhece este pagamento, contacte-nos de imediato.\n\n{brand}',
  ],
  it: [
    'Bonifico di {amount} confermato',
    'Gentile {name},\n\nil bonifico di {amount} a favore di {payee} (conto che termina con {last4}) è stato confermato il {time}.\n\nRiferimento: {ref}\n\nSe non riconosce questo pagamento, ci contatti subito.\n\n{brand}',
  ],
  nl: [
    'Overboeking van {amount} bevestigd',
    'Beste {name},\n\nJe overboeking van {amount} naar {payee} (rekening eindigend op {last4}) is bevestigd op {time}.\n\nKenmerk: {ref}\n\nHerken je deze betaling niet? Neem direct contact op.\n\n{brand}',
  ],
}
