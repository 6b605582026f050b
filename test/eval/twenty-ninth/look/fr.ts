// French everyday mail, written for this set.
import type { LangTexts } from './types.ts'

export const FR: LangTexts = {
  newsletter: [
    [
      'Dernière chance : -30 % jusqu’à minuit',
      'Bonjour {n}, les soldes se terminent ce soir : {link}\n\nSe désinscrire | Gérer mes préférences : {link}',
    ],
    [
      'La lettre du dimanche de {b}',
      'Cinq lectures pour votre week-end. Vous recevez ce message car vous êtes abonné. Désinscription : {link}',
    ],
    ['Nouveautés de la semaine', 'Découvrez les nouveautés de {b}. Préférences : {link}'],
  ],
  social: [
    ['{who} s’est abonné à votre profil', '{who} vous suit désormais sur {b} : {link}'],
    ['{who} vous a mentionné', '« @{n} regarde ça ! » – répondre : {link}'],
    ['Invitation : apéro du club vendredi', '{who} vous invite à un événement sur {b} : {link}'],
  ],
  'auto-reply': [
    [
      'Réponse automatique : {subj}',
      'Merci pour votre message. Je suis absent jusqu’au {date} et je lis mes courriels de façon limitée.',
    ],
    [
      'Absence du bureau : {subj}',
      'Je suis en congé, de retour le {date}. Votre message ne sera pas transféré.',
    ],
    ['Message d’absence : {subj}', 'Merci, je vous réponds à mon retour.'],
  ],
  'own-code': [
    [
      '{code} est votre code {b}',
      'Vous avez demandé une connexion depuis Firefox sous Windows. Code : {code}, valable 10 minutes. Si ce n’est pas vous, ignorez ce message.',
    ],
    [
      'Votre lien de connexion',
      'Bonjour {n}, voici le lien demandé depuis Safari sur iPhone : {link}\nIl expire dans 15 minutes.',
    ],
    [
      'Réinitialisez votre mot de passe {b}',
      'Demande faite depuis Chrome sous macOS. Lien valable 1 heure : {link}',
    ],
  ],
  'ticket-reply': [
    [
      '[#{ref}] RE : {subj}',
      'Bonjour {n},\n\nconcernant le ticket #{ref}, le double prélèvement a été remboursé.\n\n> {subj}\n\nCordialement, le support {b}',
    ],
    [
      'Suivi de votre ticket {ref}',
      'Bonjour {n}, notre technicien a étudié le dossier {ref} (« {subj} »). La pièce part lundi.',
    ],
    [
      'RE : {subj} [Ticket {ref}]',
      'Bonjour {n}, pour le ticket {ref}, pouvez-vous nous envoyer une photo du numéro de série ?',
    ],
  ],
  shared: [
    ['{who} a partagé « Budget 2027 » avec vous', '{who} a partagé un tableur avec vous : {link}'],
    [
      'Invitation : point d’équipe le {date} à {time}',
      '{who} vous a invité. Oui / Peut-être / Non : {link}',
    ],
    ['Événement modifié : dentiste à {time}', 'L’événement du {date} a été déplacé par {who}.'],
  ],
  appointment: [
    [
      'Rappel : rendez-vous chez le Dr Aubry',
      'Votre rendez-vous est le {date} à {time}. Pensez à votre carte Vitale.',
    ],
    ['Votre passage au garage {b}', 'Vidange prévue le {date} à {time}.'],
    ['Réservation confirmée – {b}', 'Table pour 2 le {date} à {time}. Modifier : {link}'],
  ],
  notice: [
    ['Sortie scolaire du {date}', 'Chers parents, prévoyez un pique-nique. L’école {b}'],
    ['Collecte des encombrants', 'La collecte aura lieu le {date}. Mairie de {b}'],
    [
      'Coupure d’eau dans l’immeuble',
      'Madame, Monsieur, l’eau sera coupée le {date} de 9 h à 12 h. Le syndic {b}',
    ],
  ],
  'app-notice': [
    [
      'Mise à jour de nos conditions',
      'Le {date}, de nouvelles CGU s’appliquent à votre compte {b} : {link}',
    ],
    [
      'Votre espace de stockage est presque plein',
      'Il reste 200 Mo. Passer à l’offre supérieure : {link}',
    ],
    ['Votre abonnement sera renouvelé le {date}', '{b} Premium, {amt}. Gérer : {link}'],
  ],
  people: [
    ['Re: samedi ?', 'Ça marche, j’apporte le gâteau ! Bises, {who}'],
    ['les photos du mariage', 'Coucou {n}, voilà les photos : {link} – {who}'],
    ['RE: diapos pour jeudi', 'Merci, c’est parfait. J’ai déplacé la diapo 4. {who}'],
  ],
  receipt: [
    ['Votre reçu {b} n° {ref}', 'Payé {amt} par carte le {date}. Merci !'],
    ['Remboursement effectué : {amt}', 'Nous avons remboursé {amt} pour la commande {ref}.'],
    ['Votre bulletin de paie est disponible', 'Votre salaire de {amt} a été versé : {link}'],
    ['Loyer bien reçu', 'Nous avons reçu votre loyer de {amt} pour décembre. Agence {b}'],
    [
      'Avis d’échéance de votre assurance habitation',
      'Le contrat {ref} sera renouvelé le {date} pour {amt} par an : {link}',
    ],
  ],
  bank: [
    [
      'Nouvelle connexion à votre espace client',
      'Connexion depuis Edge sous Windows le {date}. Ce n’est pas vous ? {link}',
    ],
    ['Paiement par carte de {amt} refusé', 'Un paiement avec votre carte ****0937 a été refusé.'],
    ['Avis de prélèvement', 'Le {date}, {b} Énergie prélèvera {amt} (réf. {ref}).'],
    ['Votre relevé de compte de novembre', 'Votre relevé {b} est disponible dans votre espace.'],
  ],
  order: [
    ['Votre commande {ref} a été expédiée', 'Suivre le colis : {link}'],
    ['Livraison prévue aujourd’hui', 'Colis {b} {ref} entre {time} et 18 h.'],
    ['Votre colis vous attend en point relais', 'Code de retrait {code}, valable 8 jours.'],
  ],
  travel: [
    [
      'Enregistrement ouvert pour votre vol vers Porto',
      'Réservation {ref} : enregistrez-vous : {link}',
    ],
    ['Changement de voie : TGV 8531 voie 7', 'Votre train du {date} à {time} part voie 7.'],
    ['Vos billets pour le concert', 'Commande {ref} : 2 places le {date}.'],
  ],
  care: [
    ['Votre ordonnance est prête', 'Vos médicaments sont disponibles à la pharmacie {b}.'],
    [
      'Vos résultats d’analyses sont disponibles',
      'Résultats du {date} sur votre espace patient : {link}',
    ],
    ['Rappel vaccination grippe', 'Prenez rendez-vous : {link}'],
  ],
}
