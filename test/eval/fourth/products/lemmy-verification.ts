// Lemmy (federated link aggregator): the e-mail verification of a new account on an instance.
// source: LemmyNet/lemmy-translations translations/<lang>.json keys "verify_email_subject" and
// "verify_email_body" (reconstructed).
import type { Product } from './product.ts'

export const LEMMY_VERIFICATION: Product = {
  product: 'Lemmy',
  family: 'verification',
  source: 'LemmyNet/lemmy-translations verify_email_subject / verify_email_body',
  locals: ['noreply', 'lemmy'],
  subdomains: ['lemmy.', 'forum.'],
  link: (c, token) => `https://lemmy.${c.domain}/verify_email/${token}`,
  texts: {
    en: [
      {
        subject: 'Verify your email address for lemmy.{site}',
        body: 'Please click the link below to verify your email address for the account @{user}@lemmy.{site}. Ignore this email if the account isn’t yours.\n\nVerify your email: {link}',
      },
    ],
    de: [
      {
        subject: 'Bestätige deine E-Mail-Adresse für lemmy.{site}',
        body: 'Bitte klicke auf den folgenden Link, um deine E-Mail-Adresse für das Konto @{user}@lemmy.{site} zu bestätigen. Ignoriere diese E-Mail, wenn das Konto nicht dir gehört.\n\nE-Mail bestätigen: {link}',
      },
    ],
    fr: [
      {
        subject: 'Vérifiez votre adresse e-mail pour lemmy.{site}',
        body: 'Veuillez cliquer sur le lien ci-dessous pour vérifier votre adresse e-mail pour le compte @{user}@lemmy.{site}. Ignorez ce message si ce compte n’est pas le vôtre.\n\nVérifier votre e-mail : {link}',
      },
    ],
    es: [
      {
        subject: 'Verifica tu correo electrónico para lemmy.{site}',
        body: 'Haz clic en el enlace de abajo para verificar tu correo de la cuenta @{user}@lemmy.{site}. Ignora este mensaje si la cuenta no es tuya.\n\nVerificar correo: {link}',
      },
    ],
    pt: [
      {
        subject: 'Verifique o seu e-mail para lemmy.{site}',
        body: 'Clique na ligação abaixo para verificar o e-mail da conta @{user}@lemmy.{site}. Ignore esta mensagem se a conta não for sua.\n\nVerificar e-mail: {link}',
      },
    ],
    it: [
      {
        subject: 'Verifica il tuo indirizzo email per lemmy.{site}',
        body: 'Fai clic sul link qui sotto per verificare l’indirizzo email dell’account @{user}@lemmy.{site}. Ignora questa email se l’account non è tuo.\n\nVerifica email: {link}',
      },
    ],
    nl: [
      {
        subject: 'Bevestig je e-mailadres voor lemmy.{site}',
        body: 'Klik op de onderstaande link om het e-mailadres van het account @{user}@lemmy.{site} te bevestigen. Negeer deze e-mail als het account niet van jou is.\n\nE-mailadres bevestigen: {link}',
      },
    ],
  },
}
