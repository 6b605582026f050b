// French look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const FR: LookTexts = {
  newsletter: [
    'Soldes d’automne : -20 % sur la maille 🍂 || La lettre {brand}. Retours gratuits jusqu’au {date}. Se désabonner en bas de page.',
    'Vos lectures du dimanche || Cinq articles et une recette de la rédaction {brand}. Abonné depuis 2023.',
    'Dernier jour || La vente privée se termine ce soir. Votre numéro adhérent {n} est appliqué. {brand}',
  ],
  social: [
    '{from} a commenté votre photo || « Magnifique ! » — répondez sur {brand}.',
    'Vous avez 3 nouveaux abonnés || {from} et 2 autres personnes vous suivent sur {brand}.',
    'Nouveau dans votre groupe : vide-grenier {city} || {from} a publié un message.',
  ],
  ooo: [
    'Réponse automatique : {orig} || Merci pour votre message. Je suis absent jusqu’au {date}. Pour toute urgence : accueil@{brand}.example.',
    'Absence du bureau : {orig} || Je suis en congé jusqu’au {date}, votre message ne sera pas transféré.',
    'Absent : {orig} || En déplacement cette semaine, je réponds à mon retour.',
  ],
  code: [
    'Votre code de vérification {brand} || Votre code est {code}. Il expire dans 10 minutes.',
    '{code} est votre code {brand} || Pour terminer le changement d’adresse e-mail.',
    'Réinitialisation du mot de passe {brand} || Vous venez de la demander. Lien valable 30 minutes.',
  ],
  ticket: [
    'RE: [#{ref}] {orig} || Bonjour {first}, merci de votre patience. Ticket #{ref} : la pièce part demain. Camille, support {brand}',
    '[{brand}] Demande {ref} résolue || Votre demande {ref} « {orig} » est résolue. Répondez pour la rouvrir.',
    'Dossier {ref} : une précision || Pourriez-vous nous envoyer le numéro de série ? Réf. dossier {ref}.',
  ],
  shared: [
    '{from} a partagé un dossier avec vous || « Photos {city} » — 48 éléments. Ouvrir dans {brand}.',
    'Invitation mise à jour : réunion déplacée à {time} || {from} a modifié l’événement du {date}.',
    '{from} vous invite à modifier « Budget 2027 » || Ouvrir dans {brand}.',
  ],
  booking: [
    'Rappel : rendez-vous le {date} à {time} || Cabinet {brand}, {city}. Annulation 24 h avant.',
    'Votre table est réservée || {brand}, le {date} à {time}, 2 couverts.',
    'Contrôle technique à prévoir || Avant le {date}. Réservez chez {brand}.',
  ],
  notice: [
    'Réunion parents-professeurs le {date} || Chers parents de CM1, inscrivez-vous sur l’ENT {brand}.',
    'Horaires de la mairie modifiés || Mairie de {brand} : fermée le lundi à partir du {date}.',
    'Coupure d’eau le {date} || De 9 h à 12 h. Le syndic {brand}',
  ],
  app: [
    'Votre année sur {brand} 🎉 || 1 204 heures d’écoute. Découvrez votre bilan.',
    'Mise à jour de nos conditions || À partir du {date}, de nouvelles CGU s’appliquent.',
    'Stockage presque plein || Votre espace {brand} est rempli à 95 %.',
  ],
  person: [
    'RE: {orig} || Parfait, à samedi ! Apporte le grand plat. Bises, {from}',
    'TR: {orig} || Transféré de la part de papa, tu peux regarder ? {from}',
    'Joyeuses fêtes || Plein de bonnes choses de la part de {from} et famille 🎄',
  ],
  receipt: [
    'Votre reçu {brand} || {amount} payé par carte le {date}. Reçu n° {ref}.',
    'Vous avez envoyé {amount} à {from} || Paiement effectué. Référence {ref}. {brand}',
    'Virement en cours || {amount} arriveront sur votre compte sous 2 jours. {brand}',
  ],
  bank: [
    'Paiement par carte de {amount} chez {brand} || Vous ne le reconnaissez pas ? Bloquez la carte.',
    'Nouvelle connexion à votre espace {brand} || Un nouvel appareil s’est connecté près de {city} à {time}.',
    'Mot de passe modifié || Le mot de passe de votre banque en ligne {brand} a été modifié le {date}.',
  ],
  order: [
    'Votre commande n° {ref} est expédiée || Livraison prévue le {date}. Suivi {brand}.',
    'Colis disponible en point relais || {brand} {city}, code de retrait {code}.',
    'Commande confirmée || N° {ref}, total {amount}.',
  ],
  travel: [
    'Enregistrement ouvert pour {city} || Vol {ref} le {date}. {brand}',
    'Votre carte d’embarquement || Fermeture de la porte 20 min avant. Siège 14C. {brand}',
    'Changement de porte : vol {ref} || Nouvelle porte B12, embarquement {time}.',
  ],
}
