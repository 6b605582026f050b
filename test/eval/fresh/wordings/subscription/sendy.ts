import { w, type Product } from '../types.ts'

// Sendy double opt-in confirmation email (list settings, default "Confirm your subscription"
// with [confirmation_link]); sendy.co documentation "Double opt-in".
export const sendy: Product = {
  product: 'Sendy',
  family: 'subscription',
  source: 'sendy.co docs, list double opt-in default confirmation email',
  texts: {
    en: [
      w(
        'Confirm your subscription to {company}',
        `Please confirm your subscription by clicking the link below:\n\nhttps://newsletter.{site}/confirm?e={token}&l={code}\n\nIf you did not subscribe, please ignore this email.`,
      ),
    ],
    es: [
      w(
        'Confirma tu suscripción a {company}',
        `Confirma tu suscripción haciendo clic en el siguiente enlace:\n\nhttps://newsletter.{site}/confirm?e={token}&l={code}\n\nSi no te has suscrito, ignora este correo.`,
      ),
    ],
    pt: [
      w(
        'Confirme sua inscrição em {company}',
        `Confirme sua inscrição clicando no link abaixo:\n\nhttps://newsletter.{site}/confirm?e={token}&l={code}\n\nSe você não se inscreveu, ignore este e-mail.`,
      ),
    ],
    it: [
      w(
        'Conferma la tua iscrizione a {company}',
        `Conferma la tua iscrizione facendo clic sul link qui sotto:\n\nhttps://newsletter.{site}/confirm?e={token}&l={code}\n\nSe non ti sei iscritto, ignora questa e-mail.`,
      ),
    ],
  },
}
