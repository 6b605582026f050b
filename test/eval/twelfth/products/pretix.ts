// pretix (ticket shop): the organizer's customer-account activation mail, "Activate your account
// at <organizer>", a thank-you, the activation link valid for one day, and a line to ignore it.
// Written from memory of pretix's English default (customer accounts); pretix ships de, nl, fr,
// es, it and pt translations, these renderings are written for this set, not copied from them.
import type { Product } from '../product.ts'

export const PRETIX: Product = {
  product: 'pretix',
  family: 'verification',
  source:
    'pretix customer account activation mail (English default), translations written for this set',
  hosted: (c) => `${c.name} <noreply@pretix.eu>`,
  texts: {
    en: (m) => ({
      subject: `Activate your account at ${m.company.name}`,
      body: `Hello ${m.name},\n\nthank you for signing up for an account at ${m.company.name}!\n\nTo activate your account and set a password, please click here:\n\n${m.link}\n\nThis link is valid for one day.\n\nIf you did not sign up for this, please ignore this email.\n\nBest regards,\n\nYour ${m.company.name} team`,
    }),
    de: (m) => ({
      subject: `Aktivieren Sie Ihr Konto bei ${m.company.name}`,
      body: `Hallo ${m.name},\n\nvielen Dank für Ihre Registrierung bei ${m.company.name}!\n\nUm Ihr Konto zu aktivieren und ein Passwort zu vergeben, klicken Sie bitte hier:\n\n${m.link}\n\nDieser Link ist einen Tag lang gültig.\n\nWenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail bitte.\n\nViele Grüße\n\nIhr ${m.company.name}-Team`,
    }),
    fr: (m) => ({
      subject: `Activez votre compte chez ${m.company.name}`,
      body: `Bonjour ${m.name},\n\nmerci d'avoir créé un compte chez ${m.company.name} !\n\nPour activer votre compte et choisir un mot de passe, cliquez ici :\n\n${m.link}\n\nCe lien est valable un jour.\n\nSi vous ne vous êtes pas inscrit, ignorez cet e-mail.\n\nCordialement,\n\nL'équipe ${m.company.name}`,
    }),
    es: (m) => ({
      subject: `Activa tu cuenta en ${m.company.name}`,
      body: `Hola ${m.name}:\n\n¡gracias por crear una cuenta en ${m.company.name}!\n\nPara activarla y elegir una contraseña, haz clic aquí:\n\n${m.link}\n\nEste enlace es válido durante un día.\n\nSi no te has registrado, ignora este correo.\n\nUn saludo,\n\nEl equipo de ${m.company.name}`,
    }),
    pt: (m) => ({
      subject: `Ative a sua conta em ${m.company.name}`,
      body: `Olá ${m.name},\n\nobrigado por criar uma conta em ${m.company.name}!\n\nPara ativar a sua conta e definir uma palavra-passe, clique aqui:\n\n${m.link}\n\nEste link é válido durante um dia.\n\nSe não se registou, ignore este e-mail.\n\nCumprimentos,\n\nA equipa ${m.company.name}`,
    }),
    it: (m) => ({
      subject: `Attiva il tuo account su ${m.company.name}`,
      body: `Ciao ${m.name},\n\ngrazie per esserti registrato su ${m.company.name}!\n\nPer attivare l'account e scegliere una password, clicca qui:\n\n${m.link}\n\nIl link è valido per un giorno.\n\nSe non ti sei registrato, ignora questa email.\n\nCordiali saluti,\n\nIl team di ${m.company.name}`,
    }),
    nl: (m) => ({
      subject: `Activeer je account bij ${m.company.name}`,
      body: `Hallo ${m.name},\n\nbedankt voor het aanmaken van een account bij ${m.company.name}!\n\nKlik hier om je account te activeren en een wachtwoord in te stellen:\n\n${m.link}\n\nDeze link is één dag geldig.\n\nHeb je je niet aangemeld? Negeer deze e-mail dan.\n\nMet vriendelijke groet,\n\nHet ${m.company.name}-team`,
    }),
  },
}
