// Hand-written French in-house wordings: each is one made-up company's own text.
import type { Family, Wording } from '../wording.ts'

export const WRITTEN_FR: Record<Family, readonly Wording[]> = {
  helpdesk: [
    (c) => ({
      subject: `Réponse automatique : ${c.typed}`,
      body: `Bonjour,\n\nMerci pour votre message. Notre service client est joignable du lundi au vendredi de 9 h à 18 h. Nous traitons les demandes par ordre d'arrivée.\n\nÀ bientôt,\n${c.company}`,
    }),
    (c) => ({
      subject: `Votre réclamation n° ${c.ref}`,
      body: `Madame, Monsieur ${c.name},\n\nNous accusons réception de votre réclamation. Conformément à notre procédure, une réponse vous sera apportée dans un délai maximal de deux mois. En l'absence de réponse satisfaisante, vous pourrez saisir le médiateur de la consommation.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nService Relations Clientèle\n${c.company} – SA au capital de 1 000 000 € – RCS Paris 000 000 000 – Siège social : 1 rue Exemple, 75000 Paris`,
    }),
    (c) => ({
      subject: `C'est noté ${c.name} ! 👍`,
      body: `Ton message est bien arrivé, on te répond dans la journée. Réf. ${c.ref}\n\nLa team ${c.company}`,
    }),
    (c) => ({
      subject: `Formulaire de contact`,
      body: `Votre message a bien été envoyé.\n\nNom : ${c.name}\nObjet : ${c.typed}\nDate : aujourd'hui\n\n${c.company}`,
    }),
    (c) => ({
      subject: `[Ticket#${c.ref}]`,
      body: `Bonjour ${c.name},\n\nNous avons reçu votre demande. Pour compléter votre dossier, répondez simplement à cet e-mail en conservant le numéro dans l'objet.\n\nCordialement,\n${c.company}`,
    }),
    (c) => ({
      subject: `We received your request`,
      body: `Bonjour ${c.name},\n\nvotre demande « ${c.typed} » a été transmise à notre équipe (dossier ${c.ref}). Nous revenons vers vous sous 48 h.\n\n${c.company}`,
    }),
  ],
  verification: [
    (c) => ({
      subject: `${c.company}`,
      body: `Bonjour ${c.name}, confirmez votre adresse en un clic : ${c.link}`,
    }),
    (c) => ({
      subject: `Bienvenue ${c.name} !`,
      body: `Nous sommes ravis de vous compter parmi nous.\n\nPour activer votre espace client ${c.company}, cliquez ici :\n\n${c.link}\n\nVous pourrez ensuite suivre vos commandes et gérer vos préférences.\n\nL'équipe ${c.company}\n\nMentions légales | Confidentialité | CGV`,
    }),
    (c) => ({
      subject: `Finalisez votre inscription`,
      body: `Madame, Monsieur ${c.name},\n\nUn compte a été créé à votre nom sur notre plateforme. Afin de vérifier votre identité conformément à nos conditions d'utilisation, merci de confirmer votre adresse dans les 72 heures :\n\n${c.link}\n\nSans confirmation, le compte sera supprimé.\n\n${c.company} SAS – RCS Nantes 000 000 000`,
    }),
    (c) => ({
      subject: `C'est bien vous ?`,
      body: `Quelqu'un vient de créer un compte ${c.company} avec cette adresse. Si c'est vous : ${c.link}\n\nSinon, ne faites rien.`,
    }),
    (c) => ({
      subject: `Code de vérification : ${c.code}`,
      body: `Saisissez ${c.code} pour terminer la création de votre compte ${c.company}. Valable 20 minutes.`,
    }),
    (c) => ({
      subject: `Activez votre compte sur le forum`,
      body: `Salut ${c.name},\n\nmerci de t'être inscrit sur le forum ${c.company}. Active ton compte ici :\n${c.link}\n\nÀ bientôt sur le forum !`,
    }),
  ],
  subscription: [
    (c) => ({
      subject: `Encore un petit clic !`,
      body: `Confirme ton inscription et reçois nos bons plans chaque jeudi : ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Confirmation de votre abonnement à la lettre d'information`,
      body: `Madame, Monsieur ${c.name},\n\nVous avez demandé à vous abonner à la lettre d'information de ${c.company}. Merci de confirmer votre demande en cliquant sur le lien ci-dessous :\n\n${c.link}\n\nConformément au RGPD, vous pouvez vous désabonner à tout moment. Responsable du traitement : ${c.company}, 1 avenue Exemple, 69000 Lyon.`,
    }),
    (c) => ({
      subject: `Vous confirmez ?`,
      body: `Bonjour ${c.name}, souhaitez-vous vraiment recevoir nos actualités ? Si oui : ${c.link}`,
    }),
    (c) => ({
      subject: `-10 % sur votre première commande 🎁`,
      body: `Confirmez votre e-mail et recevez votre code de bienvenue :\n\n[ JE CONFIRME ] ${c.link}\n\n${c.company}`,
    }),
    (c) => ({
      subject: `${c.company} – Communiqués de presse`,
      body: `Une demande d'inscription à nos communiqués a été faite pour cette adresse. Pour valider : ${c.link}`,
    }),
    (c) => ({
      subject: `Please confirm your subscription`,
      body: `Bonjour ${c.name},\n\nmerci de votre intérêt pour notre newsletter. Validez votre inscription ici : ${c.link}\n\nL'équipe éditoriale de ${c.company}`,
    }),
  ],
  reset: [
    (c) => ({
      subject: `${c.code}`,
      body: `${c.code} est votre code ${c.company}. Ne le communiquez à personne.`,
    }),
    (c) => ({
      subject: `Mot de passe oublié ?`,
      body: `Bonjour ${c.name},\n\npas de panique. Cliquez sur le lien pour choisir un nouveau mot de passe :\n\n${c.link}\n\nLe lien est valable une heure.\n\n${c.company}`,
    }),
    (c) => ({
      subject: `Votre lien de connexion`,
      body: `Voici votre lien pour vous connecter à ${c.company} sans mot de passe :\n${c.link}\n\nIl expire dans 15 minutes.`,
    }),
    (c) => ({
      subject: `Réinitialisation de l'accès à votre espace client`,
      body: `Madame, Monsieur,\n\nUne demande de réinitialisation du mot de passe de votre espace client a été effectuée. Ce lien est valable 30 minutes : ${c.link}\n\nSi vous n'êtes pas à l'origine de cette demande, contactez immédiatement notre service client.\n\n${c.company} ne vous demandera jamais votre mot de passe.`,
    }),
    (c) => ({
      subject: `Tentative de connexion`,
      body: `Bonjour ${c.name}, votre code de sécurité :\n\n    ${c.code}\n\nDemande depuis un navigateur sous Android.`,
    }),
    (c) => ({
      subject: `Reset your password`,
      body: `Bonjour, vous avez demandé un nouveau mot de passe pour ${c.company} : ${c.link}`,
    }),
  ],
}
