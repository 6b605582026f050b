// Kinde: the passwordless sign-in / sign-up one-time code, sent by Kinde's mail service for the
// business (custom sender or the business's kinde.com subdomain).
// source: Kinde docs, "Email authentication" and "Customize email sender" (one-time code email,
// localised by Kinde's language settings), reconstructed.
import type { Product } from './product.ts'

export const KINDE: Product = {
  product: 'Kinde',
  family: 'reset',
  source: 'Kinde docs "Email authentication", one-time code email',
  locals: ['no-reply', 'auth'],
  subdomains: ['', 'auth.'],
  hosted: (c) => `no-reply@${c.slug}.kinde.com`,
  texts: {
    en: [
      {
        subject: 'Your one-time code for {company}',
        body: 'Hi,\n\nHere is your one-time code to sign in to {company}:\n\n{code}\n\nThis code expires in 2 hours and can only be used once. If you didn’t try to sign in, you can safely ignore this email.',
      },
    ],
    de: [
      {
        subject: 'Dein Einmalcode für {company}',
        body: 'Hallo,\n\nhier ist dein Einmalcode für die Anmeldung bei {company}:\n\n{code}\n\nDer Code ist 2 Stunden gültig und kann nur einmal verwendet werden. Wenn du dich nicht anmelden wolltest, kannst du diese E-Mail ignorieren.',
      },
    ],
    fr: [
      {
        subject: 'Votre code à usage unique pour {company}',
        body: 'Bonjour,\n\nVoici votre code à usage unique pour vous connecter à {company} :\n\n{code}\n\nCe code expire dans 2 heures et ne peut servir qu’une fois. Si vous n’avez pas tenté de vous connecter, ignorez cet e-mail.',
      },
    ],
    es: [
      {
        subject: 'Tu código de un solo uso para {company}',
        body: 'Hola:\n\nEste es tu código de un solo uso para iniciar sesión en {company}:\n\n{code}\n\nCaduca en 2 horas y solo puede usarse una vez. Si no intentaste iniciar sesión, ignora este correo.',
      },
    ],
    pt: [
      {
        subject: 'O seu código de utilização única para {company}',
        body: 'Olá,\n\nEste é o seu código de utilização única para entrar em {company}:\n\n{code}\n\nExpira em 2 horas e só pode ser usado uma vez. Se não tentou entrar, ignore este e-mail.',
      },
    ],
    it: [
      {
        subject: 'Il tuo codice monouso per {company}',
        body: 'Ciao,\n\necco il tuo codice monouso per accedere a {company}:\n\n{code}\n\nScade tra 2 ore e può essere usato una sola volta. Se non hai provato ad accedere, ignora questa email.',
      },
    ],
    nl: [
      {
        subject: 'Je eenmalige code voor {company}',
        body: 'Hallo,\n\nHier is je eenmalige code om in te loggen bij {company}:\n\n{code}\n\nDe code verloopt over 2 uur en kan maar één keer worden gebruikt. Probeerde jij niet in te loggen? Negeer deze e-mail dan.',
      },
    ],
  },
}
