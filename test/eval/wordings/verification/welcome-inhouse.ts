// Company-written welcome / please-confirm / activate mails (shops, SaaS trials, forums), in the
// phrasings such mails commonly use. Reconstruction from general knowledge, no single source.
import type { Product } from '../types.ts'

export const welcomeInhouse: Product = {
  family: 'verification',
  product: 'in-house welcome',
  source: 'common phrasings of company-written sign-up confirmations (reconstruction)',
  senders: [
    { shape: 'own', local: 'welcome', name: '{company}' },
    { shape: 'own', local: 'no-reply', name: 'Team {company}' },
    { shape: 'display', name: '{company}' },
  ],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: 'Welcome to {company}! Please confirm your email',
        body: 'Hi {name}, welcome aboard! Before you get started, please confirm your email address by clicking the button below.\n\nConfirm email\n\nThis link is valid for 24 hours.',
      },
      {
        subject: 'Activate your {company} account',
        body: 'Thanks for signing up, {name}! Your account is almost ready. Activate it within 48 hours: {url}',
      },
      {
        subject: 'One more step to finish signing up',
        body: 'Please verify that {email} is your email address so we can finish setting up your {company} account.',
      },
    ],
    de: [
      {
        subject: 'Willkommen bei {company} – bitte bestätige deine E-Mail-Adresse',
        body: 'Hallo {name}, schön, dass du da bist! Bitte bestätige deine E-Mail-Adresse, um dein Konto zu aktivieren: {url}',
      },
      {
        subject: 'Bitte aktivieren Sie Ihr Kundenkonto',
        body: 'Sehr geehrte/r {name}, vielen Dank für Ihre Registrierung bei {company}. Klicken Sie auf den folgenden Link, um Ihr Kundenkonto zu aktivieren.',
      },
    ],
    fr: [
      {
        subject: 'Bienvenue chez {company} ! Confirmez votre adresse e-mail',
        body: 'Bonjour {name}, merci pour votre inscription. Confirmez votre adresse e-mail pour activer votre compte : {url}',
      },
      {
        subject: 'Activez votre compte {company}',
        body: 'Votre compte a bien été créé. Pour l’activer, cliquez sur le lien ci-dessous dans les 48 heures.',
      },
    ],
    es: [
      {
        subject: '¡Bienvenido a {company}! Confirma tu correo',
        body: 'Hola {name}, gracias por registrarte. Confirma tu dirección de correo electrónico para activar tu cuenta: {url}',
      },
      {
        subject: 'Activa tu cuenta de {company}',
        body: 'Tu cuenta está casi lista. Haz clic en el enlace para activarla antes de 48 horas.',
      },
    ],
    pt: [
      {
        subject: 'Bem-vindo à {company}! Confirme seu e-mail',
        body: 'Olá {name}, obrigado por se cadastrar. Confirme seu endereço de e-mail para ativar sua conta: {url}',
      },
      {
        subject: 'Ative sua conta {company}',
        body: 'Sua conta foi criada. Clique no link abaixo para ativá-la em até 48 horas.',
      },
    ],
    it: [
      {
        subject: 'Benvenuto su {company}! Conferma la tua email',
        body: 'Ciao {name}, grazie per esserti registrato. Conferma il tuo indirizzo email per attivare l’account: {url}',
      },
      {
        subject: 'Attiva il tuo account {company}',
        body: 'Il tuo account è stato creato. Clicca sul link qui sotto per attivarlo entro 48 ore.',
      },
    ],
    nl: [
      {
        subject: 'Welkom bij {company}! Bevestig je e-mailadres',
        body: 'Hoi {name}, bedankt voor je aanmelding. Bevestig je e-mailadres om je account te activeren: {url}',
      },
      {
        subject: 'Activeer je {company}-account',
        body: 'Je account is aangemaakt. Klik binnen 48 uur op de link hieronder om het te activeren.',
      },
    ],
  },
}
