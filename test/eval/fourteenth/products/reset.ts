// Reset / sign-in code products new to every set, written for this set, not pasted.
import type { Product } from '../wording.ts'

// source: Passage by 1Password, email one-time passcode / magic link login (subject naming the
// app, a six-digit code); reconstruction. The shared sending address is invented.
export const PASSAGE: Product = {
  product: 'Passage',
  family: 'reset',
  source: 'Passage by 1Password email OTP login, reconstruction',
  sender: 'hosted',
  address: (slug) => `${slug}@login.passage-auth.net`,
  texts: {
    en: (c) => ({
      subject: `Your one-time passcode for ${c.company}`,
      body: `Enter this code to log in to ${c.company}:\n\n${c.code}\n\nThis code expires in 5 minutes. If you didn't try to log in, you can ignore this email.`,
    }),
    de: (c) => ({
      subject: `Dein Einmalcode für ${c.company}`,
      body: `Gib diesen Code ein, um dich bei ${c.company} anzumelden:\n\n${c.code}\n\nDer Code läuft in 5 Minuten ab.`,
    }),
    fr: (c) => ({
      subject: `Votre code à usage unique pour ${c.company}`,
      body: `Saisissez ce code pour vous connecter à ${c.company} :\n\n${c.code}\n\nCe code expire dans 5 minutes.`,
    }),
    es: (c) => ({
      subject: `Tu código de un solo uso para ${c.company}`,
      body: `Introduce este código para iniciar sesión en ${c.company}:\n\n${c.code}\n\nEl código caduca en 5 minutos.`,
    }),
    pt: (c) => ({
      subject: `Your one-time passcode for ${c.company}`,
      body: `Digite este código para entrar em ${c.company}:\n\n${c.code}\n\nO código expira em 5 minutos. Se não foi você, ignore este e-mail.`,
    }),
    it: (c) => ({
      subject: `Il tuo codice monouso per ${c.company}`,
      body: `Inserisci questo codice per accedere a ${c.company}:\n\n${c.code}\n\nIl codice scade tra 5 minuti.`,
    }),
    nl: (c) => ({
      subject: `Je eenmalige code voor ${c.company}`,
      body: `Voer deze code in om in te loggen bij ${c.company}:\n\n${c.code}\n\nDe code verloopt over 5 minuten.`,
    }),
  },
}

// source: Authgear forgot-password mail (a reset link, "[<app>] Reset your password");
// reconstruction. Hosted address invented after the product's `<app>.authgear.cloud` shape.
export const AUTHGEAR: Product = {
  product: 'Authgear',
  family: 'reset',
  source: 'Authgear forgot-password link, reconstruction',
  sender: 'hosted',
  address: (slug) => `no-reply@${slug}.authgear-apps.net`,
  texts: {
    en: (c) => ({
      subject: `[${c.company}] Reset your password`,
      body: `Hi,\n\nWe received a request to reset the password of your ${c.company} account. Click the link below to set a new one:\n\n${c.link}\n\nIf you did not request this, you can ignore this email. Your password will not change.`,
    }),
    de: (c) => ({
      subject: `[${c.company}] Passwort zurücksetzen`,
      body: `Hallo,\n\nwir haben eine Anfrage erhalten, das Passwort Ihres ${c.company}-Kontos zurückzusetzen. Über diesen Link legen Sie ein neues fest:\n\n${c.link}\n\nWenn Sie das nicht waren, ignorieren Sie diese E-Mail.`,
    }),
    fr: (c) => ({
      subject: `[${c.company}] Réinitialisez votre mot de passe`,
      body: `Bonjour,\n\nNous avons reçu une demande de réinitialisation du mot de passe de votre compte ${c.company}. Cliquez sur le lien pour en choisir un nouveau :\n\n${c.link}\n\nSi vous n'êtes pas à l'origine de cette demande, ignorez cet e-mail.`,
    }),
    es: (c) => ({
      subject: `[${c.company}] Reset your password`,
      body: `Hola:\n\nRecibimos una solicitud para restablecer la contraseña de tu cuenta de ${c.company}. Haz clic en el enlace para crear una nueva:\n\n${c.link}\n\nSi no la solicitaste, ignora este correo.`,
    }),
    pt: (c) => ({
      subject: `[${c.company}] Redefina sua senha`,
      body: `Olá,\n\nRecebemos um pedido para redefinir a senha da sua conta ${c.company}. Clique no link para criar uma nova:\n\n${c.link}\n\nSe não foi você, ignore este e-mail.`,
    }),
    it: (c) => ({
      subject: `[${c.company}] Reimposta la password`,
      body: `Ciao,\n\nabbiamo ricevuto una richiesta di reimpostare la password del tuo account ${c.company}. Clicca sul link per sceglierne una nuova:\n\n${c.link}\n\nSe non sei stato tu, ignora questa email.`,
    }),
    nl: (c) => ({
      subject: `[${c.company}] Reset your password`,
      body: `Hallo,\n\nWe hebben een verzoek ontvangen om het wachtwoord van je ${c.company}-account te resetten. Klik op de link om een nieuw wachtwoord te kiezen:\n\n${c.link}\n\nHeb je dit niet aangevraagd, negeer dan deze e-mail.`,
    }),
  },
}
