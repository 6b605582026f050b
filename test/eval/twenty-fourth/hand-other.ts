// Hand-written in-house verification, subscription and reset mails, two per family and language,
// each a company's own wording. Slots: {company} {payload} {link} {code}.
import type { Lang } from '../types.ts'
import type { Hand } from './hand-types.ts'

type ByLang = Record<Lang, readonly Hand[]>

export const VERIFY: ByLang = {
  en: [
    {
      style: 'short',
      subject: '{company}: one more step',
      body: 'Hi {payload}, tap the link to activate your account: {link}\nNot you? Ignore this.',
    },
    {
      style: 'code',
      subject: '{code} is your {company} code',
      body: 'Welcome aboard, {payload}!\n\nEnter {code} on the sign-up page to confirm this address. The code works for 15 minutes.\n\n{company}',
    },
  ],
  de: [
    {
      style: 'short',
      subject: 'Fast geschafft, {payload}',
      body: 'Noch ein Klick, dann ist Ihr Kundenkonto bei {company} aktiv: {link}\nNicht angemeldet? Einfach löschen.',
    },
    {
      style: 'code',
      subject: 'Ihr Code: {code}',
      body: 'Hallo {payload},\n\ngeben Sie {code} im Anmeldefenster ein, um Ihre Adresse zu bestätigen. Gültig für 15 Minuten.\n\n{company}',
    },
  ],
  fr: [
    {
      style: 'short',
      subject: 'Activez votre compte {company}',
      body: 'Bonjour {payload}, un dernier clic pour activer votre espace client : {link}\nCe n’est pas vous ? Ignorez ce message.',
    },
    {
      style: 'code',
      subject: 'Code {code}',
      body: 'Bienvenue {payload} !\n\nSaisissez {code} sur la page d’inscription pour valider votre adresse. Valable 15 minutes.\n\n{company}',
    },
  ],
  es: [
    {
      style: 'short',
      subject: 'Activa tu cuenta, {payload}',
      body: 'Un clic más y tu cuenta de {company} queda lista: {link}\n¿No has sido tú? Bórralo sin más.',
    },
    {
      style: 'code',
      subject: 'Tu código de {company}',
      body: 'Hola {payload}:\n\nIntroduce {code} en la página de registro para validar tu correo. Caduca en 15 minutos.\n\n{company}',
    },
  ],
  pt: [
    {
      style: 'short',
      subject: 'Ative a sua conta {company}',
      body: 'Olá {payload}, falta só um clique para ativar a conta: {link}\nNão foi você? Ignore este e-mail.',
    },
    {
      style: 'code',
      subject: 'Seu código é {code}',
      body: 'Oi {payload}!\n\nDigite {code} na tela de cadastro para validar seu e-mail. Vale por 15 minutos.\n\n{company}',
    },
  ],
  it: [
    {
      style: 'short',
      subject: 'Attiva il tuo account {company}',
      body: 'Ciao {payload}, manca un clic per attivare l’account: {link}\nNon sei stato tu? Ignora pure.',
    },
    {
      style: 'code',
      subject: 'Codice {company}: {code}',
      body: 'Benvenuto {payload}!\n\nInserisci {code} nella pagina di registrazione per convalidare l’indirizzo. Vale 15 minuti.\n\n{company}',
    },
  ],
  nl: [
    {
      style: 'short',
      subject: 'Activeer je account bij {company}',
      body: 'Hoi {payload}, nog één klik en je account is actief: {link}\nNiet aangemeld? Negeer deze mail.',
    },
    {
      style: 'code',
      subject: 'Je code: {code}',
      body: 'Welkom {payload}!\n\nVul {code} in op de aanmeldpagina om je e-mailadres te bevestigen. 15 minuten geldig.\n\n{company}',
    },
  ],
}

