// French look-alike texts (written for this set).
import type { LookLang } from './types.ts'

export const FR: LookLang = {
  texts: {
    newsletter: [
      [
        'Dernier jour : -30 % sur tout',
        'Bonjour {first}, les soldes d’automne se terminent ce soir : {link}\n\nVous recevez ce message car vous êtes inscrit depuis 2019. Se désabonner | Préférences : {link}',
      ],
      [
        'La lettre {brand} n° {n}',
        'Au sommaire : le pain maison, une balade à vélo et un long format sur les phares.\n\nSe désinscrire',
      ],
      [
        'Nouveautés choisies pour vous',
        'Retours gratuits sous 30 jours. Plus intéressé ? Désabonnement : {link}',
      ],
    ],
    social: [
      [
        '{other} vous suit désormais',
        '{other} vous suit sur {brand}. Voir le profil : {link}\nGérer les notifications dans les paramètres.',
      ],
      [
        '{other} vous a mentionné dans un commentaire',
        '« @{first} regarde ça » – répondre : {link}',
      ],
      [
        'Invitation : soirée jeux',
        '{other} vous invite à un événement le {date} à {time}. Participer : {link}',
      ],
    ],
    'auto-reply': [
      [
        'Réponse automatique : {subj}',
        'Merci pour votre message. Je suis absent jusqu’au {date} sans accès à ma messagerie. Pour toute urgence, contactez l’accueil.',
      ],
      [
        'Absence du bureau : {subj}',
        'Bonjour, je suis en congé et serai de retour le {date}. Votre message ne sera pas transféré.',
      ],
      ['Absent : {subj}', 'Je suis en déplacement cette semaine et vous répondrai à mon retour.'],
    ],
    codes: [
      [
        '{code} est votre code de connexion {brand}',
        'Saisissez {code} pour vous connecter à {brand}. Valable 10 minutes.\nDemande depuis Firefox sur Windows près de Lyon.',
      ],
      [
        'Réinitialiser votre mot de passe {brand}',
        'Vous avez demandé un nouveau mot de passe. Lien valable une heure : {link}\nDemande depuis un iPhone. Pas vous ? Rien ne change.',
      ],
      [
        'Votre lien de connexion',
        'Voici le lien demandé pour {brand}. Il expire dans 15 minutes :\n{link}',
      ],
    ],
    'ticket-reply': [
      [
        'RE : {subj} [#{ticket}]',
        'Bonjour {first},\n\nMerci de votre patience. Le remboursement a été effectué, il apparaîtra sous 5 jours.\n\nCordialement,\nNadia – Service clients {brand}',
      ],
      [
        '[{brand}] Suivi de la demande #{ticket}',
        'Bonjour {first}, la pièce de rechange est partie. Répondez à ce message si besoin. Demande #{ticket} : {subj}',
      ],
      [
        'Votre dossier {ticket} est résolu',
        'Nous avons clos votre dossier « {subj} ». Si le souci persiste, répondez simplement.',
      ],
    ],
    shared: [
      [
        '{other} a partagé « Budget {n}.xlsx » avec vous',
        '{other} vous invite à modifier ce tableur. Ouvrir : {link}',
      ],
      [
        'Invitation : point équipe le {date} à {time}',
        '{other} vous a invité. Visio : {link}\nOui / Peut-être / Non',
      ],
      [
        'Invitation modifiée : réunion déplacée à {time}',
        'Cet événement a changé. Nouvel horaire : {date} {time}. Organisateur : {other}',
      ],
    ],
    booking: [
      [
        'Rappel de votre rendez-vous du {date}',
        'Bonjour {first}, rappel de votre rendez-vous au cabinet {brand} le {date} à {time}.',
      ],
      ['Votre table pour demain', 'À demain {time} ! {brand}, {place}. Annuler : {link}'],
      [
        'Rendez-vous garage confirmé',
        'Révision chez {brand} le {date}, dépôt à {time}. Pensez au carnet d’entretien.',
      ],
    ],
    notice: [
      [
        'Réunion parents-professeurs le {date}',
        'Chers parents, la réunion aura lieu le {date} à {time} au préau.',
      ],
      [
        'Coupure d’eau le {date}',
        'Madame, Monsieur, une coupure d’eau est prévue le {date} de 9 h à 13 h. Le syndic {brand}',
      ],
      [
        'Assemblée générale du club',
        'Bonjour à tous, l’AG se tiendra le {date} à {time} au club-house. Cotisations à régler avant la fin du mois.',
      ],
    ],
    app: [
      [
        'Mise à jour de nos conditions d’utilisation',
        'À partir du {date}, nos conditions évoluent. Résumé : {link}',
      ],
      [
        'Votre stockage est plein à 95 %',
        'Vous utilisez 14,3 Go sur 15 Go chez {brand}. Libérer de l’espace : {link}',
      ],
      [
        'Votre abonnement sera renouvelé le {date}',
        'Votre formule {brand} Plus se renouvelle le {date}. Gérer : {link}',
      ],
    ],
    people: [
      ['RE: Samedi ?', 'Top ! J’apporte la salade. On dit {time} ?\n\n{other}'],
      [
        'photos du week-end',
        'Coucou {first}, voilà les photos, celle avec le chien est ma préférée 😄 Bises, {other}',
      ],
      [
        'RE: brouillon pour lundi',
        'J’ai relu, deux petites remarques dans le texte. Sinon c’est bon. Merci ! {other}',
      ],
    ],
    receipt: [
      [
        'Votre reçu {brand} n° {n}',
        'Montant payé : {amount}\nCarte se terminant par 4417\nMerci pour votre achat.',
      ],
      [
        'Vous avez envoyé {amount} à {other}',
        'Votre paiement de {amount} à {other} est effectué. Transaction {n}.',
      ],
      [
        'Paiement reçu – facture {n}',
        'Nous avons bien reçu votre règlement de {amount}. La facture {n} est soldée.',
      ],
    ],
    bank: [
      [
        'Paiement par carte de {amount} chez {brand}',
        'Un paiement de {amount} a été effectué le {date} avec votre carte 4417. Pas vous ? Bloquez la carte dans l’appli.',
      ],
      [
        'Nouvelle connexion à votre espace',
        'Nouvelle connexion depuis un Galaxy à Lille le {date} à {time}. Si c’était vous, rien à faire.',
      ],
      [
        'Votre mot de passe a été modifié',
        'Le mot de passe de votre compte {brand} a été changé le {date}. Si ce n’est pas vous, contactez-nous.',
      ],
    ],
    order: [
      ['Votre commande n° {n} est expédiée', 'Bonne nouvelle {first} ! Suivre le colis : {link}'],
      ['Livré : votre colis', 'Votre colis a été livré à {time}. Commande {n}.'],
      [
        'Disponible en point relais {place}',
        'Votre commande {n} vous attend à {place}. Code de retrait : {code}.',
      ],
    ],
    travel: [
      [
        'L’enregistrement est ouvert',
        'Bonjour {first}, enregistrez-vous pour votre vol du {date}. Réservation {code}.',
      ],
      [
        'Votre carte d’embarquement',
        'Fermeture de la porte 20 minutes avant le départ. Siège 14C. Dossier {code}.',
      ],
      [
        'Changement de porte : B{n}',
        'Votre vol du {date} part désormais de la porte B{n}. Embarquement à {time}.',
      ],
    ],
  },
  sent: [
    'Question sur ma dernière facture',
    'Charnière cassée',
    'Changement d’adresse',
    'Réunion la semaine prochaine',
  ],
  signup: [
    [
      'Confirmez votre compte {brand}',
      'Bienvenue {first} ! Confirmez votre e-mail pour terminer : {link}\nInscription faite il y a une minute depuis Chrome.',
    ],
    ['Vérifiez votre adresse pour commencer', 'Merci d’avoir rejoint {brand}. Vérifier : {link}'],
  ],
  optin: [
    [
      'Confirmez votre inscription à la lettre {brand}',
      'Vous avez demandé notre newsletter. Confirmer : {link}',
    ],
    ['Un clic pour finaliser', 'Bonjour {first}, confirmez pour recevoir le récap hebdo : {link}'],
  ],
  topics: ['chiffres T4', 'le séminaire', 'notes de passation'],
  sentLine: ['Merci, ça me va.', 'OK, je m’en charge.', 'Je regarde et je reviens vers toi.'],
}
