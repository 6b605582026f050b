// French important mail (reconstructions of the services' usual notices).
import type { ImportantMail } from './types.ts'

export const importantFr: readonly ImportantMail[] = [
  {
    type: 'subscription-receipt',
    from: 'Deezer <noreply@deezer.com>',
    subject: 'Votre reçu Deezer Premium',
    body: 'Merci pour votre paiement de {amount}. Votre abonnement Premium est renouvelé.',
  },
  {
    type: 'ride-receipt',
    from: 'Uber Receipts <noreply@uber.com>',
    subject: 'Votre course du jeudi soir avec Uber',
    body: 'Merci d’avoir voyagé avec Uber. Total {amount}. Prise en charge 21:14.',
  },
  {
    type: 'card-alert',
    from: 'Boursorama Banque <noreply@boursorama.fr>',
    subject: 'Alerte : paiement par carte de {amount}',
    body: 'Un paiement de {amount} chez {merchant} a été effectué avec votre carte se terminant par 4421.',
  },
  {
    type: 'payment-sent',
    from: 'Lydia <noreply@lydia-app.com>',
    subject: 'Vous avez envoyé {amount} à {merchant}',
    body: 'Votre paiement de {amount} à {merchant} a bien été effectué.',
  },
  {
    type: 'security-alert',
    from: 'Orange <noreply@orange.fr>',
    subject: 'Nouvelle connexion à votre compte Orange',
    body: 'Une connexion à votre compte a été détectée depuis {device}. Si ce n’est pas vous, modifiez votre mot de passe.',
  },
  {
    type: 'password-changed',
    from: 'impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>',
    subject: 'Modification de votre mot de passe',
    body: 'Le mot de passe de votre espace particulier a été modifié. Si vous n’êtes pas à l’origine de cette modification, contactez-nous.',
  },
  {
    type: 'order',
    from: 'Fnac <commande@fnac.com>',
    subject: 'Confirmation de votre commande n° {order}',
    body: 'Merci pour votre commande d’un montant de {amount}. Livraison prévue mardi.',
  },
  {
    type: 'delivery',
    from: 'Colissimo <noreply@notif-colissimo-laposte.info>',
    subject: 'Votre colis arrive aujourd’hui',
    body: 'Votre colis 6A12345678901 sera livré aujourd’hui entre 9h et 13h.',
  },
]
