// Subject lines the composed wordings draw from, per style and language: the payload alone, a
// reference, the company name alone, a reply prefix or an emoji.
import type { Lang } from '../../types.ts'
import type { Style } from './blocks.ts'

export const SUBJECT: Record<Style, Record<Lang, readonly string[]>> = {
  ack: {
    en: ['{payload}', 'Case {ticket}', '{company}', 'Re: {payload} [{ticket}]'],
    de: ['{payload}', 'Vorgang {ticket}', '{company}', 'AW: {payload}'],
    fr: ['{payload}', 'Dossier {ticket}', '{company}', 'RE : {payload}'],
    es: ['{payload}', 'Caso {ticket}', '{company}', 'RE: {payload}'],
    pt: ['{payload}', 'Protocolo {ticket}', '{company}', 'RE: {payload}'],
    it: ['{payload}', 'Pratica {ticket}', '{company}', 'R: {payload}'],
    nl: ['{payload}', 'Melding {ticket}', '{company}', 'Re: {payload}'],
  },
  check: {
    en: ['Verify to send: {payload}', 'Confirm your email', '{company}'],
    de: ['Bestätigen und senden: {payload}', 'E-Mail bestätigen', '{company}'],
    fr: ['Vérifiez pour envoyer : {payload}', 'Confirmez votre e-mail', '{company}'],
    es: ['Verifica para enviar: {payload}', 'Confirma tu correo', '{company}'],
    pt: ['Confirme para enviar: {payload}', 'Confirme seu e-mail', '{company}'],
    it: ['Verifica per inviare: {payload}', 'Conferma la tua email', '{company}'],
    nl: ['Bevestig om te versturen: {payload}', 'Bevestig je e-mail', '{company}'],
  },
  verify: {
    en: ['Activate your account', '{company}', 'Welcome, {name}', '✅ Verify'],
    de: ['Konto aktivieren', '{company}', 'Willkommen, {name}', '✅ Bestätigen'],
    fr: ['Activez votre compte', '{company}', 'Bienvenue {name}', '✅ Vérifier'],
    es: ['Activa tu cuenta', '{company}', 'Bienvenido/a, {name}', '✅ Verificar'],
    pt: ['Ative sua conta', '{company}', 'Bem-vindo, {name}', '✅ Confirmar'],
    it: ['Attiva il tuo account', '{company}', 'Benvenuto {name}', '✅ Verifica'],
    nl: ['Activeer je account', '{company}', 'Welkom {name}', '✅ Bevestigen'],
  },
  sub: {
    en: ['Confirm', '{company} newsletter', 'Almost subscribed 💌'],
    de: ['Bestätigen', 'Newsletter {company}', 'Fast angemeldet 💌'],
    fr: ['Confirmer', 'Newsletter {company}', 'Presque inscrit 💌'],
    es: ['Confirmar', 'Boletín {company}', 'Casi suscrito 💌'],
    pt: ['Confirmar', 'Newsletter {company}', 'Quase lá 💌'],
    it: ['Conferma', 'Newsletter {company}', 'Quasi iscritto 💌'],
    nl: ['Bevestigen', 'Nieuwsbrief {company}', 'Bijna ingeschreven 💌'],
  },
  reset: {
    en: ['Password reset', '{company}', 'Sign-in link 🔑'],
    de: ['Passwort zurücksetzen', '{company}', 'Anmeldelink 🔑'],
    fr: ['Mot de passe', '{company}', 'Lien de connexion 🔑'],
    es: ['Contraseña', '{company}', 'Enlace de acceso 🔑'],
    pt: ['Redefinir senha', '{company}', 'Link de acesso 🔑'],
    it: ['Password', '{company}', 'Link di accesso 🔑'],
    nl: ['Wachtwoord', '{company}', 'Inloglink 🔑'],
  },
}
