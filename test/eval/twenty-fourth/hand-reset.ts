// Hand-written in-house reset mails, two per language, each a company's own wording.
import type { ByLang } from './hand-types.ts'

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
