// Important notices in French and Spanish (reconstructions, made-up senders).
import type { ImportantNotice } from './types.ts'

export const FR: readonly ImportantNotice[] = [
  [
    'receipt',
    'Maison Garance <tickets@maison-garance.example>',
    'Votre ticket de caisse',
    'Merci de votre visite. Montant réglé : {amount} €. Ticket n° {ref}.',
  ],
  [
    'payment-sent',
    'Banque Arvelle <alertes@banque-arvelle.example>',
    'Virement de {amount} € émis',
    'Votre virement de {amount} € vers L. Dumas (réf. {ref}) a été émis.',
  ],
  [
    'payment-received',
    'Payvert <service@payvert.example>',
    'Vous avez reçu {amount} €',
    'Claire Noyer vous a envoyé {amount} €. Transaction {ref}.',
  ],
  [
    'card-alert',
    'Banque Arvelle <alertes@banque-arvelle.example>',
    'Paiement par carte de {amount} €',
    "Votre carte ****3390 a été débitée de {amount} €. Ce n'est pas vous ? Faites opposition.",
  ],
  [
    'security-alert',
    'Nuagerie <securite@nuagerie.example>',
    'Nouvelle connexion à votre compte',
    "Connexion depuis Safari sur iPhone près de Rennes. Si ce n'est pas vous, changez votre mot de passe.",
  ],
  [
    'two-factor',
    'Nuagerie <securite@nuagerie.example>',
    'Votre mot de passe a été modifié',
    "Le mot de passe de votre compte a été modifié. Si vous n'êtes pas à l'origine de ce changement, contactez-nous.",
  ],
  [
    'order',
    'Atelier Sorel <commandes@atelier-sorel.example>',
    'Confirmation de votre commande {ref}',
    "Merci pour votre commande {ref} d'un montant de {amount} €.",
  ],
  [
    'delivery',
    'Colivoie <suivi@colivoie.example>',
    "Votre colis sera livré aujourd'hui",
    "Le colis {ref} sera livré aujourd'hui entre 9 h et 12 h.",
  ],
]

export const ES: readonly ImportantNotice[] = [
  [
    'receipt',
    'Almacenes Duero <recibos@almacenes-duero.example>',
    'Tu recibo de compra',
    'Gracias por tu compra. Importe pagado: {amount} €. Recibo {ref}.',
  ],
  [
    'payment-sent',
    'Banco Alcor <avisos@bancoalcor.example>',
    'Transferencia de {amount} € realizada',
    'Tu transferencia de {amount} € a J. Ibarra (ref. {ref}) se ha realizado.',
  ],
  [
    'payment-received',
    'Pagolisto <avisos@pagolisto.example>',
    'Has recibido {amount} €',
    'Marta Soler te ha enviado {amount} €. Operación {ref}.',
  ],
  [
    'card-alert',
    'Banco Alcor <avisos@bancoalcor.example>',
    'Compra con tarjeta por {amount} €',
    'Se ha realizado una compra de {amount} € con tu tarjeta ****6102.',
  ],
  [
    'security-alert',
    'Nubecasa <seguridad@nubecasa.example>',
    'Nuevo inicio de sesión en tu cuenta',
    'Inicio de sesión desde Edge en Windows cerca de Zaragoza. Si no fuiste tú, cambia tu contraseña.',
  ],
  [
    'two-factor',
    'Nubecasa <seguridad@nubecasa.example>',
    'Verificación en dos pasos desactivada',
    'Se ha desactivado la verificación en dos pasos de tu cuenta.',
  ],
  [
    'order',
    'Hogar Cierzo <pedidos@hogarcierzo.example>',
    'Pedido {ref} confirmado',
    'Gracias por tu pedido {ref}. Total: {amount} €.',
  ],
  [
    'delivery',
    'Envialia Norte <seguimiento@envialianorte.example>',
    'Tu paquete llega hoy',
    'El envío {ref} se entregará hoy entre las 16:00 y las 18:00.',
  ],
]
