// Building blocks of the composed in-house wordings for en, de, fr and nl, written fresh for this
// set (same layout as blocks-south.ts).
import type { LangBlocks } from './types.ts'

export const EN: LangBlocks = {
  helpdesk: {
    subject: 'Got it: {t} ~ {co} support – reference {ref} ~ Your enquiry',
    lead: 'This is to let you know that ~ Quick heads-up:',
    act: 'your enquiry "{t}" has reached our team ~ the form you sent is now logged as {ref}',
    next: 'Someone will be in touch shortly. ~ Reply to this thread if you have more details.',
  },
  verification: {
    subject: 'Verify your {co} account ~ Confirm it’s you, {n}',
    lead: 'To finish setting up your account ~ Before you log in',
    act: 'open {link} ~ enter the code {code}',
    next: 'The link expires in a day. ~ Not you? Ignore this.',
  },
  subscription: {
    subject: 'Confirm you want {co} news ~ Almost subscribed',
    lead: 'To start getting our emails ~ One more thing:',
    act: 'confirm {e} at {link} ~ tap "Yes, subscribe me": {link}',
    next: 'Unsubscribe any time. ~ No confirmation, no emails.',
  },
  reset: {
    subject: '{co} verification code ~ Set a new password',
    lead: 'We were asked to let someone in, so ~ To change your password,',
    act: 'here is your code: {code} ~ use {link}',
    next: 'It expires soon. ~ Didn’t ask? Nothing to do.',
  },
  greet: 'Hi {n}, ~ Dear {n},',
  close: 'Thanks, {co} ~ Kind regards, the {co} team',
  foot: 'Please do not reply to this message. ~ ',
}

export const DE: LangBlocks = {
  helpdesk: {
    subject: 'Ihre Anfrage {ref} ~ Eingegangen: {t}',
    lead: 'wir möchten Ihnen mitteilen, dass ~ kurze Info:',
    act: 'Ihr Anliegen „{t}“ bei uns eingegangen ist ~ dein Formular unter {ref} gespeichert wurde',
    next: 'Wir melden uns zeitnah. ~ Bei Rückfragen bitte {ref} angeben.',
  },
  verification: {
    subject: 'E-Mail-Adresse bestätigen ~ {co}: Konto freischalten',
    lead: 'um Ihr Konto zu aktivieren, ~ damit du loslegen kannst,',
    act: 'öffnen Sie bitte {link} ~ gib den Code {code} ein',
    next: 'Der Link gilt 24 Stunden. ~ Nicht registriert? Einfach ignorieren.',
  },
  subscription: {
    subject: 'Newsletter-Anmeldung bestätigen ~ {co}: nur noch ein Klick',
    lead: 'damit wir Ihnen schreiben dürfen, ~ fast fertig:',
    act: 'bestätigen Sie bitte {e} unter {link} ~ klick auf „Ja, ich will“: {link}',
    next: 'Abmeldung jederzeit möglich. ~ Ohne Bestätigung kein Versand.',
  },
  reset: {
    subject: 'Ihr Code {code} ~ {co}: neues Passwort',
    lead: 'für Ihr Konto wurde ein Zugang angefordert: ~ um dein Passwort zu ändern,',
    act: 'der Code lautet {code} ~ nutze {link}',
    next: 'Gültig für 10 Minuten. ~ Nicht angefordert? Dann ignorieren.',
  },
  greet: 'Hallo {n}, ~ Sehr geehrte/r {n},',
  close: 'Viele Grüße, {co} ~ Ihr Team von {co}',
  foot: 'Diese Nachricht wurde automatisch erstellt. ~ ',
}

