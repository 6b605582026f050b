// Discourse (GPL-2.0): the signup mail of config/locales/server.<lang>.yml
// ("[site] Confirm your new account" / "Welcome to site! Click the following link to confirm and
// activate your new account").
import type { Product } from '../types.ts'

export const discourse: Product = {
  family: 'verification',
  product: 'Discourse',
  source: 'discourse/discourse config/locales/server.*.yml: signup.subject_template / text_body',
  senders: [{ shape: 'own', local: 'noreply', name: '{company} Community' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: '[{company}] Confirm your new account',
        body: 'Welcome to {company}!\n\nClick the following link to confirm and activate your new account:\n{url}\n\nIf the above link is not clickable, try copying and pasting it into the address bar of your web browser.',
      },
    ],
    de: [
      {
        subject: '[{company}] Bestätige dein neues Konto',
        body: 'Willkommen bei {company}!\n\nKlicke auf den folgenden Link, um dein neues Konto zu bestätigen und zu aktivieren:\n{url}',
      },
    ],
    fr: [
      {
        subject: '[{company}] Confirmez votre nouveau compte',
        body: 'Bienvenue sur {company} !\n\nCliquez sur le lien suivant pour confirmer et activer votre nouveau compte :\n{url}',
      },
    ],
    it: [
      {
        subject: '[{company}] Conferma il tuo nuovo account',
        body: 'Benvenuto su {company}!\n\nClicca sul collegamento seguente per confermare e attivare il tuo nuovo account:\n{url}',
      },
    ],
    nl: [
      {
        subject: '[{company}] Bevestig je nieuwe account',
        body: 'Welkom bij {company}!\n\nKlik op de volgende link om je nieuwe account te bevestigen en te activeren:\n{url}',
      },
    ],
  },
}
