// French burst texts, written for this set.
import type { BurstTexts } from './types.ts'

export const BURST_FR: BurstTexts = {
  couponConfirm:
    'Confirmez votre inscription pour recevoir votre code de {pct} %\nBonjour,\n\nUn clic et votre code de bienvenue est à vous. Merci de confirmer votre adresse e-mail : {link}\n\nLe code est valable sur votre première commande, offres Black Friday comprises.\n\n{shop}',
  couponCode:
    'Voici votre code : {code} 🎉\nBienvenue chez {shop} !\n\nVotre code de {pct} % : {code}\nValable jusqu’au {date} sur votre première commande.\n\nJe fais mon shopping : {link}',
  welcome: [
    'Bienvenue dans la famille {shop}\nBonjour {first},\n\nMerci de nous avoir rejoints ! Au programme : accès en avant-première aux soldes, nouvelles collections et idées cadeaux, environ une fois par semaine.\n\nNos best-sellers : {link}\n\nDésinscription à tout moment.',
    'Nos best-sellers, choisis pour vous\n{shop}\n\nEncore en quête d’idées cadeaux, {first} ? Voici les pièces préférées de nos clients cette saison. N’oubliez pas votre code {code}.\n\nDécouvrir : {link}\n\nSe désinscrire | Préférences',
  ],
  account: [
    'Activez votre compte\nBonjour {first},\n\nMerci pour votre commande chez {shop}. Nous avons créé un compte client pour que vous puissiez la suivre. Activez-le ici : {link}',
    'Définissez votre mot de passe {shop}\nBonjour,\n\nUn compte a été créé pour {email} lors de votre commande. Choisissez un mot de passe pour suivre vos commandes et enregistrer vos adresses : {link}\n\nLe lien est valable 7 jours.',
    'Vérifiez votre adresse e-mail\nMerci de vérifier votre adresse e-mail pour votre nouveau compte {shop} : {link}\n\nSi vous n’avez pas créé de compte, ignorez ce message.',
  ],
  payment:
    'Reçu de paiement – commande {order}\n{shop}\n\nMontant payé : {amount} €\nMoyen de paiement : Visa •••• {last4}\nDate : {today}\n\nConservez ce reçu. Une question ? Répondez à cet e-mail.',
  review:
    'Alors, {first}, votre commande {order} vous plaît ?\nBonjour {first},\n\nVotre commande {shop} est arrivée il y a quelques jours. Prendriez-vous une minute pour la noter ? Votre avis aide les autres clients.\n\n★★★★★ Donner mon avis : {link}',
  supportAck: [
    '[{shop}] Demande reçue : {subject}\nBonjour {first},\n\nMerci d’avoir contacté le service client {shop}. Votre demande est bien reçue et notre équipe vous répondra sous 24 heures. Votre numéro de ticket : {ticket}.\n\nCordialement,\n{shop}',
    'RE: {subject} [#{ticket}]\nBonjour,\n\nNous avons bien reçu votre message et ouvert le ticket #{ticket}. Pendant la période du Black Friday, nous répondons sous deux jours ouvrés.\n\n— Support {shop}',
  ],
  eventConfirm:
    'Confirmez votre inscription : {event}\nBonjour {first},\n\nMerci pour votre inscription à {event} le {date}. Confirmez-la pour que nous gardions votre place : {link}\n\nÀ bientôt !\n{shop}',
  tickets:
    'Vos billets pour {event}\nCommande {order}\n\nBonjour {first}, merci pour votre achat !\n2 x Placement libre – {amount} €\n{venue}, {date}, ouverture des portes 19 h\n\nVos billets sont joints en PDF et dans l’appli : {link}',
  invite:
    'Invitation : {event} le {date} 10:00 - 11:30 (CET)\n{shop} vous a invité à cet événement.\n\nQuand : {date} 10:00 – 11:30\nLien de connexion : {link}\n\nParticiper ? Oui · Non · Peut-être\n\nVous recevez cette invitation car vous vous êtes inscrit à l’événement.',
  reminder:
    'Rappel : {event} commence demain\nBonjour {first},\n\nPetit rappel : {event} commence demain à 10 h. Votre lien personnel : {link}\n\nAjoutez-le à votre agenda pour ne pas le manquer.\n\n{shop}',
  travelVerify:
    'Merci de vérifier votre adresse e-mail\nBienvenue chez {shop}, {first} !\n\nConfirmez votre e-mail pour finaliser votre compte et recevoir les informations sur vos réservations : {link}',
  booking: {
    flight:
      'Confirmation de réservation – votre vol pour {city} ({ref})\nMadame, Monsieur {name},\n\nMerci d’avoir réservé avec {shop}. Référence : {ref}\nAller : {date}, départ 07:45\nPassagers : 1 adulte\nTotal payé : {amount} €\n\nGérez votre réservation et enregistrez-vous en ligne 24 h avant le départ : {link}',
    hotel:
      'Votre séjour au {shop} {city} est confirmé\nBonjour {first},\n\nNuméro de confirmation : {ref}\nArrivée : {date} à partir de 15 h\n2 nuits, 1 chambre double, petit-déjeuner inclus\nTotal : {amount} €\n\nVoir ou modifier la réservation : {link}',
    car: '{shop} réservation {ref} : votre voiture à {city}\nBonjour {first},\n\nVotre voiture de location est réservée.\nRetrait : gare de {city}, {date} 10 h\nCatégorie : compacte ou similaire\nPrépayé : {amount} €\n\nMunissez-vous de votre permis et d’une carte bancaire à votre nom. Gérer : {link}',
    rail: 'Vos e-billets : {city} – {date}\n{shop}\n\nBonjour {first}, voici vos billets. Référence de dossier {ref}.\nVoiture 6, place 45\nTotal : {amount} €\n\nPrésentez le QR code sur votre téléphone ou imprimez-le : {link}',
  },
  travelPayment:
    'Paiement reçu – réservation {ref}\nNous avons bien reçu votre paiement de {amount} € par Visa se terminant par {last4} pour la réservation {ref}. Votre facture est jointe.\n\n{shop}',
  events: [
    'Course solidaire de Noël 10 km',
    'Sommet Commerce Connecté 2026 (en ligne)',
    'Concert de Noël de la chorale',
    'Webinaire : réussir son Black Friday',
  ],
  cities: ['Lyon', 'Bruxelles', 'Genève', 'Bordeaux'],
  venues: ['Salle des fêtes', 'Théâtre Graslin', 'Zénith'],
}
