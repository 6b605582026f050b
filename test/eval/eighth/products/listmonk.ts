// listmonk: the built-in "Opt-in" campaign template sent on a double opt-in subscription, subject
// "Confirm subscription", "Hi {name}, You have been added to the following mailing lists ...
// Confirm subscription". source: listmonk static/email-templates/subscriber-optin.html and its
// i18n files (de, fr, es, pt, it, nl exist), written from their meaning.
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const LISTMONK: Product = {
  product: 'listmonk',
  family: 'subscription',
  source: 'listmonk subscriber-optin template',
  echo: 'name',
  display: (c) => `${c.name} Newsletter`,
  texts: fromTable({
    en: [
      'Confirm subscription',
      'Hi {name},\n\nYou have been added to the following mailing lists:\n\n{company} news\n\nConfirm subscription\n{link}\n\nPowered by listmonk',
    ],
    de: [
      'Abonnement bestätigen',
      'Hallo {name},\n\nDu wurdest zu folgenden Mailinglisten hinzugefügt:\n\n{company} Neuigkeiten\n\nAbonnement bestätigen\n{link}\n\nPowered by listmonk',
    ],
    fr: [
      "Confirmer l'abonnement",
      "Bonjour {name},\n\nVous avez été ajouté(e) aux listes de diffusion suivantes :\n\nActualités {company}\n\nConfirmer l'abonnement\n{link}\n\nPowered by listmonk",
    ],
    es: [
      'Confirmar suscripción',
      'Hola {name}:\n\nHas sido añadido a las siguientes listas de correo:\n\nNovedades de {company}\n\nConfirmar suscripción\n{link}\n\nPowered by listmonk',
    ],
    pt: [
      'Confirmar subscrição',
      'Olá {name},\n\nFoi adicionado às seguintes listas de correio:\n\nNovidades {company}\n\nConfirmar subscrição\n{link}\n\nPowered by listmonk',
    ],
    it: [
      'Conferma iscrizione',
      'Ciao {name},\n\nsei stato aggiunto alle seguenti mailing list:\n\nNovità {company}\n\nConferma iscrizione\n{link}\n\nPowered by listmonk',
    ],
    nl: [
      'Bevestig inschrijving',
      'Hallo {name},\n\nJe bent toegevoegd aan de volgende mailinglijsten:\n\n{company} nieuws\n\nBevestig inschrijving\n{link}\n\nPowered by listmonk',
    ],
  }),
}
