// Hand-written in-house verify mails, two per language, each a company's own wording.
import type { ByLang } from './hand-types.ts'

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
