// French in-house wordings (written for this set).
import type { WaveLang } from './types.ts'

export const FR: WaveLang = {
  hand: {
    helpdesk: [
      [
        'Bien reçu ! Dossier {ref}',
        'Coucou {name},\n\nton message est bien arrivé chez nous (dossier {ref}). On revient vers toi très vite, promis.\n\nTon message : « {msg} »\n\nL’équipe {brand}',
      ],
      [
        'Accusé de réception – demande n° {ref}',
        'Madame, Monsieur {name},\n\nNous accusons réception de votre demande, enregistrée sous le numéro {ref}. Un conseiller la traitera dans un délai de 5 jours ouvrés.\n\nVeuillez agréer nos salutations distinguées.\nService clients {brand}',
      ],
    ],
    verification: [
      [
        '{name}, c’est bien toi ?',
        'Salut {name} ! Un petit clic pour confirmer ton adresse et ton compte {brand} est prêt 🎉\n{link}',
      ],
      [
        '{brand}',
        'Bienvenue ! Confirmez votre adresse e-mail pour activer votre espace client :\n{link}\n\nCe lien expire dans 48 heures.',
      ],
      [
        'Activation de votre adhésion',
        'Bonjour {name},\n\nMerci pour votre inscription à l’association {brand}. Pour finaliser votre adhésion, confirmez votre adresse électronique :\n{link}\n\nSans confirmation sous 7 jours, vos données seront supprimées.',
      ],
    ],
    subscription: [
      [
        'Une dernière étape ✉️',
        'Bonjour {name}, cliquez ici pour recevoir nos bons plans chaque semaine : {link}\nSi ce n’est pas vous, ignorez ce message.',
      ],
      [
        'On peut t’écrire ?',
        'Quelqu’un (toi, on espère) veut recevoir la lettre de {brand}. Dis oui ici : {link}',
      ],
    ],
    reset: [
      [
        'C’était vous ?',
        'Une réinitialisation du mot de passe de votre compte {brand} a été demandée. Si c’est bien vous, choisissez-en un nouveau (lien valable 30 minutes) :\n{link}',
      ],
      [
        'Votre lien de connexion {brand}',
        'Bonjour {name},\n\nCliquez pour vous connecter sans mot de passe. Ce lien est valable 15 minutes.\n{link}\n\nDemande effectuée depuis Safari sur iPhone.',
      ],
    ],
  },
  greet: [
    'Bonjour {name},',
    'Salut {name} !',
    'Hello {name},',
    'Chère cliente, cher client,',
    'Coucou,',
  ],
  body: {
    helpdesk: [
      'Votre demande nous est bien parvenue sous la référence {ref}.',
      'Merci pour ton message : il porte le numéro {ref}.',
      'Nous avons bien reçu votre requête ({ref}) et nous la traitons.',
      'Petite info : ton ticket {ref} est dans la file.',
    ],
    verification: [
      'Merci d’avoir créé un compte {brand}.',
      'Votre espace client est presque prêt.',
      'Bienvenue ! Avant tout, nous devons vérifier cette adresse.',
      'Un compte {brand} vient d’être ouvert avec {email}.',
    ],
    subscription: [
      'Vous avez demandé à recevoir notre newsletter.',
      'Merci de rejoindre la liste {brand} !',
      'Il nous faut ton accord avant le premier envoi.',
      'Votre inscription n’attend plus qu’un clic.',
    ],
    reset: [
      'Nous avons reçu une demande de changement de mot de passe.',
      'Une réinitialisation a été demandée pour {email}.',
      'Bloqué ? On t’aide à revenir.',
      'Voici ton code : {code}.',
    ],
  },
  next: {
    helpdesk: [
      'Répondez à ce message pour ajouter des précisions.',
      'Suivi : {link}',
      'Inutile de nous réécrire.',
    ],
    verification: ['Confirmer : {link}', 'Je vérifie mon adresse → {link}', 'Ton code : {code}'],
    subscription: ['Je confirme : {link}', 'Oui, je m’inscris → {link}', 'Valider : {link}'],
    reset: [
      'Réinitialiser : {link}',
      'Nouveau mot de passe : {link}',
      'Le code expire dans 10 minutes.',
    ],
  },
  close: ['À bientôt, l’équipe {brand}', 'Cordialement,\n{brand}', '— {brand}', 'Merci !'],
  subj: {
    helpdesk: ['RE : {msg}', '[{brand}] Demande {ref}', 'On s’en occupe', 'Ticket n° {ref}'],
    verification: [
      'Confirmez votre e-mail',
      'Bienvenue chez {brand} !',
      '{name}',
      'Encore une étape',
    ],
    subscription: ['Confirmez votre inscription', 'Tu en es ?', 'Lettre {brand}', '💌'],
    reset: [
      'Réinitialisation du mot de passe',
      '{code} est votre code {brand}',
      'Aide connexion',
      'Bonjour {name}',
    ],
  },
  remind: ['Rappel : ', 'Toujours là ? ', 'N’oubliez pas : '],
}
