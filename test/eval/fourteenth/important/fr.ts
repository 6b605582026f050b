// French important notices, written for this set.
import { amount, digits, type NoticeMaker } from './notice.ts'

export const IMPORTANT_FR: readonly NoticeMaker[] = [
  (r) => ({
    from: 'Réglo Paiement <recus@reglopaiement.fr>',
    subject: `Votre reçu de paiement`,
    body: `Reçu n° ${digits(r, 8)}\nMontant : ${amount(r)} €\nBénéficiaire : Fromagerie Lacoste\nCarte se terminant par ${digits(r, 4)}`,
  }),
  (r) => ({
    from: 'Banque Côtière <alertes@banque-cotiere.fr>',
    subject: `Alerte : paiement par carte de ${amount(r)} €`,
    body: `Un paiement vient d'être effectué avec votre carte se terminant par ${digits(r, 4)}. Si vous n'êtes pas à l'origine de cette opération, faites opposition au 09 00 00 00 00.`,
  }),
  () => ({
    from: 'Nuagerie <securite@nuagerie.fr>',
    subject: `Votre mot de passe a été modifié`,
    body: `Le mot de passe de votre compte Nuagerie vient d'être modifié. Si ce n'est pas vous, sécurisez votre compte immédiatement.`,
  }),
  () => ({
    from: 'Nuagerie <securite@nuagerie.fr>',
    subject: `Validation en deux étapes désactivée`,
    body: `La validation en deux étapes a été désactivée sur votre compte. Si vous n'avez rien fait, réactivez-la et changez votre mot de passe.`,
  }),
  (r) => ({
    from: 'Maison Brocante <commandes@maisonbrocante.fr>',
    subject: `Confirmation de commande n° ${digits(r, 8)}`,
    body: `Merci pour votre commande : 1 x Lampe en laiton. Total ${amount(r)} €. Vous serez averti à l'expédition.`,
  }),
  (r) => ({
    from: 'Colis Éclair <suivi@colis-eclair.fr>',
    subject: `Votre colis a été livré`,
    body: `Votre colis ${digits(r, 13)} a été livré aujourd'hui en point relais.`,
  }),
  (r) => ({
    from: 'Réglo Paiement <service@reglopaiement.fr>',
    subject: `Vous avez reçu de l'argent`,
    body: `Hugo Marchal vous a envoyé ${amount(r)} €. Message : « restaurant samedi ».`,
  }),
]
