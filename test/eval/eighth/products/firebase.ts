// Firebase Authentication: the console's default "Email address verification" template,
// subject "Verify your email for %APP_NAME%", greeting "Hello %DISPLAY_NAME%," (the typed name),
// sent from noreply@<project>.firebaseapp.com; Firebase localises it by the app's language code.
// source: Firebase console default template (en); other languages written from its meaning.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const FIREBASE_VERIFY: Product = {
  product: 'Firebase Auth',
  family: 'verification',
  source: 'Firebase console template "Email address verification"',
  echo: 'name',
  hosted: (c) => `noreply@${c.slug}-app.firebaseapp.com`,
  display: (c) => c.name,
  texts: fromTable({
    en: [
      'Verify your email for {company}',
      "Hello {name},\n\nFollow this link to verify your email address.\n\n{link}\n\nIf you didn't ask to verify this address, you can ignore this email.\n\nThanks,\n\nYour {company} team",
    ],
    de: [
      'Bestätigen Sie Ihre E-Mail-Adresse für {company}',
      'Hallo {name},\n\nklicken Sie auf diesen Link, um Ihre E-Mail-Adresse zu bestätigen.\n\n{link}\n\nWenn Sie diese Bestätigung nicht angefordert haben, können Sie diese E-Mail ignorieren.\n\nVielen Dank\n\nIhr {company}-Team',
    ],
    fr: [
      'Validez votre adresse e-mail pour {company}',
      "Bonjour {name},\n\nCliquez sur ce lien pour valider votre adresse e-mail.\n\n{link}\n\nSi vous n'avez pas demandé à valider cette adresse, vous pouvez ignorer cet e-mail.\n\nMerci,\n\nL'équipe {company}",
    ],
    es: [
      'Verifica tu correo electrónico para {company}',
      'Hola, {name}:\n\nHaz clic en este enlace para verificar tu dirección de correo electrónico.\n\n{link}\n\nSi no has pedido verificar esta dirección, puedes ignorar este mensaje.\n\nGracias,\n\nEl equipo de {company}',
    ],
    pt: [
      'Confirme seu e-mail para {company}',
      'Olá, {name}.\n\nClique neste link para confirmar seu endereço de e-mail.\n\n{link}\n\nSe você não pediu a confirmação deste endereço, ignore este e-mail.\n\nObrigado,\n\nEquipe {company}',
    ],
    it: [
      'Verifica il tuo indirizzo email per {company}',
      'Ciao {name},\n\nfai clic su questo link per verificare il tuo indirizzo email.\n\n{link}\n\nSe non hai chiesto di verificare questo indirizzo, puoi ignorare questa email.\n\nGrazie,\n\nIl team di {company}',
    ],
    nl: [
      'Verifieer je e-mailadres voor {company}',
      'Hallo {name},\n\nKlik op deze link om je e-mailadres te verifiëren.\n\n{link}\n\nAls je niet hebt gevraagd dit adres te verifiëren, kun je deze e-mail negeren.\n\nBedankt,\n\nHet {company}-team',
    ],
  }),
}
