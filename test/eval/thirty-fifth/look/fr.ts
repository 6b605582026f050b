// French everyday look-alike texts, written for this set: three per class.
import type { LookTexts } from './types.ts'

export const FR: LookTexts = {
  newsletter: [
    [
      'La rentrée en cuisine 🍂',
      'Nos recettes de saison et -15 % sur les épices jusqu’à dimanche. Vous recevez cette lettre car vous êtes inscrit depuis 2019. Se désabonner',
    ],
    [
      '{brand} Hebdo n°{n}',
      'Au menu : balades en Chartreuse, le comparatif des vestes de pluie et vos courriers.',
    ],
    ['Dernières heures', 'Les soldes d’été se terminent ce soir à minuit. Gérer mes préférences.'],
  ],
  social: [
    [
      '{who} a commenté votre photo',
      '« Superbe ! C’était où ? » Répondez sur {brand} ou désactivez les notifications.',
    ],
    [
      'Vous avez 5 nouvelles demandes de contact',
      '{who} et 4 autres personnes souhaitent se connecter avec vous sur {brand}.',
    ],
    [
      'Nouvelles réponses dans « Troc de graines »',
      '{who} a répondu à votre message sur les semis de tomates.',
    ],
  ],
  'auto-reply': [
    [
      'Réponse automatique : {topic}',
      'Merci pour votre message. Je suis absente jusqu’au {date} inclus et consulte peu mes e-mails.',
    ],
    [
      'Absence du bureau : {topic}',
      'Bonjour, je suis en congés et de retour le {date}. Votre message ne sera pas transféré.',
    ],
    [
      'Message d’absence : {topic}',
      'Merci ! Je travaille du mardi au jeudi et vous répondrai à mon retour.',
    ],
  ],
  'own-code': [
    [
      '{code} est votre code de vérification {brand}',
      'Saisissez ce code pour terminer la connexion. Il expire dans 10 minutes.',
    ],
    [
      'Réinitialiser votre mot de passe {brand}',
      'Vous avez demandé un nouveau mot de passe. Lien valable une heure : https://{brand}.example/reset',
    ],
    [
      'Votre code de connexion',
      '{brand} : votre code à usage unique est {code}. Pas vous ? Ignorez ce message.',
    ],
  ],
  'ticket-reply': [
    [
      'RE: [Ticket #{ref}] {topic}',
      'Bonjour {name}, merci de votre patience. Le montant manquant a été recrédité. Bien cordialement, Camille, support {brand}',
    ],
    [
      '[#{ref}] Mise à jour de votre demande',
      'Votre demande « {topic} » a été mise à jour : la pièce de rechange part demain.',
    ],
    [
      'Votre ticket {ref} est résolu',
      'Nous avons marqué « {topic} » comme résolu. Répondez si quelque chose cloche encore.',
    ],
  ],
  'shared-doc': [
    [
      '{who} a partagé un dossier avec vous',
      '{who} vous invite à modifier « Photos vacances {date} » sur {brand}.',
    ],
    [
      'Invitation mise à jour : réunion déplacée à {time}',
      'Cet événement a été modifié. Quand : {date} {time}. Participer ? Oui / Non / Peut-être',
    ],
    [
      'Document partagé : budget.ods',
      '{who} vous a donné l’accès en lecture. Aperçu dans {brand}.',
    ],
  ],
  appointment: [
    [
      'Rappel : rendez-vous le {date} à {time}',
      'Bonjour {name}, nous vous rappelons votre rendez-vous au cabinet {brand} le {date} à {time}.',
    ],
    [
      'Votre réservation est confirmée',
      'Restaurant {brand} : table pour 4 le {date} à {time}. Table gardée 15 minutes.',
    ],
    ['À demain !', 'Votre rendez-vous coiffure chez {brand} est demain à {time}.'],
  ],
  notice: [
    [
      'Réunion parents-professeurs le {date}',
      'Chers parents, la réunion de la classe de CM1 aura lieu le {date} à 18 h. École {brand}',
    ],
    [
      'Nouveaux horaires de la déchetterie',
      'À partir du {date}, la déchetterie de {place} ouvre de 9 h à 16 h en semaine. Votre mairie',
    ],
    [
      'Entretien de la chaudière',
      'Madame, Monsieur, le technicien passera le {date} entre 8 h et 12 h. Syndic {brand}',
    ],
  ],
  'app-notice': [
    ['Votre bilan de l’année 🎉', 'Vous avez écouté 11 320 minutes sur {brand} cette année.'],
    [
      'Mise à jour de nos conditions',
      'Nos conditions d’utilisation changent le {date}. Aucune action n’est requise.',
    ],
    [
      'Votre espace de stockage est presque plein',
      'Vous utilisez 94 % de votre espace {brand}. Libérez de la place ou changez d’offre.',
    ],
  ],
  people: [
    ['RE: {topic}', 'Ça marche, à samedi ! J’apporte les chaises pliantes. {who}'],
    [
      'Joyeuses fêtes',
      'Chère {name}, nous vous souhaitons de belles fêtes de fin d’année. Bises, {who}',
    ],
    ['TR: {topic}', 'Ça devrait t’intéresser. ---------- Message transféré ---------- De : {who}'],
  ],
  receipt: [
    ['Votre reçu {brand} n°{ref}', 'Merci pour votre paiement de {amount} € le {date}.'],
    ['Paiement reçu', '{who} vous a envoyé {amount} €. Le montant est sur votre solde {brand}.'],
    [
      'Virement en cours',
      'Votre versement de {amount} € arrivera sur votre compte d’ici le {date}.',
    ],
  ],
  'bank-alert': [
    [
      'Paiement par carte de {amount} €',
      '{brand} Banque : votre carte se terminant par 7702 a été utilisée pour {amount} € chez {place}.',
    ],
    [
      'Nouvelle connexion à votre compte',
      'Connexion depuis un nouvel appareil (iPhone, {place}) le {date}. Si c’était vous, rien à faire.',
    ],
    [
      'Votre mot de passe a été modifié',
      'Le mot de passe de votre compte {brand} a été modifié le {date} à {time}.',
    ],
  ],
  order: [
    [
      'Commande confirmée n°{ref}',
      'Merci {name} ! Nous préparons votre commande : 2 articles, {amount} €. Livraison prévue le {date}.',
    ],
    [
      'Votre colis est en cours de livraison',
      '{brand} : votre colis {ref} arrive aujourd’hui entre {time} et 18 h.',
    ],
    [
      'Disponible en point relais',
      'Votre commande {ref} vous attend au relais {brand} de {place}. Code de retrait {code}.',
    ],
  ],
  travel: [
    [
      'L’enregistrement est ouvert',
      'Vol {brand} {n} pour Lisbonne le {date}. Enregistrez-vous et choisissez votre siège.',
    ],
    [
      'Votre carte d’embarquement',
      'Carte d’embarquement jointe : siège 14C, fermeture de la porte à {time}.',
    ],
    [
      'Changement de porte : B{n}',
      'Votre vol pour Porto part désormais de la porte B{n}. Départ à {time} comme prévu.',
    ],
  ],
}
