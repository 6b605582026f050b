// One-time sign-in codes and magic links as apps word them ("123456 is your verification code",
// "Your sign-in link"), in each language. Reconstruction from general knowledge of such mails.
import type { Product } from '../types.ts'

export const signInCodes: Product = {
  family: 'reset',
  product: 'sign-in code',
  source: 'common phrasings of one-time code and magic-link mails (reconstruction)',
  senders: [
    { shape: 'own', local: 'no-reply', name: '{company}' },
    { shape: 'own', local: 'security', name: '{company} Account' },
    { shape: 'display', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: '{code} is your {company} verification code',
        body: "Your verification code is {code}. It expires in 10 minutes. If you didn't try to sign in, you can ignore this email.",
      },
      {
        subject: 'Your sign-in link for {company}',
        body: 'Click the link below to sign in to {company}. This link can only be used once and expires in 15 minutes.\n\nSign in to {company}',
      },
      {
        subject: 'Your one-time passcode',
        body: 'Use this code to finish signing in: {code}\n\nFor your security, never share this code with anyone.',
      },
    ],
    de: [
      {
        subject: 'Ihr Bestätigungscode: {code}',
        body: 'Ihr Code für die Anmeldung bei {company} lautet {code}. Er ist 10 Minuten gültig. Falls Sie sich nicht anmelden wollten, ignorieren Sie diese E-Mail.',
      },
      {
        subject: 'Dein Anmeldelink für {company}',
        body: 'Klicke auf den folgenden Link, um dich anzumelden. Der Link ist 15 Minuten gültig.',
      },
    ],
    fr: [
      {
        subject: 'Votre code de vérification {company} : {code}',
        body: 'Votre code de vérification est {code}. Il expire dans 10 minutes. Si vous n’avez pas essayé de vous connecter, ignorez cet e-mail.',
      },
      {
        subject: 'Votre lien de connexion',
        body: 'Cliquez sur le lien ci-dessous pour vous connecter à {company}. Ce lien est valable 15 minutes.',
      },
    ],
    es: [
      {
        subject: 'Tu código de verificación de {company}: {code}',
        body: 'Tu código de verificación es {code}. Caduca en 10 minutos. Si no intentaste iniciar sesión, ignora este correo.',
      },
      {
        subject: 'Tu enlace para iniciar sesión',
        body: 'Haz clic en el enlace para iniciar sesión en {company}. Solo puede usarse una vez.',
      },
    ],
    pt: [
      {
        subject: 'Seu código de verificação: {code}',
        body: 'Use o código {code} para entrar na {company}. Ele expira em 10 minutos. Se não foi você, ignore este e-mail.',
      },
      {
        subject: 'Recuperação de senha {company}',
        body: 'Recebemos uma solicitação para redefinir a senha da sua conta. Clique no link abaixo para criar uma nova senha.',
      },
    ],
    it: [
      {
        subject: 'Il tuo codice di verifica {company}: {code}',
        body: 'Il tuo codice di verifica è {code}. Scade tra 10 minuti. Se non hai provato ad accedere, ignora questa email.',
      },
      {
        subject: 'Recupero password',
        body: 'Abbiamo ricevuto una richiesta di recupero della password per il tuo account {company}. Clicca sul link per impostarne una nuova.',
      },
    ],
    nl: [
      {
        subject: 'Je verificatiecode voor {company}: {code}',
        body: 'Je verificatiecode is {code}. Deze verloopt over 10 minuten. Heb je niet geprobeerd in te loggen? Negeer dan deze e-mail.',
      },
      {
        subject: 'Je inloglink',
        body: 'Klik op de link hieronder om in te loggen bij {company}. De link is 15 minuten geldig.',
      },
    ],
  },
}
