// Hand-written in-house subscribe mails, two per language, each a company's own wording.
import type { ByLang } from './hand-types.ts'

export const SUBSCRIBE: ByLang = {
  en: [
    {
      style: 'short',
      subject: 'Confirm and you’re in',
      body: 'One click and you’ll get the {company} letter every Friday: {link}',
    },
    {
      style: 'long',
      subject: '{company} news — please confirm',
      body: 'Hello {payload},\n\nSomeone (hopefully you) asked to receive our monthly news: new stock, events in the shop and the odd discount.\n\nConfirm here: {link}\n\nNo click, no mail. You can leave at any time.\n\n{company}',
    },
  ],
  de: [
    {
      style: 'short',
      subject: 'Nur noch bestätigen',
      body: 'Ein Klick, und Sie bekommen jeden Freitag Post von {company}: {link}',
    },
    {
      style: 'long',
      subject: 'Newsletter {company}: Bitte bestätigen',
      body: 'Hallo {payload},\n\njemand (hoffentlich Sie) möchte unseren Monatsbrief erhalten: Neuheiten, Termine und ab und zu ein Gutschein.\n\nHier bestätigen: {link}\n\nOhne Klick keine Post. Abmelden geht jederzeit.\n\n{company}',
    },
  ],
  fr: [
    {
      style: 'short',
      subject: 'Plus qu’un clic',
      body: 'Un clic et vous recevrez la lettre de {company} chaque vendredi : {link}',
    },
    {
      style: 'long',
      subject: 'Lettre {company} : à confirmer',
      body: 'Bonjour {payload},\n\nQuelqu’un (vous, on l’espère) souhaite recevoir nos nouvelles du mois : arrivages, ateliers et bons plans.\n\nConfirmer : {link}\n\nSans clic, pas d’envoi. Désinscription possible à tout moment.\n\n{company}',
    },
  ],
  es: [
    {
      style: 'short',
      subject: 'Solo falta confirmar',
      body: 'Un clic y recibirás el boletín de {company} cada viernes: {link}',
    },
    {
      style: 'long',
      subject: 'Boletín de {company}: confirma tu alta',
      body: 'Hola {payload}:\n\nAlguien (seguramente tú) quiere recibir nuestras novedades del mes: llegadas, talleres y algún descuento.\n\nConfirma aquí: {link}\n\nSin clic no hay envíos. Puedes darte de baja cuando quieras.\n\n{company}',
    },
  ],
  pt: [
    {
      style: 'short',
      subject: 'Falta só confirmar',
      body: 'Um clique e passa a receber a newsletter da {company} todas as sextas: {link}',
    },
    {
      style: 'long',
      subject: 'Novidades {company}: confirme a inscrição',
      body: 'Olá {payload},\n\nAlguém (esperamos que você) pediu para receber nossas novidades do mês: lançamentos, eventos e cupons.\n\nConfirme aqui: {link}\n\nSem clique, sem envio. Pode sair quando quiser.\n\n{company}',
    },
  ],
  it: [
    {
      style: 'short',
      subject: 'Manca solo la conferma',
      body: 'Un clic e riceverai la newsletter di {company} ogni venerdì: {link}',
    },
    {
      style: 'long',
      subject: 'Newsletter {company}: conferma l’iscrizione',
      body: 'Ciao {payload},\n\nqualcuno (speriamo tu) vuole ricevere le nostre novità del mese: arrivi, eventi e qualche sconto.\n\nConferma qui: {link}\n\nSenza clic niente invii. Puoi disiscriverti quando vuoi.\n\n{company}',
    },
  ],
  nl: [
    {
      style: 'short',
      subject: 'Alleen nog bevestigen',
      body: 'Eén klik en je krijgt elke vrijdag de nieuwsbrief van {company}: {link}',
    },
    {
      style: 'long',
      subject: 'Nieuwsbrief {company}: even bevestigen',
      body: 'Hoi {payload},\n\nIemand (hopelijk jij) wil onze maandelijkse update ontvangen: nieuwe collectie, events en af en toe korting.\n\nBevestig hier: {link}\n\nZonder klik geen mail. Afmelden kan altijd.\n\n{company}',
    },
  ],
}