export const FR: LangBlocks = {
  helpdesk: {
    subject: 'Demande {ref} enregistrée ~ Bien reçu : {t}',
    lead: 'nous vous confirmons que ~ petit mot pour te dire que',
    act: 'votre message « {t} » est arrivé au service concerné ~ ta demande porte le numéro {ref}',
    next: 'Un conseiller vous recontactera. ~ Cite {ref} si tu nous réécris.',
  },
  verification: {
    subject: 'Validez votre adresse ~ {co} : activez votre compte',
    lead: 'pour activer votre compte, ~ avant ta première connexion,',
    act: 'ouvrez {link} ~ saisis le code {code}',
    next: 'Le lien expire dans 24 h. ~ Pas toi ? Ignore ce message.',
  },
  subscription: {
    subject: 'Confirmez votre abonnement ~ {co} : encore un clic',
    lead: 'pour recevoir nos actualités, ~ presque fini :',
    act: 'confirmez {e} via {link} ~ clique sur « Oui, je m’abonne » : {link}',
    next: 'Désinscription possible à tout moment. ~ Sans confirmation, aucun envoi.',
  },
  reset: {
    subject: 'Code {code} ~ {co} : nouveau mot de passe',
    lead: 'une connexion a été demandée : ~ pour changer ton mot de passe,',
    act: 'votre code est {code} ~ utilise {link}',
    next: 'Valable 10 minutes. ~ Pas de demande de ta part ? Ignore.',
  },
  greet: 'Bonjour {n}, ~ Salut {n},',
  close: 'Cordialement, {co} ~ L’équipe {co}',
  foot: 'Message automatique, merci de ne pas répondre. ~ ',
}

export const NL: LangBlocks = {
  helpdesk: {
    subject: 'Bericht ontvangen: {t} ~ {co} – ticket {ref} ~ We gaan ermee aan de slag',
    lead: 'we laten je even weten dat ~ hierbij bevestigen wij dat ~ goed nieuws:',
    act: 'je vraag "{t}" bij ons is binnengekomen ~ uw melding is geregistreerd onder {ref} ~ het formulier van de website bij het juiste team ligt',
    next: 'We reageren zo snel mogelijk. ~ Gelieve {ref} te vermelden bij verdere vragen. ~ Reageer gerust op deze mail als je iets wilt aanvullen.',
  },
  verification: {
    subject: 'Bevestig je account ~ {co}: activeer uw profiel ~ Nog één stap',
    lead: 'om je account te activeren ~ voor u kan inloggen ~ bijna klaar:',
    act: 'klik je op {link} ~ vult u de code {code} in ~ bevestig dat {e} van jou is: {link}',
    next: 'De link is 24 uur geldig. ~ Niet aangemeld? Negeer deze mail. ~ Zonder bevestiging wordt er niets geactiveerd.',
  },
  subscription: {
    subject: 'Bevestig je aanmelding ~ Nieuwsbrief {co} ~ Bijna ingeschreven!',
    lead: 'om onze nieuwsbrief te ontvangen ~ voor we u iets sturen ~ nog heel even:',
    act: 'bevestig je via {link} ~ gelieve {e} te bevestigen: {link} ~ klik op "Ja, graag": {link}',
    next: 'Afmelden kan altijd. ~ Zonder bevestiging ontvangt u niets. ~ Maximaal één mail per maand.',
  },
  reset: {
    subject: 'Code {code} ~ {co}: nieuw wachtwoord ~ Inloggen',
    lead: 'er is een inlogpoging gedaan en ~ om uw wachtwoord te wijzigen ~ om in te loggen',
    act: 'je code is {code} ~ gaat u naar {link} ~ gebruik je deze link: {link}',
    next: 'Geldig voor 10 minuten. ~ Niet aangevraagd? Negeer dit bericht. ~ Deel deze code met niemand.',
  },
  greet: 'Hoi {n}, ~ Beste {n}, ~ Dag {n},',
  close: 'Groetjes, team {co} ~ Met vriendelijke groet, {co} ~ Tot snel! {co}',
  foot: 'Dit is een automatisch bericht. ~ {co} verwerkt uw gegevens volgens de AVG. ~ ',
}
