// French fragments for composed in-house wordings (vous and tu), written for this set.
import type { Bank } from './bank.ts'

export const FR: Bank = {
  greet: [
    (c) => `Bonjour ${c.name},`,
    (c) => `Cher ${c.name},`,
    (c) => `Salut ${c.name} !`,
    () => 'Madame, Monsieur,',
    () => '',
  ],
  signoff: [
    (c) => `Cordialement,\nLe service client ${c.company}`,
    (c) => `À très vite,\nL'équipe ${c.company}`,
    () => `Bien à vous,\nCamille`,
    (c) => `${c.company}`,
  ],
  footer: [
    () => '',
    (c) =>
      `${c.company} SAS au capital de 10 000 € – RCS Lyon 000 000 000. Conformément au RGPD, vous disposez d'un droit d'accès et de rectification : https://${c.domain}/donnees-personnelles`,
    () => `Ceci est un message automatique, merci de ne pas y répondre.`,
    (c) => `Vous recevez cet e-mail car cette adresse a été saisie sur ${c.domain}.`,
  ],
  family: {
    helpdesk: {
      subject: [
        () => `Nous avons bien reçu votre demande`,
        (c) => `Accusé de réception – dossier ${c.ref}`,
        (c) => `RE : ${c.typed}`,
        (c) => `${c.company} : merci pour ton message`,
      ],
      core: [
        (c) => `nous accusons réception de votre message « ${c.typed} ».`,
        () => `ta demande est bien arrivée chez notre équipe.`,
        (c) => `votre formulaire de contact a été transmis au service client ${c.company}.`,
      ],
      next: [
        () => `Un conseiller vous répondra sous 72 heures ouvrées.`,
        () => `On s'en occupe et on revient vers toi très vite.`,
      ],
      action: [
        (c) => `Numéro de dossier : ${c.ref}`,
        (c) => `Merci de rappeler la référence ${c.ref} dans vos échanges.`,
      ],
    },
    verification: {
      subject: [
        () => `Confirmez votre adresse e-mail`,
        (c) => `Bienvenue chez ${c.company} ! Activez votre compte`,
        () => `Action requise : validez votre inscription`,
        () => `C'est bien toi ?`,
      ],
      core: [
        (c) => `merci pour votre inscription sur ${c.company}.`,
        () => `un compte vient d'être créé avec cette adresse.`,
        () => `ton compte est presque prêt.`,
      ],
      next: [
        () => `Ce lien est valable 48 heures.`,
        () => `Si vous n'êtes pas à l'origine de cette inscription, ignorez ce message.`,
      ],
      action: [(c) => `Valider mon adresse : ${c.link}`, (c) => `Activer mon compte → ${c.link}`],
    },
    subscription: {
      subject: [
        () => `Confirmez votre inscription à la newsletter`,
        (c) => `${c.company} : plus qu'un clic`,
        () => `Voulez-vous vraiment recevoir nos actualités ?`,
        () => `Inscription à confirmer`,
      ],
      core: [
        (c) => `vous avez demandé à recevoir la lettre d'information de ${c.company}.`,
        () => `une inscription à notre newsletter a été faite avec cette adresse.`,
        () => `merci de ton intérêt !`,
      ],
      next: [
        () => `Sans confirmation, vous ne recevrez rien.`,
        () => `Si ce n'était pas toi, ne fais rien.`,
      ],
      action: [(c) => `Je confirme : ${c.link}`, (c) => `Confirmer l'inscription : ${c.link}`],
    },
    reset: {
      subject: [
        () => `Réinitialisation de votre mot de passe`,
        (c) => `Votre code de connexion ${c.company}`,
        (c) => `${c.code} est ton code de vérification`,
        () => `Demande de nouveau mot de passe`,
      ],
      core: [
        () => `nous avons reçu une demande de réinitialisation de votre mot de passe.`,
        (c) => `voici ton code pour te connecter à ${c.company}.`,
        () => `quelqu'un tente de se connecter avec cette adresse.`,
      ],
      next: [
        () => `Ce code expire dans 10 minutes.`,
        () => `Si vous n'avez rien demandé, votre mot de passe reste inchangé.`,
      ],
      action: [
        (c) => `Votre code : ${c.code}`,
        (c) => `Choisir un nouveau mot de passe : ${c.link}`,
      ],
    },
  },
}
