// Discourse: system message "signup" ("[site] Confirm your new account", "Welcome to <site>!
// Click the following link to confirm and activate your new account:"), sent from the forum's
// noreply address. source: Discourse config/locales/server.<lang>.yml (written from its meaning).
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const DISCOURSE_VERIFY: Product = {
  product: 'Discourse',
  family: 'verification',
  source: 'Discourse server locale system_messages.signup',
  echo: 'none',
  display: (c) => `${c.name} Community`,
  texts: fromTable({
    en: [
      '[{company} Community] Confirm your new account',
      'Welcome to {company} Community!\n\nClick the following link to confirm and activate your new account:\n{link}\n\nIf the above link is not clickable, try copying and pasting it into the address bar of your web browser.',
    ],
    de: [
      '[{company} Community] Bestätige dein neues Konto',
      'Willkommen bei {company} Community!\n\nKlicke auf den folgenden Link, um dein neues Konto zu bestätigen und zu aktivieren:\n{link}\n\nFalls der Link nicht anklickbar ist, kopiere ihn in die Adresszeile deines Browsers.',
    ],
    fr: [
      '[{company} Community] Confirmez votre nouveau compte',
      "Bienvenue sur {company} Community !\n\nCliquez sur le lien suivant pour confirmer et activer votre nouveau compte :\n{link}\n\nSi le lien n'est pas cliquable, copiez-le dans la barre d'adresse de votre navigateur.",
    ],
    es: [
      '[{company} Community] Confirma tu nueva cuenta',
      '¡Bienvenido a {company} Community!\n\nHaz clic en el siguiente enlace para confirmar y activar tu nueva cuenta:\n{link}\n\nSi el enlace no funciona, cópialo y pégalo en la barra de direcciones de tu navegador.',
    ],
    pt: [
      '[{company} Community] Confirme a sua nova conta',
      'Bem-vindo(a) a {company} Community!\n\nClique no link seguinte para confirmar e ativar a sua nova conta:\n{link}\n\nSe o link não for clicável, copie-o para a barra de endereço do navegador.',
    ],
    it: [
      '[{company} Community] Conferma il tuo nuovo account',
      'Benvenuto su {company} Community!\n\nClicca sul seguente link per confermare e attivare il tuo nuovo account:\n{link}\n\nSe il link non è cliccabile, copialo e incollalo nella barra degli indirizzi del browser.',
    ],
    nl: [
      '[{company} Community] Bevestig je nieuwe account',
      'Welkom bij {company} Community!\n\nKlik op de volgende link om je nieuwe account te bevestigen en te activeren:\n{link}\n\nAls de link niet werkt, kopieer hem dan naar de adresbalk van je browser.',
    ],
  }),
}
