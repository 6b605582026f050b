// French look-alike texts (fr-FR, fr-BE, fr-CA), written for this set.
import type { LangTexts } from './types.ts'

export const FR: LangTexts = {
  sent: [
    'Devis pour la salle de bain',
    'Colis abîmé',
    'Question sur ma facture',
    'Réunion la semaine prochaine ?',
  ],
  texts: {
    newsletter: [
      [
        'Dernière chance : -30 % jusqu’à minuit',
        'Bonjour {name}, les soldes se terminent ce soir : {link}. Se désinscrire : {link}/desinscription',
      ],
      [
        'La lettre du dimanche de {brand}',
        'Nos cinq lectures de la semaine. Gérer vos préférences : {link}/preferences',
      ],
      [
        'Nouveautés de la semaine',
        'Découvrez les arrivages chez {brand}. Ne plus recevoir nos courriels : {link}/desabonnement',
      ],
    ],
    social: [
      [
        '{colleague} vous suit désormais',
        '{colleague} s’est abonné(e) à votre profil sur {brand} : {link}',
      ],
      [
        'Nouveau message de {colleague}',
        'Vous avez un nouveau message : « On se voit samedi ? » {link}',
      ],
      [
        'Invitation : apéro du quartier',
        '{colleague} vous invite à un événement. Répondre : {link}',
      ],
    ],
    autoreply: [
      [
        'Réponse automatique : {sent}',
        'Merci pour votre message. Je suis absente jusqu’au {when} et je répondrai à mon retour.',
      ],
      ['Absence du bureau – {sent}', 'Je suis en congé. Pour toute urgence, contactez l’accueil.'],
      ['Message d’absence : {sent}', 'Bonjour, je suis de retour le {when}. Bien à vous.'],
    ],
    code: [
      [
        '{code} est votre code de connexion {brand}',
        'Connexion demandée depuis Firefox sous Windows. Code : {code}, valable 10 minutes.',
      ],
      [
        'Votre lien de connexion {brand}',
        'Connectez-vous : {link}. Demandé depuis Safari sur iPhone. Expire dans 15 minutes.',
      ],
      [
        'Réinitialisez votre mot de passe {brand}',
        'Demande faite depuis Chrome sur Mac. Nouveau mot de passe : {link} (valable 1 h).',
      ],
    ],
    'ticket-reply': [
      [
        'RE: [#{n}] {sent}',
        'Bonjour {name}, la pièce de rechange est partie et arrivera sous 3 jours. Dossier #{n}',
      ],
      [
        '[Ticket {n}] {sent}',
        'Bonjour {name}, j’ai annulé le double prélèvement. Bonne journée, Camille de {brand}',
      ],
      [
        'Re: {sent} (dossier {n})',
        'Bonjour, notre technicien peut passer jeudi matin. Cela vous convient ?',
      ],
    ],
    shared: [
      [
        '{colleague} a partagé « Budget 2027 » avec vous',
        '{colleague} vous invite à modifier un tableur : {link}',
      ],
      [
        'Invitation : point projet le {when}',
        '{colleague} vous a invité. Accepter ou refuser : {link}',
      ],
      [
        'Événement modifié : dentiste le {when}',
        'Cet événement a été déplacé. Voir l’agenda : {link}',
      ],
    ],
    appointment: [
      [
        'Rappel de votre rendez-vous du {when}',
        'Bonjour {name}, rappel de votre rendez-vous au cabinet du Dr Lemaire le {when}.',
      ],
      ['Votre réservation pour 4 personnes', 'À {when} chez Le Petit Zinc. Modifier : {link}'],
      ['Votre coiffeur vous attend', 'Rendez-vous confirmé le {when} au salon Mèches Folles.'],
    ],
    notice: [
      [
        'Réunion parents-professeurs le {when}',
        'Chers parents, la réunion de CM2 aura lieu le {when} au préau.',
      ],
      [
        'Coupure d’eau jeudi matin',
        'Chers locataires, l’eau sera coupée de 9 h à 12 h pour travaux. Le syndic',
      ],
      [
        'Club : nouveaux horaires d’entraînement',
        'Bonjour à tous, les U12 s’entraînent désormais le mercredi à 18 h.',
      ],
    ],
    app: [
      [
        'Mise à jour de nos conditions d’utilisation',
        'Nos conditions changent à compter du {when}. Détails : {link}',
      ],
      [
        'Votre espace de stockage est presque plein',
        'Vous utilisez 95 % de votre espace {brand}. Libérer de la place : {link}',
      ],
      [
        'Votre abonnement sera renouvelé dans 7 jours',
        'Renouvellement le {when} pour 4,99 €. Gérer : {link}',
      ],
    ],
    person: [
      ['Re: déjeuner dimanche', 'Parfait, on apporte le dessert. À dimanche !'],
      ['Les photos du mariage', 'Coucou {name}, voici enfin l’album : {link}. Bises, Tatie Jo'],
      [
        'Re: diapos pour mardi',
        'Merci, j’ai ajouté deux graphiques. Tu peux vérifier la diapo 9 ? {colleague}',
      ],
    ],
    receipt: [
      ['Votre reçu {brand}', 'Merci pour votre paiement de 23,40 € le {when}. Reçu n° {n}.'],
      [
        'Vous avez envoyé 50,00 € à {colleague}',
        'Paiement effectué. Motif : resto. Transaction {n}',
      ],
      [
        'Paiement reçu – facture {n}',
        'Nous avons bien reçu votre paiement de 120,00 $ CA. Merci !',
      ],
    ],
    bank: [
      [
        'Nouvelle connexion à votre compte {brand}',
        'Connexion depuis Chrome sous Windows à Liège. Ce n’était pas vous ? Sécurisez votre compte : {link}',
      ],
      [
        'Paiement par carte de 312,99 €',
        'Votre carte se terminant par 4412 a été débitée de 312,99 €. Pas vous ? Appelez-nous.',
      ],
      [
        'Double authentification activée',
        'La vérification en deux étapes est activée sur votre compte {brand}.',
      ],
    ],
    order: [
      ['Votre commande {n} a été expédiée', 'Votre colis est en route. Suivi : {link}'],
      ['Livraison prévue aujourd’hui', 'Votre colis {brand} arrive entre 10 h et 12 h.'],
      [
        'Colis disponible en point relais',
        'Votre commande {n} vous attend. Code de retrait {code}.',
      ],
    ],
    travel: [
      [
        'L’enregistrement est ouvert pour votre vol vers Nice',
        'Enregistrez-vous pour le vol {brand} 715 du {when} : {link}',
      ],
      [
        'Votre carte d’embarquement – siège 8F',
        'Ci-joint votre carte d’embarquement pour le {when}.',
      ],
      [
        'Changement de porte : D42',
        'Votre vol du {when} part désormais de la porte D42. Réservation {code}.',
      ],
    ],
  },
}
