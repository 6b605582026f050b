// Lucia (lucia-auth.com guide "Password reset"): the app mails a single-use reset link (or code)
// and states how long it lasts; text is the app's own, typically two lines. Source: lucia-auth.com
// guides "Password reset" (reconstruction of typical app texts per language).
import type { Product } from '../../product.ts'

const reset = (f: { domain: string; token: string }) =>
  `https://${f.domain}/reset-password/${f.token.slice(0, 40)}`

export const LUCIA_RESET: Product = {
  product: 'Lucia',
  family: 'reset',
  source: 'lucia-auth.com guide "Password reset" (reconstruction)',
  echo: 'none',
  hosted: null,
  locals: ['noreply', 'accounts', 'support'],
  subdomains: ['', 'auth.'],
  texts: {
    en: (f) => ({
      subject: `${f.company} password reset`,
      body: `We received a request to reset the password for your ${f.company} account.\n\nReset your password: ${reset(f)}\n\nThe link is valid for 2 hours and can be used once.`,
    }),
    de: (f) => ({
      subject: `${f.company}: Passwort zurücksetzen`,
      body: `Wir haben eine Anfrage erhalten, das Passwort Ihres ${f.company}-Kontos zurückzusetzen.\n\nPasswort zurücksetzen: ${reset(f)}\n\nDer Link ist 2 Stunden gültig und nur einmal verwendbar.`,
    }),
    fr: (f) => ({
      subject: `${f.company} : réinitialisation du mot de passe`,
      body: `Nous avons reçu une demande de réinitialisation du mot de passe de votre compte ${f.company}.\n\nRéinitialiser le mot de passe : ${reset(f)}\n\nLe lien est valable 2 heures et ne peut servir qu'une fois.`,
    }),
    es: (f) => ({
      subject: `${f.company}: restablecimiento de contraseña`,
      body: `Hemos recibido una solicitud para restablecer la contraseña de su cuenta de ${f.company}.\n\nRestablecer contraseña: ${reset(f)}\n\nEl enlace es válido durante 2 horas y solo se puede usar una vez.`,
    }),
    pt: (f) => ({
      subject: `${f.company}: redefinição da palavra-passe`,
      body: `Recebemos um pedido para redefinir a palavra-passe da sua conta ${f.company}.\n\nRedefinir palavra-passe: ${reset(f)}\n\nA ligação é válida durante 2 horas e só pode ser usada uma vez.`,
    }),
    it: (f) => ({
      subject: `${f.company}: reimpostazione della password`,
      body: `Abbiamo ricevuto una richiesta di reimpostazione della password del suo account ${f.company}.\n\nReimposta la password: ${reset(f)}\n\nIl link è valido 2 ore e si può usare una sola volta.`,
    }),
    nl: (f) => ({
      subject: `${f.company}: wachtwoord herstellen`,
      body: `We hebben een verzoek ontvangen om het wachtwoord van uw ${f.company}-account te herstellen.\n\nWachtwoord herstellen: ${reset(f)}\n\nDe link is 2 uur geldig en kan één keer worden gebruikt.`,
    }),
  },
}