export const SUBSCRIBE: ByLang = {
  en: [
    {
      style: 'short',
      subject: 'Confirm and you’re in',
      body: 'One click and you’ll get the {company} letter every Friday: {link}',
    },
    {
      style: 'long',
      subject: '{company} news — please confirm',
      body: 'Hello {payload},\n\nSomeone (hopefully you) asked to receive our monthly news: new stock, events in the shop and the odd discount.\n\nConfirm here: {link}\n\nNo click, no mail. You can leave at any time.\n\n{company}',
    },
  ],
  de: [
    {
      style: 'short',
      subject: 'Nur noch bestätigen',
      body: 'Ein Klick, und Sie bekommen jeden Freitag Post von {company}: {link}',
    },
    {
      style: 'long',
      subject: 'Newsletter {company}: Bitte bestätigen',
      body: 'Hallo {payload},\n\njemand (hoffentlich Sie) möchte unseren Monatsbrief erhalten: Neuheiten, Termine und ab und zu ein Gutschein.\n\nHier bestätigen: {link}\n\nOhne Klick keine Post. Abmelden geht jederzeit.\n\n{company}',
    },
  ],
  fr: [
    {
      style: 'short',
      subject: 'Plus qu’un clic',
      body: 'Un clic et vous recevrez la lettre de {company} chaque vendredi : {link}',
    },
    {
      style: 'long',
      subject: 'Lettre {company} : à confirmer',
      body: 'Bonjour {payload},\n\nQuelqu’un (vous, on l’espère) souhaite recevoir nos nouvelles du mois : arrivages, ateliers et bons plans.\n\nConfirmer : {link}\n\nSans clic, pas d’envoi. Désinscription possible à tout moment.\n\n{company}',
    },
  ],
  es: [
    {
      style: 'short',
      subject: 'Solo falta confirmar',
      body: 'Un clic y recibirás el boletín de {company} cada viernes: {link}',
    },
    {
      style: 'long',
      subject: 'Boletín de {company}: confirma tu alta',
      body: 'Hola {payload}:\n\nAlguien (seguramente tú) quiere recibir nuestras novedades del mes: llegadas, talleres y algún descuento.\n\nConfirma aquí: {link}\n\nSin clic no hay envíos. Puedes darte de baja cuando quieras.\n\n{company}',
    },
  ],
  pt: [
    {
      style: 'short',
      subject: 'Falta só confirmar',
      body: 'Um clique e passa a receber a newsletter da {company} todas as sextas: {link}',
    },
    {
      style: 'long',
      subject: 'Novidades {company}: confirme a inscrição',
      body: 'Olá {payload},\n\nAlguém (esperamos que você) pediu para receber nossas novidades do mês: lançamentos, eventos e cupons.\n\nConfirme aqui: {link}\n\nSem clique, sem envio. Pode sair quando quiser.\n\n{company}',
    },
  ],
  it: [
    {
      style: 'short',
      subject: 'Manca solo la conferma',
      body: 'Un clic e riceverai la newsletter di {company} ogni venerdì: {link}',
    },
    {
      style: 'long',
      subject: 'Newsletter {company}: conferma l’iscrizione',
      body: 'Ciao {payload},\n\nqualcuno (speriamo tu) vuole ricevere le nostre novità del mese: arrivi, eventi e qualche sconto.\n\nConferma qui: {link}\n\nSenza clic niente invii. Puoi disiscriverti quando vuoi.\n\n{company}',
    },
  ],
  nl: [
    {
      style: 'short',
      subject: 'Alleen nog bevestigen',
      body: 'Eén klik en je krijgt elke vrijdag de nieuwsbrief van {company}: {link}',
    },
    {
      style: 'long',
      subject: 'Nieuwsbrief {company}: even bevestigen',
      body: 'Hoi {payload},\n\nIemand (hopelijk jij) wil onze maandelijkse update ontvangen: nieuwe collectie, events en af en toe korting.\n\nBevestig hier: {link}\n\nZonder klik geen mail. Afmelden kan altijd.\n\n{company}',
    },
  ],
}

export const RESET: ByLang = {
  en: [
    {
      style: 'short',
      subject: 'New password for {company}',
      body: 'Use this link to set a new password: {link}\nIt stops working in 30 minutes.',
    },
    {
      style: 'code',
      subject: 'Reset code {code}',
      body: 'Your one-time reset code is {code}. If you didn’t ask for it, your password is unchanged.\n\n{company} accounts',
    },
  ],
  de: [
    {
      style: 'short',
      subject: 'Neues Passwort für {company}',
      body: 'Über diesen Link vergeben Sie ein neues Passwort: {link}\nEr gilt 30 Minuten.',
    },
    {
      style: 'code',
      subject: 'Code zum Zurücksetzen: {code}',
      body: 'Ihr einmaliger Code lautet {code}. Haben Sie nichts angefordert, bleibt Ihr Passwort wie es ist.\n\n{company} Kundenkonto',
    },
  ],
  fr: [
    {
      style: 'short',
      subject: 'Nouveau mot de passe {company}',
      body: 'Choisissez un nouveau mot de passe ici : {link}\nLien valable 30 minutes.',
    },
    {
      style: 'code',
      subject: 'Code de réinitialisation {code}',
      body: 'Votre code à usage unique : {code}. Sans demande de votre part, votre mot de passe reste inchangé.\n\nEspace client {company}',
    },
  ],
  es: [
    {
      style: 'short',
      subject: 'Nueva contraseña de {company}',
      body: 'Elige una contraseña nueva aquí: {link}\nEl enlace dura 30 minutos.',
    },
    {
      style: 'code',
      subject: 'Código para restablecer: {code}',
      body: 'Tu código de un solo uso es {code}. Si no lo pediste, tu contraseña sigue igual.\n\nCuentas {company}',
    },
  ],
  pt: [
    {
      style: 'short',
      subject: 'Nova palavra-passe {company}',
      body: 'Defina uma nova palavra-passe aqui: {link}\nO link dura 30 minutos.',
    },
    {
      style: 'code',
      subject: 'Código de redefinição {code}',
      body: 'Seu código de uso único é {code}. Se não pediu, sua senha continua a mesma.\n\nConta {company}',
    },
  ],
  it: [
    {
      style: 'short',
      subject: 'Nuova password {company}',
      body: 'Scegli una nuova password qui: {link}\nIl link vale 30 minuti.',
    },
    {
      style: 'code',
      subject: 'Codice di ripristino {code}',
      body: 'Il tuo codice monouso è {code}. Se non l’hai chiesto, la password resta invariata.\n\nAccount {company}',
    },
  ],
  nl: [
    {
      style: 'short',
      subject: 'Nieuw wachtwoord voor {company}',
      body: 'Stel hier een nieuw wachtwoord in: {link}\nDe link werkt 30 minuten.',
    },
    {
      style: 'code',
      subject: 'Resetcode {code}',
      body: 'Je eenmalige code is {code}. Niets aangevraagd? Dan blijft je wachtwoord ongewijzigd.\n\n{company} account',
    },
  ],
}
