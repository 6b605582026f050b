// Jotform: the autoresponder email of a form, sent from Jotform's own sender with the form
// owner's name.
import { w, type Product } from '../../types.ts'

export const jotform: Product = {
  product: 'Jotform',
  family: 'helpdesk',
  source:
    'Jotform user guide, "Setting up an autoresponder email" (default autoresponder template)',
  hosted: 'noreply@jotform.com',
  texts: {
    en: [
      w(
        `Thank you for your submission`,
        `Dear {name},

Thank you for filling out our form "Contact {company}". We have received your submission and will get back to you as soon as possible.

Your answers:
Full Name: {name}
E-mail: {email}
Your message: {subject}

Powered by Jotform`,
      ),
    ],
    de: [
      w(
        `Vielen Dank für Ihre Einsendung`,
        `Hallo {name},

vielen Dank, dass Sie unser Formular „Kontakt {company}" ausgefüllt haben. Wir haben Ihre Einsendung erhalten und melden uns so bald wie möglich.

Ihre Angaben:
Name: {name}
Nachricht: {subject}`,
      ),
    ],
    fr: [
      w(
        `Merci pour votre envoi`,
        `Bonjour {name},

Merci d'avoir rempli notre formulaire « Contact {company} ». Votre envoi a bien été reçu, nous vous répondrons au plus vite.

Vos réponses :
Nom : {name}
Message : {subject}`,
      ),
    ],
    es: [
      w(
        `Gracias por tu envío`,
        `Hola {name},

Gracias por completar nuestro formulario «Contacto {company}». Hemos recibido tu envío y te responderemos lo antes posible.

Tus respuestas:
Nombre: {name}
Mensaje: {subject}`,
      ),
    ],
    pt: [
      w(
        `Obrigado pelo seu envio`,
        `Olá {name},

Obrigado por preencher o nosso formulário "Contacto {company}". Recebemos o seu envio e responderemos o mais rapidamente possível.

As suas respostas:
Nome: {name}
Mensagem: {subject}`,
      ),
    ],
    it: [
      w(
        `Grazie per il tuo invio`,
        `Gentile {name},

grazie per aver compilato il modulo "Contatti {company}". Abbiamo ricevuto il tuo invio e ti risponderemo il prima possibile.

Le tue risposte:
Nome: {name}
Messaggio: {subject}`,
      ),
    ],
    nl: [
      w(
        `Bedankt voor je inzending`,
        `Beste {name},

Bedankt voor het invullen van ons formulier "Contact {company}". We hebben je inzending ontvangen en reageren zo snel mogelijk.

Je antwoorden:
Naam: {name}
Bericht: {subject}`,
      ),
    ],
  },
}
