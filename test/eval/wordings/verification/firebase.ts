// Firebase Authentication: the default "Email address verification" template of the Firebase
// console ("Verify your email for %APP_NAME%"), in the console's template languages.
import type { Product } from '../types.ts'

export const firebase: Product = {
  family: 'verification',
  product: 'Firebase Auth',
  source: 'Firebase console > Authentication > Templates: Email address verification (default)',
  senders: [
    { shape: 'hosted', host: 'firebaseapp.com', local: 'noreply', name: '{company}' },
    { shape: 'own', local: 'noreply', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Verify your email for {company}',
        body: 'Hello,\n\nFollow this link to verify your email address.\n\n{url}\n\nIf you didn’t ask to verify this address, you can ignore this email.\n\nThanks,\n\nYour {company} team',
      },
    ],
    de: [
      {
        subject: 'Bestätigen Sie Ihre E-Mail-Adresse für {company}',
        body: 'Hallo,\n\nfolgen Sie diesem Link, um Ihre E-Mail-Adresse zu bestätigen.\n\n{url}\n\nWenn Sie diese Bestätigung nicht angefordert haben, ignorieren Sie diese E-Mail.\n\nIhr {company}-Team',
      },
    ],
    fr: [
      {
        subject: 'Validez votre adresse e-mail pour {company}',
        body: 'Bonjour,\n\nCliquez sur ce lien pour valider votre adresse e-mail.\n\n{url}\n\nSi vous n’avez pas demandé à valider cette adresse, vous pouvez ignorer cet e-mail.\n\nL’équipe {company}',
      },
    ],
    es: [
      {
        subject: 'Verifica tu correo electrónico para {company}',
        body: 'Hola:\n\nHaz clic en este enlace para verificar tu dirección de correo electrónico.\n\n{url}\n\nSi no has solicitado verificar esta dirección, ignora este correo.\n\nEl equipo de {company}',
      },
    ],
    pt: [
      {
        subject: 'Confirme seu e-mail no {company}',
        body: 'Olá,\n\nClique neste link para confirmar seu endereço de e-mail.\n\n{url}\n\nSe você não solicitou a confirmação deste endereço, ignore este e-mail.\n\nEquipe {company}',
      },
    ],
    it: [
      {
        subject: 'Verifica il tuo indirizzo email per {company}',
        body: 'Ciao,\n\nfai clic su questo link per verificare il tuo indirizzo email.\n\n{url}\n\nSe non hai chiesto di verificare questo indirizzo, ignora questa email.\n\nIl team di {company}',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je e-mailadres voor {company}',
        body: 'Hallo,\n\nVolg deze link om je e-mailadres te verifiëren.\n\n{url}\n\nAls je niet hebt gevraagd dit adres te verifiëren, kun je deze e-mail negeren.\n\nHet {company}-team',
      },
    ],
  },
}
