// YMLP (Your Mailing List Provider): the double opt-in request, phrased as a question to the
// subscriber, naming the address that was entered. Reconstruction of its documented confirmation
// step (editable text, a confirm link, "if you did not request this, ignore"), not a known default
// text; the translations are written for this set.
import type { Product } from '../product.ts'

export const YMLP: Product = {
  product: 'YMLP',
  family: 'subscription',
  source: 'reconstruction: YMLP double opt-in confirmation request',
  hosted: (c) => `${c.name} <${c.slug}@ymlp-mail.net>`,
  texts: {
    en: (m) => ({
      subject: `Do you want to receive news from ${m.company.name}?`,
      body: `Hello ${m.name},\n\nWe received a request to add ${m.email} to the mailing list of ${m.company.name}. Do you want to join? Then please confirm by clicking here:\n${m.link}\n\nIf you did not request this, you don't need to do anything: you will not receive any mail from us.`,
    }),
    de: (m) => ({
      subject: `Möchten Sie Neuigkeiten von ${m.company.name} erhalten?`,
      body: `Hallo ${m.name},\n\nwir haben eine Anfrage erhalten, ${m.email} in den Verteiler von ${m.company.name} aufzunehmen. Möchten Sie dabei sein? Dann bestätigen Sie bitte hier:\n${m.link}\n\nWenn Sie das nicht angefordert haben, müssen Sie nichts tun.`,
    }),
    fr: (m) => ({
      subject: `Souhaitez-vous recevoir les nouvelles de ${m.company.name} ?`,
      body: `Bonjour ${m.name},\n\nNous avons reçu une demande d'ajout de ${m.email} à la liste de diffusion de ${m.company.name}. Souhaitez-vous vous inscrire ? Confirmez en cliquant ici :\n${m.link}\n\nSi vous n'êtes pas à l'origine de cette demande, vous n'avez rien à faire.`,
    }),
    es: (m) => ({
      subject: `¿Quieres recibir novedades de ${m.company.name}?`,
      body: `Hola ${m.name}:\n\nHemos recibido una solicitud para añadir ${m.email} a la lista de correo de ${m.company.name}. ¿Quieres unirte? Confírmalo aquí:\n${m.link}\n\nSi no lo has solicitado, no tienes que hacer nada.`,
    }),
    pt: (m) => ({
      subject: `Quer receber novidades da ${m.company.name}?`,
      body: `Olá ${m.name},\n\nRecebemos um pedido para adicionar ${m.email} à lista de e-mails da ${m.company.name}. Quer participar? Então confirme clicando aqui:\n${m.link}\n\nSe não fez este pedido, não precisa fazer nada.`,
    }),
    it: (m) => ({
      subject: `Vuoi ricevere le novità di ${m.company.name}?`,
      body: `Ciao ${m.name},\n\nabbiamo ricevuto una richiesta di aggiungere ${m.email} alla mailing list di ${m.company.name}. Vuoi iscriverti? Conferma cliccando qui:\n${m.link}\n\nSe non hai fatto tu la richiesta, non devi fare nulla.`,
    }),
    nl: (m) => ({
      subject: `Wil je nieuws van ${m.company.name} ontvangen?`,
      body: `Hallo ${m.name},\n\nWe kregen een verzoek om ${m.email} toe te voegen aan de mailinglijst van ${m.company.name}. Wil je je aanmelden? Bevestig dan via deze link:\n${m.link}\n\nHeb je dit niet aangevraagd? Dan hoef je niets te doen.`,
    }),
  },
}
