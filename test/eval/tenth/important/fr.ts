// French important notices (see kit.ts).
import type { NoticeTable } from './kit.ts'

export const FR: NoticeTable = [
  [
    'Banque Ardoise <alertes@banque-ardoise.example>',
    'Paiement par carte de {a} accepté',
    'Votre carte se terminant par 8123 a été utilisée pour {a} chez PRIMEUR DU MARCHÉ à {t}. Si ce n’est pas vous, faites opposition.',
  ],
  [
    'Versly <aide@versly.example>',
    'Vous avez reçu {a} de Clément Aubry',
    'Clément Aubry vous a envoyé {a}. Motif : « resto samedi ». Référence {r}.',
  ],
  [
    'Versly <aide@versly.example>',
    'Reçu de votre paiement à EauLoire',
    'Vous avez envoyé {a} à EauLoire. Référence {r}. Conservez ce reçu.',
  ],
  [
    'Compte Mirabel <securite@mirabel.example>',
    'Alerte de sécurité : nouvelle connexion',
    'Nouvelle connexion à votre compte Mirabel depuis {d} à {t}. Si ce n’était pas vous, sécurisez votre compte.',
  ],
  [
    'Compte Mirabel <securite@mirabel.example>',
    'Votre mot de passe a été modifié',
    'Le mot de passe de votre compte Mirabel a été modifié à {t}. Si vous n’êtes pas à l’origine de ce changement, réinitialisez-le.',
  ],
  [
    'Banque Ardoise <alertes@banque-ardoise.example>',
    'Validation en deux étapes activée',
    'La validation en deux étapes a été activée pour votre banque en ligne à {t}.',
  ],
  [
    'Maison Quillet <commandes@maisonquillet.example>',
    'Confirmation de votre commande {r}',
    'Merci pour votre commande {r}. Montant total : {a}. Livraison estimée : jeudi.',
  ],
  [
    'ColisPrompt <suivi@colisprompt.example>',
    'Votre colis {r} sera livré aujourd’hui',
    'Votre colis {r} est en cours de livraison, entre {t} et 18 h.',
  ],
]
