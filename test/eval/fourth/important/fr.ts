// Courriers importants en français, écrits pour le quatrième jeu (services inventés, tournures variées).
import type { ImportantMail } from './important-mail.ts'

export const IMPORTANT_FR: readonly ImportantMail[] = [
  {
    from: 'Banque des Tilleuls <alertes@banquedestilleuls.fr>',
    subject: 'Paiement de 86,40 € chez PHARMACIE DU MARCHÉ',
    body: 'Bonjour {name},\n\nUn paiement de 86,40 € chez PHARMACIE DU MARCHÉ a été effectué avec votre carte se terminant par 2208.\n\nSi vous ne reconnaissez pas cette opération, faites opposition depuis votre application.',
  },
  {
    from: 'Colirapide <suivi@colirapide.fr>',
    subject: 'Votre colis arrive demain',
    body: 'Bonne nouvelle ! Votre colis n° {ref} sera livré demain entre 8 h et 13 h.\n\nAbsent ? Choisissez un point relais ou une autre date depuis le lien de suivi.',
  },
  {
    from: 'Rail Horizon <confirmation@railhorizon.fr>',
    subject: 'Voyage confirmé : Lyon Part-Dieu → Marseille St-Charles',
    body: 'Bonjour {name},\n\nVotre réservation est confirmée (référence {ref}).\n\nVendredi 25 septembre, départ 17 h 04, arrivée 18 h 46, voiture 12, place 55.\nMontant payé : 39,00 €\n\nBon voyage !',
  },
  {
    from: 'Impôts en ligne <ne-pas-repondre@impots-enligne.fr>',
    subject: 'Un nouveau document est disponible dans votre espace',
    body: 'Madame, Monsieur,\n\nVotre avis d’impôt sur les revenus 2025 est disponible dans votre espace particulier.\n\nCe courriel est envoyé automatiquement, merci de ne pas y répondre.',
  },
  {
    from: 'Énergie Vallée <facture@energievallee.fr>',
    subject: 'Votre facture d’électricité de septembre : 63,18 €',
    body: 'Bonjour {name},\n\nVotre facture n° {ref} d’un montant de 63,18 € est disponible. Elle sera prélevée le 12 octobre.\n\nÉnergie Vallée',
  },
  {
    from: 'Trajetto <recus@trajetto.fr>',
    subject: 'Merci pour votre course de ce soir',
    body: 'Total : 17,30 €\nGare de Lyon → Rue des Martyrs, 5,1 km, 21 min\nPayé avec Visa •••• 4410\n\nReçu n° {ref}',
  },
  {
    from: 'Boutique Lavande & Lin <commandes@lavande-lin.fr>',
    subject: 'Merci {name} ! Commande n° {ref} bien reçue',
    body: 'Nous préparons votre commande :\n\n2 × Taie d’oreiller lin lavé  39,80 €\n1 × Plaid laine  69,00 €\nLivraison  4,90 €\nTotal  113,70 €\n\nVous recevrez un e-mail à l’expédition.',
  },
  {
    from: 'Nuagemail <securite@nuagemail.fr>',
    subject: 'Votre mot de passe a été modifié',
    body: 'Bonjour {name},\n\nLe mot de passe de votre compte Nuagemail a été modifié aujourd’hui à 09 h 12.\n\nSi vous n’êtes pas à l’origine de cette modification, sécurisez votre compte immédiatement.',
  },
  {
    from: 'Nuagemail <securite@nuagemail.fr>',
    subject: 'Connexion depuis un nouvel appareil',
    body: 'Une connexion à votre compte a eu lieu depuis un iPhone près de Bordeaux.\n\nSi c’était bien vous, aucune action n’est nécessaire.',
  },
  {
    from: 'Virelo <service@virelo.fr>',
    subject: 'Vous avez reçu 30,00 € de Camille Roux',
    body: 'Camille Roux vous a envoyé 30,00 €.\nMotif : « Resto vendredi »\n\nL’argent est disponible sur votre compte Virelo.',
  },
  {
    from: 'Air Méridien <reservations@airmeridien.fr>',
    subject: 'Confirmation de réservation {ref} – Paris CDG → Montréal',
    body: 'Chère cliente, cher client,\n\nNous avons le plaisir de confirmer votre vol AM 332 du 14 octobre, départ 13 h 25 de Paris CDG.\n\nBagage en soute inclus. Enregistrement en ligne 30 h avant le départ.',
  },
  {
    from: 'Ciné+ Illimité <abonnement@cineplus-illimite.fr>',
    subject: 'Reçu de paiement – abonnement mensuel 21,90 €',
    body: 'Votre paiement de 21,90 € pour l’abonnement Ciné+ Illimité a bien été reçu.\n\nProchaine échéance : 9 octobre\nFacture {ref}',
  },
]
