// French look-alike texts, written for this set.
import type { LookTexts } from './types.ts'

export const LOOK_FR: LookTexts = {
  newsletter: [
    '🖤 Black Friday chez {brand} : jusqu’à -50 %\nVoir la version en ligne\n\nBonjour {first}, c’est parti : doudounes, bottes et coffrets cadeaux jusqu’à -50 %, pendant 72 heures seulement. Fin lundi à minuit.\n\nJ’en profite : {link}\n\nVous recevez cet e-mail car vous êtes inscrit chez {brand}. Se désinscrire | Préférences',
    'Dernière chance : le Cyber Monday se termine ce soir\n{brand} – livraison offerte dès 40 €\n\nPlus que quelques heures, {first} ! Nos best-sellers sont encore à -{pct} % et vos points fidélité comptent double jusqu’à minuit.\n\nVoir les offres : {link}\n\nGérer vos préférences ou vous désabonner : {link}',
  ],
  marketplace: [
    'Nouveau message de {seller} à propos de « {item} »\nBonjour {first},\n\n{seller} a répondu à votre question sur {item} :\n« Oui, il est toujours disponible, je peux l’envoyer lundi. {price} € port compris, ça vous va ? »\n\nRépondre dans l’appli : {link}\n\nPour votre sécurité, payez et échangez uniquement via {brand}.',
    'Votre article « {item} » est vendu !\nBonne nouvelle, {first} !\n\n{item} a été vendu {price} €. Merci de l’expédier sous 3 jours ouvrés et d’indiquer le numéro de suivi.\n\nImprimer le bordereau : {link}\n\n{brand}',
  ],
  'price-alert': [
    'Baisse de prix : {item} à {price} €\nAlerte prix {brand}\n\nL’article que vous surveillez est passé de {old} € à {price} € chez 3 marchands. Les prix bougent vite pendant la semaine du Black Friday.\n\nComparer : {link}\n\nAlerte créée le {earlier}. Gérer vos alertes : {link}',
    'Votre prix cible est atteint 🎯\nBonjour {first}, {item} est disponible à {price} €, sous les {old} € que vous aviez fixés.\n\nVoir l’offre : {link}\n\nComparateur {brand} · arrêter cette alerte : {link}',
  ],
  wishlist: [
    'Un article de votre liste d’envies est en promo\nBonjour {first},\n\nBonne nouvelle : « {item} » de votre liste d’envies est à -{pct} %. Stocks limités, certaines tailles partent vite.\n\nVoir ma liste : {link}\n\n{brand}',
    'De retour en stock : {item}\nVous vouliez être prévenu du retour de {item}. C’est fait – mais sans doute pas pour longtemps.\n\nAjouter au panier : {link}\n\nVous recevez cet e-mail car vous avez enregistré cet article sur {brand}. Gérer les notifications : {link}',
  ],
  loyalty: [
    '{points} points vous attendent, {first}\nProgramme fidélité {brand}\n\nVotre solde : {points} points (soit {amount} €). Pendant la semaine du Black Friday, chaque achat rapporte le triple de points.\n\nVoir mes avantages : {link}\n\nLes points expirent 12 mois après leur attribution.',
    'Votre relevé {brand} de novembre\nBonjour {first},\n\nPoints gagnés ce mois-ci : 320\nSolde total : {points}\nStatut : Argent – encore 180 points pour Or\n\nVoir le relevé : {link}',
  ],
  'app-notice': [
    'Nouveautés de l’appli {brand}\nBonjour {first},\n\nLa version 5.2 est disponible : mode sombre, paiement plus rapide et suivi de commande sur l’écran verrouillé. Mettez à jour depuis votre store.\n\nNotes de version : {link}\n\nL’équipe {brand}',
    'Rappel : votre espace {brand} est plein à 90 %\nBonjour {first},\n\nVous utilisez 4,5 Go sur 5 Go. Une fois l’espace plein, vos photos et sauvegardes ne seront plus synchronisées.\n\nGérer l’espace : {link}\n\nCeci est un message de service concernant votre compte {brand}.',
  ],
  person: [
    'RE: Marché de Noël samedi ?\nSalut {first},\n\nSamedi, c’est bon pour nous ! On se retrouve devant la cathédrale à 16 h ? J’apporte le vin chaud.\n\nBises,\n{author}\n\n> Vous êtes libres samedi pour le marché de Noël ?',
    'Re : Liste du Père Noël secret\nCoucou {first},\n\nJe t’ai inscrite pour l’échange de livres. Budget de 20 € comme l’an dernier, tirage au sort vendredi.\n\nÀ plus,\n{author}',
  ],
  'list-reply': [
    '[velo-nantes] Re: Éclairage pour l’hiver\nJ’ai la lampe avant de la dernière commande groupée depuis deux hivers, elle tient très bien. Il faut juste la recharger chaque semaine.\n\n{author}\n\n_______________________________________________\nListe velo-nantes\nDésinscription : {link}',
    '[brasseurs-amateurs] Re: Levure pour une bière d’hiver\nJe confirme : une fermentation lente à 18 °C m’a donné beaucoup moins de faux goûts.\n\n-- \n{author}\n\nVous êtes abonné à brasseurs-amateurs. Pour quitter la liste : {link}',
  ],
  'ticket-reply': [
    'RE: [#{ticket}] {subject}\nBonjour {first},\n\nMerci pour votre patience. Concernant le ticket #{ticket} : le transporteur confirme que votre colis était bloqué au dépôt ; il sera livré demain. S’il n’arrive pas, répondez simplement à cet e-mail et nous vous en renverrons un.\n\nCordialement,\n{agent}\nService client {brand}',
    '[{brand}] Suivi de votre demande #{ticket}\nBonjour {first},\n\nVotre retour (ticket #{ticket}) est accepté. L’étiquette est ici : {link}. Le remboursement sera fait sous 5 jours après réception du colis.\n\nBonne journée,\n{agent}\n\n--- Votre message d’origine ---\n{subject}',
  ],
  'ticket-sent': [
    'Colis de la commande {order} non reçu\nBonjour,\n\nma commande {order} devait arriver le {earlier}, mais je ne l’ai pas reçue et le suivi n’a pas bougé depuis quatre jours. Pouvez-vous voir avec le transporteur ?\n\nMerci,\n{me}',
    'Retour de la commande {order}\nBonjour,\n\nla veste de la commande {order} est trop petite. Je souhaite la renvoyer contre remboursement. Comment obtenir une étiquette de retour ?\n\nCordialement,\n{me}',
  ],
  order: [
    'Confirmation de commande n° {order}\nMerci pour votre commande, {first} !\n\nCommande {order} du {today}\n{item} x1  {price} €\nLivraison : standard (3 à 5 jours ouvrés)\nTotal : {amount} €\n\nNous vous écrirons dès l’expédition. Voir ma commande : {link}\n\n{brand}',
    'Nous avons bien reçu votre commande {order} 🎁\nBonjour {first},\n\nExcellent choix ! Votre commande {order} est en préparation. Payée par Visa se terminant par {last4} : {amount} €.\n\nSuivre ma commande : {link}',
  ],
  shipping: [
    'Votre commande {order} a été expédiée\nBonjour {first},\n\nVotre commande est en route avec {carrier}. Numéro de suivi : {track}. Livraison prévue : {date}.\n\nSuivre mon colis : {link}\n\n{brand}',
    'Expédié : {item} et 1 autre article\nVotre colis {brand} a quitté notre entrepôt aujourd’hui.\nTransporteur : {carrier}\nSuivi : {track}\nLivraison : {date}\n\nVoir la commande {order} : {link}',
  ],
  delivery: [
    'Votre colis {shop} arrive aujourd’hui\n{brand}\n\nBonjour {first}, votre colis {track} est en cours de livraison, entre 10 h 15 et 12 h 15. Absent ? Choisissez un voisin ou un lieu sûr : {link}',
    'Livré : colis {track}\n{brand}\n\nVotre colis a été remis au destinataire à 14 h 32. Code postal : {postcode}. Photo de livraison : {link}\n\nUne question sur le contenu ? Contactez {shop}.',
  ],
  refund: [
    'Votre remboursement pour la commande {order} est effectué\nBonjour {first},\n\nNous avons reçu votre retour et remboursé {amount} € sur votre Visa se terminant par {last4}. Comptez 3 à 5 jours ouvrés pour le voir sur votre relevé.\n\nVoir le retour : {link}\n\nService retours {brand}',
    'Retour reçu – commande {order}\nBonjour {first},\n\nVotre retour de {item} est arrivé à notre entrepôt le {today}. Après vérification, nous vous rembourserons {amount} € sous 5 jours.\n\n{brand}',
  ],
  card: [
    'Paiement par carte de {amount} € chez {shop}\n{brand} Banque\n\nUn paiement de {amount} € a été effectué avec votre carte se terminant par {last4} chez {shop} le {today}. Vous ne le reconnaissez pas ? Bloquez la carte dans l’appli et appelez-nous.',
    'Nouveau paiement en ligne avec votre carte {last4}\nBonjour {first},\n\nNouveau paiement en ligne : {amount} € à {shop}. Solde disponible : {balance} €.\n\nToutes vos opérations dans l’appli {brand}.',
  ],
}
