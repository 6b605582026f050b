// django-allauth: account/email/email_confirmation_signup_subject.txt and _message.txt,
// "[site] Please Confirm Your Email Address", "You're receiving this email because user {user}
// has given your email address to register an account on {site}." The username is what was typed.
// source: django-allauth default templates and its locale catalogues (written from their meaning).
import type { Product } from '../product.ts'
import { fromTable } from './templates.ts'

export const ALLAUTH_VERIFY: Product = {
  product: 'django-allauth',
  family: 'verification',
  source: 'django-allauth email_confirmation_signup templates',
  echo: 'name',
  display: (c) => c.name,
  texts: fromTable({
    en: [
      '[{site}] Please Confirm Your Email Address',
      "Hello from {site}!\n\nYou're receiving this email because user {name} has given your email address to register an account on {site}.\n\nTo confirm this is correct, go to {link}\n\nThank you for using {site}!\n{site}",
    ],
    de: [
      '[{site}] Bitte bestätigen Sie Ihre E-Mail-Adresse',
      'Hallo von {site}!\n\nSie erhalten diese E-Mail, weil der Benutzer {name} Ihre E-Mail-Adresse angegeben hat, um ein Konto auf {site} zu registrieren.\n\nUm dies zu bestätigen, rufen Sie bitte folgenden Link auf: {link}\n\nDanke, dass Sie {site} nutzen!\n{site}',
    ],
    fr: [
      '[{site}] Confirmez votre adresse e-mail',
      "Bonjour de la part de {site} !\n\nVous recevez cet e-mail car l'utilisateur {name} a indiqué votre adresse pour créer un compte sur {site}.\n\nPour confirmer que c'est correct, allez à {link}\n\nMerci d'utiliser {site} !\n{site}",
    ],
    es: [
      '[{site}] Confirme su dirección de correo electrónico',
      '¡Hola desde {site}!\n\nRecibe este correo porque el usuario {name} ha indicado su dirección para registrar una cuenta en {site}.\n\nPara confirmar que es correcto, visite {link}\n\n¡Gracias por usar {site}!\n{site}',
    ],
    pt: [
      '[{site}] Confirme o seu endereço de e-mail',
      'Olá de {site}!\n\nRecebeu este e-mail porque o utilizador {name} indicou o seu endereço para registar uma conta em {site}.\n\nPara confirmar que está correto, vá a {link}\n\nObrigado por usar {site}!\n{site}',
    ],
    it: [
      '[{site}] Conferma il tuo indirizzo email',
      "Un saluto da {site}!\n\nRicevi questa email perché l'utente {name} ha indicato il tuo indirizzo per registrare un account su {site}.\n\nPer confermare che è corretto, vai su {link}\n\nGrazie per aver usato {site}!\n{site}",
    ],
    nl: [
      '[{site}] Bevestig uw e-mailadres',
      'Hallo van {site}!\n\nU ontvangt deze e-mail omdat gebruiker {name} uw e-mailadres heeft opgegeven om een account te registreren op {site}.\n\nGa naar {link} om te bevestigen dat dit klopt.\n\nBedankt voor het gebruiken van {site}!\n{site}',
    ],
  }),
}
