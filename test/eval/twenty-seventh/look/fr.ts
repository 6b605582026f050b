// French look-alike texts, written for this set.
import { t, type LangLook } from './types.ts'

export const FR: LangLook = {
  texts: {
    newsletter: [
      t(
        'Dernière chance : -30 % jusqu’à minuit',
        'Bonjour {name}, les soldes d’automne se terminent ce soir. Pulls, bottines, manteaux.\nJ’en profite : {link}\nSe désinscrire | Préférences : {link}',
      ),
      t(
        'La lettre {brand} – semaine 45',
        'Cinq lectures de la semaine, une recette de velouté et le courrier des lecteurs. Changer la fréquence : {link}',
      ),
      t(
        'Nouveautés : l’équipement running d’hiver',
        'Pour les matins sombres. Retours offerts aux membres jusqu’en décembre. Désabonnement : {link}',
      ),
    ],
    social: [
      t('{who} vous suit désormais', '{who} s’est abonné(e) à votre profil {brand}. Voir : {link}'),
      t(
        '{who} vous a mentionné dans un commentaire',
        '« @{name} regarde ça ! » – répondre sur {brand} : {link}',
      ),
      t(
        'Invitation : balade photo dimanche',
        '{who} vous invite à un événement du groupe « Photographes des quais » : {link}',
      ),
    ],
    ooo: [
      t(
        'Réponse automatique : {subj}',
        'Merci pour votre message. Je suis absente jusqu’au {date} avec un accès limité à ma messagerie. Pour toute urgence, contactez l’accueil.',
      ),
      t(
        'Absence du bureau : {subj}',
        'Bonjour, je suis en congé jusqu’au {date}. Votre message ne sera pas transféré ; écrivez à {who}.',
      ),
      t('Absent : {subj}', 'Je suis en déplacement cette semaine et vous répondrai à mon retour.'),
    ],
    'own-code': [
      t(
        '{code} est votre code de connexion {brand}',
        'Vous avez demandé à vous connecter depuis Firefox sous Windows. Saisissez {code}. Il expire dans 10 minutes. Ce n’était pas vous ? Changez votre mot de passe.',
      ),
      t(
        'Votre lien de connexion',
        'Cliquez pour vous connecter à {brand} : {link}\nDemandé à {time} depuis Safari sur iPhone. Valable 15 minutes, une seule fois.',
      ),
      t(
        'Réinitialiser votre mot de passe {brand}',
        'Une demande de réinitialisation est venue d’un navigateur Chrome sous macOS. Lien valable 1 heure : {link}',
      ),
    ],
    'ticket-reply': [
      t(
        '[Ticket #{num}] RE : {subj}',
        'Bonjour {name}, concernant le ticket #{num} : les frais de port ont été remboursés, comptez 3 à 5 jours. Cordialement, {who}, service client {brand}',
      ),
      t(
        'RE: {subj} [#{num}]',
        'Bonjour {name}, j’ai vu avec l’entrepôt pour le dossier #{num} : la pièce est partie aujourd’hui. Bien à vous, {who}',
      ),
      t(
        'Nouvelle réponse à votre demande #{num}',
        'Votre demande #{num} (« {subj} ») a reçu une réponse : le compte est débloqué. Voir l’échange : {link}',
      ),
    ],
    'shared-doc': [
      t(
        '{who} a partagé « Budget 2027.xlsx » avec vous',
        '{who} vous invite à modifier un tableur. Ouvrir : {link}',
      ),
      t(
        'Invitation : point projet le {date} à {time}',
        '{who} vous a invité. Rejoindre en visio. Oui / Peut-être / Non – {link}',
      ),
      t(
        'Invitation mise à jour : rendez-vous déplacé à {time}',
        'Cet événement a été modifié par {who} : {date} à {time}.',
      ),
    ],
    appointment: [
      t(
        'Rappel : votre rendez-vous du {date}',
        'Bonjour {name}, rappel de votre rendez-vous au cabinet dentaire des Lilas le {date} à {time}. Pour annuler : 04 78 00 00 00.',
      ),
      t(
        'Votre passage au garage est confirmé',
        'Garage {brand} : votre véhicule est attendu le {date} à {time}.',
      ),
      t('Table pour 4 demain à {time}', 'À demain chez {brand} ! Modifier la réservation : {link}'),
    ],
    notice: [
      t(
        'Sortie scolaire : autorisation à rendre vendredi',
        'Chers parents, merci de rendre l’autorisation pour la sortie au musée avant vendredi. Pique-nique à prévoir.',
      ),
      t(
        'Collecte des déchets pendant les fêtes',
        'À partir du {date}, le tri sera collecté le samedi. Calendrier de la mairie : {link}',
      ),
      t(
        'Coupure d’eau dans l’immeuble',
        'Chers locataires, l’eau sera coupée le {date} de 9 h à 12 h. Le syndic.',
      ),
    ],
    'app-notice': [
      t(
        'Mise à jour de nos conditions d’utilisation',
        'Le {date}, nos nouvelles conditions entrent en vigueur. Rien ne change pour vous hors espaces partagés. En savoir plus : {link}',
      ),
      t(
        'Votre espace de stockage est presque plein',
        'Vous utilisez 96 % de votre espace {brand}. Libérer de la place : {link}',
      ),
      t(
        'Votre abonnement sera renouvelé le {date}',
        'Votre formule {brand} Plus sera renouvelée le {date} pour {amount}. Gérer : {link}',
      ),
    ],
    person: [
      t('Re: samedi ?', 'Ça marche ! Prends le grand parapluie, il va pleuvoir. Bises, {who}'),
      t(
        'photos du mariage',
        'Coucou {name}, j’ai enfin trié les photos, le lien est dans l’album partagé. {who}',
      ),
      t(
        'RE: rapport trimestriel',
        'Merci, j’ai ajouté deux commentaires page 4. On en parle avant la réunion ? {who}',
      ),
    ],
    receipt: [
      t(
        'Votre reçu {brand} n° {num}',
        'Montant payé : {amount}\nDate : {date}\nMoyen de paiement : CB •••• 3307',
      ),
      t(
        'Vous avez envoyé {amount} à {who}',
        'Paiement envoyé. Motif : loyer novembre. Transaction {num}.',
      ),
      t('Paiement reçu', '{who} vous a envoyé {amount}. La somme est disponible sur votre solde.'),
    ],
    bank: [
      t(
        'Nouvelle connexion à votre compte {brand}',
        'Un nouvel appareil s’est connecté le {date} à {time} (Android, Lille). Si ce n’était pas vous, sécurisez votre compte : {link}',
      ),
      t(
        'Paiement par carte de {amount}',
        'Votre carte se terminant par 3307 a été débitée de {amount} chez STATION DU PORT le {date}.',
      ),
      t(
        'Double authentification activée',
        'La validation en deux étapes est activée sur votre compte {brand}. Si ce n’est pas vous, contactez-nous.',
      ),
    ],
    order: [
      t(
        'Commande confirmée n° {num}',
        'Merci {name} ! Nous préparons votre commande. Total {amount}. Suivi : {link}',
      ),
      t(
        'Votre colis arrive aujourd’hui',
        'Votre colis {brand} {num} sera livré entre {time} et 18 h.',
      ),
      t(
        'Disponible en point relais',
        'Votre commande {num} vous attend au relais {place}. Code de retrait {code}.',
      ),
    ],
    travel: [
      t(
        'L’enregistrement est ouvert pour votre vol vers Lisbonne',
        'Référence {num}. Enregistrez-vous et obtenez votre carte d’embarquement : {link}',
      ),
      t(
        'Votre carte d’embarquement',
        'Fermeture de la porte 20 minutes avant le départ. Siège 14C.',
      ),
      t('Changement de porte : B12', 'Votre vol de {time} part désormais de la porte B12.'),
    ],
  },
  sent: [
    'Devis plan de travail cuisine',
    'Question sur la facture 3381',
    'Article manquant dans ma commande',
    'Notes de la réunion de jeudi',
  ],
  sentBody: 'Bonjour, pourriez-vous regarder cela pour moi ? Merci, {name}',
}
