// PrestaShop: the welcome mail after a customer account is created (mail template "account"),
// with the first and last name typed into the registration form.
// source: PrestaShop/PrestaShop mails/themes/classic core "account" template and the translated
// subject "Welcome!" (Emails.Subject); texts reconstructed per language.
import type { Product } from './product.ts'

export const PRESTASHOP_WELCOME: Product = {
  product: 'PrestaShop',
  family: 'verification',
  source: 'PrestaShop mail template "account" (subject "Welcome!")',
  locals: ['contact', 'noreply', 'boutique'],
  link: (c) => `https://www.${c.domain}/mon-compte`,
  texts: {
    en: [
      {
        subject: '[{company}] Welcome!',
        body: 'Hi {name},\n\nThank you for creating a customer account at {company}.\n\nYour {company} login details\nEmail address: {email}\n\nImportant security tips:\nAlways keep your account details safe. Never disclose your login details to anyone. Change your password regularly.\n\nYou can now place orders on our shop: {link}\n\n{company} powered by PrestaShop™',
      },
    ],
    de: [
      {
        subject: '[{company}] Willkommen!',
        body: 'Hallo {name},\n\nvielen Dank, dass Sie ein Kundenkonto bei {company} angelegt haben.\n\nIhre Zugangsdaten für {company}\nE-Mail-Adresse: {email}\n\nWichtige Sicherheitshinweise:\nBewahren Sie Ihre Zugangsdaten sicher auf, geben Sie sie niemals weiter und ändern Sie Ihr Passwort regelmäßig.\n\nSie können jetzt in unserem Shop bestellen: {link}\n\n{company} powered by PrestaShop™',
      },
    ],
    fr: [
      {
        subject: '[{company}] Bienvenue !',
        body: 'Bonjour {name},\n\nMerci d’avoir créé votre compte client sur {company}.\n\nVos identifiants {company}\nAdresse e-mail : {email}\n\nConseils de sécurité importants :\nConservez vos identifiants en lieu sûr, ne les communiquez à personne et changez régulièrement de mot de passe.\n\nVous pouvez maintenant commander sur notre boutique : {link}\n\n{company} propulsé par PrestaShop™',
      },
    ],
    es: [
      {
        subject: '[{company}] ¡Bienvenido!',
        body: 'Hola {name}:\n\nGracias por crear una cuenta de cliente en {company}.\n\nTus datos de acceso a {company}\nDirección de correo: {email}\n\nConsejos de seguridad importantes:\nGuarda tus datos de acceso en un lugar seguro, no los compartas con nadie y cambia tu contraseña con regularidad.\n\nYa puedes hacer pedidos en nuestra tienda: {link}\n\n{company} desarrollado con PrestaShop™',
      },
    ],
    pt: [
      {
        subject: '[{company}] Bem-vindo(a)!',
        body: 'Olá {name},\n\nObrigado por criar uma conta de cliente na {company}.\n\nOs seus dados de acesso à {company}\nEndereço de e-mail: {email}\n\nDicas de segurança importantes:\nGuarde os seus dados de acesso em segurança, nunca os partilhe e altere a senha com regularidade.\n\nJá pode encomendar na nossa loja: {link}\n\n{company} com tecnologia PrestaShop™',
      },
    ],
    it: [
      {
        subject: '[{company}] Benvenuto!',
        body: 'Ciao {name},\n\ngrazie per aver creato un account cliente su {company}.\n\nI tuoi dati di accesso a {company}\nIndirizzo email: {email}\n\nConsigli di sicurezza importanti:\nConserva i dati di accesso in modo sicuro, non comunicarli a nessuno e cambia regolarmente la password.\n\nOra puoi ordinare nel nostro negozio: {link}\n\n{company} realizzato con PrestaShop™',
      },
    ],
    nl: [
      {
        subject: '[{company}] Welkom!',
        body: 'Hallo {name},\n\nBedankt voor het aanmaken van een klantaccount bij {company}.\n\nJe inloggegevens voor {company}\nE-mailadres: {email}\n\nBelangrijke veiligheidstips:\nBewaar je inloggegevens veilig, deel ze met niemand en wijzig je wachtwoord regelmatig.\n\nJe kunt nu bestellen in onze winkel: {link}\n\n{company} mogelijk gemaakt door PrestaShop™',
      },
    ],
  },
}
