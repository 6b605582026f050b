// Mastodon: the e-mail confirmation of a new account on an instance, sent from the instance's
// notifications address; subject names the instance.
// source: mastodon/mastodon config/locales/devise.<lang>.yml "confirmation_instructions"
// (subject "Mastodon: Confirmation instructions for %{instance}") and the mailer view text,
// reconstructed.
import type { Product } from './product.ts'

export const MASTODON_CONFIRMATION: Product = {
  product: 'Mastodon',
  family: 'verification',
  source: 'mastodon/mastodon devise.<lang>.yml confirmation_instructions',
  locals: ['notifications', 'mastodon'],
  subdomains: ['social.', 'mastodon.'],
  link: (c, token) => `https://social.${c.domain}/auth/confirmation?confirmation_token=${token}`,
  texts: {
    en: [
      {
        subject: 'Mastodon: Confirmation instructions for social.{site}',
        body: 'Welcome aboard, @{user}!\n\nYou just created an account on social.{site}.\n\nTo activate it, please confirm your e-mail address by clicking the link below:\n{link}\n\nIf you didn’t create this account, please ignore this e-mail.\n\nYou are receiving this e-mail because an account was created on social.{site} with this address.',
      },
    ],
    de: [
      {
        subject: 'Mastodon: Anleitung zur Bestätigung für social.{site}',
        body: 'Willkommen an Bord, @{user}!\n\nDu hast gerade ein Konto auf social.{site} erstellt.\n\nUm es zu aktivieren, bestätige bitte deine E-Mail-Adresse über diesen Link:\n{link}\n\nFalls du dieses Konto nicht erstellt hast, ignoriere diese E-Mail bitte.',
      },
    ],
    fr: [
      {
        subject: 'Mastodon : Instructions de confirmation pour social.{site}',
        body: 'Bienvenue à bord, @{user} !\n\nVous venez de créer un compte sur social.{site}.\n\nPour l’activer, veuillez confirmer votre adresse e-mail en cliquant sur le lien ci-dessous :\n{link}\n\nSi vous n’avez pas créé ce compte, ignorez cet e-mail.',
      },
    ],
    es: [
      {
        subject: 'Mastodon: Instrucciones de confirmación para social.{site}',
        body: '¡Bienvenido a bordo, @{user}!\n\nAcabas de crear una cuenta en social.{site}.\n\nPara activarla, confirma tu dirección de correo haciendo clic en el siguiente enlace:\n{link}\n\nSi no creaste esta cuenta, ignora este correo.',
      },
    ],
    pt: [
      {
        subject: 'Mastodon: Instruções de confirmação para social.{site}',
        body: 'Bem-vindo a bordo, @{user}!\n\nAcabou de criar uma conta em social.{site}.\n\nPara a ativar, confirme o seu endereço de e-mail clicando na ligação abaixo:\n{link}\n\nSe não criou esta conta, ignore este e-mail.',
      },
    ],
    it: [
      {
        subject: 'Mastodon: Istruzioni di conferma per social.{site}',
        body: 'Benvenuto a bordo, @{user}!\n\nHai appena creato un account su social.{site}.\n\nPer attivarlo, conferma il tuo indirizzo email facendo clic sul link qui sotto:\n{link}\n\nSe non hai creato tu questo account, ignora questa email.',
      },
    ],
    nl: [
      {
        subject: 'Mastodon: Bevestigingsinstructies voor social.{site}',
        body: 'Welkom aan boord, @{user}!\n\nJe hebt zojuist een account aangemaakt op social.{site}.\n\nBevestig je e-mailadres via de onderstaande link om het te activeren:\n{link}\n\nHeb je dit account niet aangemaakt? Negeer dan deze e-mail.',
      },
    ],
  },
}
