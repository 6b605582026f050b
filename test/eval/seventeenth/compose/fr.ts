// French building blocks of composed wordings (see blocks.ts).
import type { Blocks } from './blocks.ts'

export const FR: Blocks = {
  greet:
    'Bonjour {name}, | Salut {name} ! | Chère cliente, cher client, | Bonsoir, | Madame, Monsieur,',
  close:
    "Bien cordialement,\n{company} | À bientôt,\nle service client {company} | Belle journée !\nL'équipe {company} | Sincères salutations,\nRelation clientèle {company}",
  footer:
    "Vous recevez ce message car votre adresse a été saisie sur {domain}. | {company} SAS – 8 avenue de l'Exemple – 69000 Lyon – merci de ne pas répondre à cet e-mail. | Politique de confidentialité : https://{domain}/confidentialite",
  ref: 'Référence : {ref} | (dossier {ref}) | Votre numéro : {ref}',
  kinds: {
    request: {
      subject:
        'Cette demande vient-elle de vous ? | {company} : merci de valider votre message | Validation requise : {title} | Demande {ref} en attente de confirmation',
      lead: "Un message reçu via notre formulaire est en attente et n'a pas encore été transmis. | Une demande intitulée « {title} » a été envoyée avec votre adresse. | Ton message à {company} n'est pas encore arrivé chez un conseiller.",
      action:
        'Merci de confirmer que vous en êtes bien l’auteur : | Clique ici pour le débloquer : | Dès votre confirmation, nous ouvrirons un ticket :',
    },
    ack: {
      subject:
        'Votre demande est bien arrivée : {title} | Service client {company} – demande enregistrée | Dossier {ref} ouvert | Merci pour ton message',
      lead: 'Votre message est bien parvenu à notre service. | Nous avons enregistré ta demande « {title} ». | Un conseiller a été prévenu de votre démarche.',
      action:
        'Une réponse vous sera apportée sous deux jours ouvrés. | Nous revenons vers vous dès que quelqu’un prend le dossier en main. | Pour compléter, réponds simplement à cet e-mail.',
    },
    account: {
      subject:
        'Vérifiez votre adresse – {company} | Ton nouveau compte {company} | Finalisez votre inscription | Bienvenue ! Confirmez votre adresse',
      lead: "Merci pour ton inscription chez {company}. | Un compte utilisateur vient d'être créé avec cette adresse. | Votre espace client est presque prêt.",
      action:
        "Confirme ton adresse pour l'activer : | Ouvrez ce lien pour l'activer : | Ce lien nous permet de vérifier que l'adresse vous appartient :",
    },
    subscription: {
      subject:
        'Lettre de {company} : confirmez votre inscription | Souhaitez-vous recevoir nos e-mails ? | Dernière étape avant votre abonnement | Merci de confirmer ton abonnement',
      lead: 'Votre adresse a été ajoutée à la liste de diffusion de {company}. | Une inscription à notre lettre a été enregistrée. | Merci de ton intérêt pour les nouvelles de {company}.',
      action:
        "Confirmez ici pour commencer : | Sans clic de ta part, tu ne seras pas inscrit : | Un clic suffit à valider l'abonnement :",
    },
    reset: {
      subject:
        'Nouveau mot de passe pour {company} | Ton code de connexion {company} | Tentative de connexion à {company} | Changement de mot de passe demandé',
      lead: 'Un nouveau mot de passe a été demandé pour votre compte. | Quelqu’un tente de se connecter à {company} avec cette adresse. | Tu as demandé à récupérer l’accès à ton compte.',
      action:
        'Choisissez un nouveau mot de passe ici : | Saisis ce code : {code} | Le lien suivant reste valable 30 minutes :',
    },
  },
}
