// Formspree: the autoresponse a form owner can switch on, sent to the address typed into the
// form's email field, with the submitted fields below the owner's message.
// source: Formspree Help, "Autoresponses" (default subject and intro reconstructed; the owner
// writes the text, here in each language as a small company would).
import type { Product } from './product.ts'

export const FORMSPREE: Product = {
  product: 'Formspree',
  family: 'helpdesk',
  source: 'Formspree Help "Autoresponses" (owner text; submission echoed below)',
  locals: ['contact', 'hello'],
  hosted: () => 'noreply@formspree.io',
  channel: 'form',
  texts: {
    en: [
      {
        subject: 'Thanks for your message!',
        body: 'Thanks for contacting {company}, {name}. We got your message and will reply within two working days.\n\nYour submission\nname: {name}\nemail: {email}\nsubject: {title}\nmessage: {message}\n\nSent by Formspree on behalf of {company}',
      },
    ],
    de: [
      {
        subject: 'Danke für deine Nachricht!',
        body: 'Danke für deine Anfrage bei {company}, {name}. Wir haben sie erhalten und antworten innerhalb von zwei Werktagen.\n\nDeine Angaben\nname: {name}\nemail: {email}\nbetreff: {title}\nnachricht: {message}\n\nGesendet von Formspree im Auftrag von {company}',
      },
    ],
    fr: [
      {
        subject: 'Merci pour votre message !',
        body: 'Merci d’avoir écrit à {company}, {name}. Nous avons bien reçu votre message et vous répondrons sous deux jours ouvrés.\n\nVotre envoi\nnom : {name}\ne-mail : {email}\nobjet : {title}\nmessage : {message}\n\nEnvoyé par Formspree pour le compte de {company}',
      },
    ],
    es: [
      {
        subject: '¡Gracias por tu mensaje!',
        body: 'Gracias por escribir a {company}, {name}. Hemos recibido tu mensaje y te contestaremos en dos días laborables.\n\nTu envío\nnombre: {name}\ncorreo: {email}\nasunto: {title}\nmensaje: {message}\n\nEnviado por Formspree en nombre de {company}',
      },
    ],
    pt: [
      {
        subject: 'Obrigado pela sua mensagem!',
        body: 'Obrigado por escrever à {company}, {name}. Recebemos a sua mensagem e responderemos em dois dias úteis.\n\nO seu envio\nnome: {name}\ne-mail: {email}\nassunto: {title}\nmensagem: {message}\n\nEnviado pelo Formspree em nome de {company}',
      },
    ],
    it: [
      {
        subject: 'Grazie per il tuo messaggio!',
        body: 'Grazie per aver scritto a {company}, {name}. Abbiamo ricevuto il tuo messaggio e ti risponderemo entro due giorni lavorativi.\n\nIl tuo invio\nnome: {name}\nemail: {email}\noggetto: {title}\nmessaggio: {message}\n\nInviato da Formspree per conto di {company}',
      },
    ],
    nl: [
      {
        subject: 'Bedankt voor je bericht!',
        body: 'Bedankt voor je bericht aan {company}, {name}. We hebben het ontvangen en reageren binnen twee werkdagen.\n\nJe inzending\nnaam: {name}\ne-mail: {email}\nonderwerp: {title}\nbericht: {message}\n\nVerzonden door Formspree namens {company}',
      },
    ],
  },
}
