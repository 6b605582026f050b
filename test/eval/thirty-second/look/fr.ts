// French look-alike texts (written for this set).
import type { LookTexts } from './types.ts'

export const FR: LookTexts = {
  newsletter: [
    [
      'Black Friday : jusqu’à -50 % 🖤',
      'Chez {brand} jusqu’à lundi minuit. Vous recevez cet e-mail car vous êtes inscrit(e) à notre newsletter. Se désabonner',
    ],
    [
      'Idées cadeaux à moins de 30 €',
      'Commandez avant le {day} pour être livré avant Noël. Gérer mes préférences',
    ],
    [
      'Cyber Monday',
      'Voir la version en ligne | {brand} | Livraison offerte aujourd’hui seulement.',
    ],
  ],
  social: [
    ['{friend} vous a mentionné', '« On se retrouve au marché de Noël ? » Répondez sur {brand}.'],
    [
      'Nouvelle réponse dans « Recettes de fêtes »',
      '{friend} a répondu à votre message. Gérer les notifications.',
    ],
    ['3 nouveaux abonnés', '[Logo {brand}] Découvrez qui vous suit cette semaine.'],
  ],
  autoreply: [
    [
      'Réponse automatique : {subj}',
      'Merci pour votre message. Je suis en congés jusqu’au {day} sans accès à mes e-mails.',
    ],
    [
      'Absence : {subj}',
      'Nos bureaux sont fermés du 24 décembre au 2 janvier. Nous vous répondrons à notre retour.',
    ],
    [
      'Absent(e) – {subj}',
      'Bonjour, je serai de retour le {day}. Pour toute urgence, contactez l’accueil.',
    ],
  ],
  code: [
    [
      'Votre code de vérification : {code}',
      'Vous avez demandé à vous connecter depuis Chrome sur Windows. Code {code}, valable 10 minutes.',
    ],
    [
      'Votre lien de connexion',
      'Touchez pour vous connecter à {brand} sur votre iPhone. Le lien expire dans 15 minutes.',
    ],
    [
      'Réinitialiser votre mot de passe',
      'Demande reçue depuis Firefox sur Mac. Ce lien est valable 30 minutes : {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ticket}] RE : {subj}',
      'Bonjour {first}, merci de votre patience (ticket #{ticket}). Le produit de remplacement part demain.',
    ],
    [
      'Votre demande {ticket} : remboursement',
      'Bonjour {first}, concernant « {subj} » : le remboursement de {amount} est validé.',
    ],
    [
      'RE : {subj} [Dossier {ticket}]',
      'Service client | {brand} | Votre colis a été retrouvé au dépôt, nouvelle livraison le {day}.',
    ],
  ],
  shared: [
    [
      '{friend} a partagé « Liste de cadeaux 2026 »',
      'Vous pouvez modifier ce document. Ouvrir dans {brand}.',
    ],
    [
      'Invitation : Repas de Noël le {day} à 19 h',
      'Organisateur : {friend}. Participer ? Oui – Peut-être – Non',
    ],
    [
      'Père Noël secret 🎁',
      'Aperçu : le tirage est fait | {friend} vous a ajouté au groupe sur {brand}.',
    ],
  ],
  appointment: [
    [
      'Rappel de rendez-vous',
      'Votre rendez-vous au cabinet {brand} est le {day} à 10 h 30. Merci de prévenir en cas d’empêchement.',
    ],
    ['Réservation confirmée', 'Table pour 6 le {day} à 20 h. Restaurant {brand}'],
    [
      'À bientôt !',
      '[Logo {brand}] Votre rendez-vous coiffure : {day}, 14 h. Gérer la réservation.',
    ],
  ],
  notice: [
    [
      'Fin du trimestre',
      'Chers parents, les cours se terminent le {day} à 11 h 30. Bonnes fêtes ! École {brand}',
    ],
    [
      'Horaires pendant les fêtes',
      'Le club {brand} sera fermé du 24 au 26 décembre. Cotisation 2027 à régler en janvier.',
    ],
    [
      'Avis de révision du loyer',
      'Accueil | Locataires | Agence {brand} : à partir de février, votre loyer passe à {amount}.',
    ],
  ],
  app: [
    ['Votre bilan 2026 🎉', '214 séances et 1 812 km : revivez vos temps forts dans {brand}.'],
    ['Stockage presque plein', 'Vous utilisez 96 % de votre espace. Passez à {brand} Plus.'],
    [
      'Mise à jour de nos conditions',
      'Voir la version en ligne | Nouvelles conditions d’utilisation à partir du {day}.',
    ],
  ],
  people: [
    [
      'Joyeux Noël !',
      'Coucou {first}, de très belles fêtes à vous tous ! Toujours partants pour le 27 ? {friend}',
    ],
    ['RE : {subj}', 'Parfait, j’apporte le vin chaud. Bises, {friend}'],
    ['TR : photos du marché', 'Voici celles de samedi, la dernière est ma préférée. {friend}'],
  ],
  receipt: [
    ['Votre reçu {brand}', 'Carte cadeau de {amount}, payée par Visa •• 4412. Commande {n}.'],
    [
      'Merci pour votre don',
      'Votre don de {amount} à la Fondation {brand} a bien été reçu. Reçu fiscal n° {n}.',
    ],
    [
      'Vous avez envoyé {amount}',
      '{brand} Pay | Paiement à {friend} pour « Père Noël secret » effectué le {day}.',
    ],
  ],
  bank: [
    [
      'Nouvelle connexion à votre compte',
      'Connexion depuis un nouvel appareil (Android, Lyon) le {day}. Si ce n’est pas vous, appelez-nous.',
    ],
    [
      'Paiement par carte de {amount}',
      'Votre carte •• 7731 a été débitée de {amount} en ligne. Bloquez-la dans l’appli si besoin.',
    ],
    [
      'Mot de passe modifié',
      '{brand} Banque | Alerte sécurité : votre mot de passe a été modifié le {day}.',
    ],
  ],
  order: [
    ['Commande confirmée n° {n}', 'Merci {first} ! Nous préparons votre commande. Total {amount}.'],
    [
      'Livraison aujourd’hui',
      'Votre colis {brand} arrive entre 11 h 40 et 12 h 40. Suivre en direct.',
    ],
    [
      'Disponible en retrait',
      'Boutique | Commandes | Aide – Commande {n} prête en consigne {brand}. Code de retrait {code}.',
    ],
  ],
  travel: [
    [
      'L’enregistrement est ouvert',
      'Votre vol pour Lisbonne le {day} est ouvert à l’enregistrement. Réf. {code}.',
    ],
    [
      'Votre carte d’embarquement',
      'Carte d’embarquement de {first}, siège 14C. Fermeture porte 30 min avant. {brand} Air',
    ],
    [
      'Réservation confirmée ✈️',
      '[{brand} Rail] Aller-retour le {day}, voiture 5, places 41-42. Total {amount}.',
    ],
  ],
}
