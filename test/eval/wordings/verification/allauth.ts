// django-allauth (MIT): account/email/email_confirmation_subject and _message templates,
// "[site] Please Confirm Your Email Address" / "You're receiving this email because user … has
// given your email address to register an account on …", with its bundled de/fr/es/it/nl/pt.
import type { Product } from '../types.ts'

export const allauth: Product = {
  family: 'verification',
  product: 'django-allauth',
  source: 'pennersr/django-allauth allauth/templates/account/email/email_confirmation_*; locale/',
  senders: [{ shape: 'own', local: 'webmaster', name: '{company}' }],
  id: (n) => String(n),
  texts: {
    en: [
      {
        subject: '[{company}] Please Confirm Your Email Address',
        body: "Hello from {company}!\n\nYou're receiving this email because user {name} has given your email address to register an account on {company}.\n\nTo confirm this is correct, go to {url}\n\nThank you for using {company}!",
      },
    ],
    de: [
      {
        subject: '[{company}] Bitte bestätigen Sie Ihre E-Mail-Adresse',
        body: 'Hallo von {company}!\n\nSie erhalten diese E-Mail, weil der Benutzer {name} Ihre E-Mail-Adresse verwendet hat, um ein Konto auf {company} zu registrieren.\n\nUm dies zu bestätigen, rufen Sie bitte folgenden Link auf: {url}',
      },
    ],
    fr: [
      {
        subject: '[{company}] Confirmez votre adresse e-mail',
        body: 'Bonjour de la part de {company} !\n\nVous recevez cet e-mail car l’utilisateur {name} a indiqué votre adresse pour créer un compte sur {company}.\n\nPour confirmer, cliquez sur le lien : {url}',
      },
    ],
    es: [
      {
        subject: '[{company}] Por favor, confirma tu dirección de correo electrónico',
        body: '¡Hola desde {company}!\n\nRecibes este correo porque el usuario {name} ha indicado tu dirección para registrar una cuenta en {company}.\n\nPara confirmarlo, visita {url}',
      },
    ],
    it: [
      {
        subject: '[{company}] Conferma il tuo indirizzo email',
        body: 'Ciao da {company}!\n\nHai ricevuto questa email perché l’utente {name} ha indicato il tuo indirizzo per registrare un account su {company}.\n\nPer confermare, vai a {url}',
      },
    ],
    nl: [
      {
        subject: '[{company}] Bevestig je e-mailadres',
        body: 'Hallo van {company}!\n\nJe ontvangt deze e-mail omdat gebruiker {name} je e-mailadres heeft opgegeven om een account te registreren op {company}.\n\nGa ter bevestiging naar {url}',
      },
    ],
    pt: [
      {
        subject: '[{company}] Por favor confirme seu endereço de e-mail',
        body: 'Olá do {company}!\n\nVocê está recebendo este e-mail porque o usuário {name} informou seu endereço para registrar uma conta em {company}.\n\nPara confirmar, acesse {url}',
      },
    ],
  },
}
