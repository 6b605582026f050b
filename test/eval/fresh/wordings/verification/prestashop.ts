import { w, type Product } from '../types.ts'

// PrestaShop core mail template "account" (mails/themes/classic, subject "[{shop_name}]
// Welcome!") and the official translations of PrestaShop's email subjects.
export const prestashopVerify: Product = {
  product: 'PrestaShop',
  family: 'verification',
  source: 'github.com/PrestaShop/PrestaShop, mail theme template "account"',
  texts: {
    en: [
      w(
        '[{company}] Welcome!',
        `Hi {name},\n\nThank you for creating a customer account at {company}.\n\nYour {company} login details\nE-mail address: {email}\n\nImportant security tips:\n1. Always keep your account details safe.\n2. Never disclose your login details to anyone.\n3. Change your password regularly.\n\nYou can now place orders on our shop: https://{site}\n\n{company} powered by PrestaShop`,
      ),
    ],
    de: [
      w(
        '[{company}] Willkommen!',
        `Hallo {name},\n\nvielen Dank, dass Sie ein Kundenkonto bei {company} erstellt haben.\n\nIhre Zugangsdaten für {company}\nE-Mail-Adresse: {email}\n\nWichtige Sicherheitshinweise:\n1. Bewahren Sie Ihre Kontodaten sicher auf.\n2. Geben Sie Ihre Zugangsdaten niemals weiter.\n3. Ändern Sie Ihr Passwort regelmäßig.\n\nSie können jetzt in unserem Shop bestellen: https://{site}\n\n{company} powered by PrestaShop`,
      ),
    ],
    fr: [
      w(
        '[{company}] Bienvenue !',
        `Bonjour {name},\n\nMerci d’avoir créé votre compte client sur {company}.\n\nVos identifiants {company}\nAdresse e-mail : {email}\n\nConseils de sécurité importants :\n1. Conservez vos identifiants en lieu sûr.\n2. Ne les communiquez à personne.\n3. Changez régulièrement votre mot de passe.\n\nVous pouvez désormais passer commande sur notre boutique : https://{site}\n\n{company} propulsé par PrestaShop`,
      ),
    ],
    es: [
      w(
        '[{company}] ¡Bienvenido!',
        `Hola {name}:\n\nGracias por crear una cuenta de cliente en {company}.\n\nSus datos de acceso a {company}\nDirección de correo electrónico: {email}\n\nConsejos de seguridad importantes:\n1. Mantenga sus datos de cuenta a salvo.\n2. No comparta nunca sus datos de acceso.\n3. Cambie su contraseña con regularidad.\n\nYa puede realizar pedidos en nuestra tienda: https://{site}\n\n{company} desarrollado por PrestaShop`,
      ),
    ],
    pt: [
      w(
        '[{company}] Bem-vindo!',
        `Olá {name},\n\nObrigado por criar uma conta de cliente na {company}.\n\nOs seus dados de acesso à {company}\nEndereço de e-mail: {email}\n\nDicas de segurança importantes:\n1. Mantenha os dados da sua conta em segurança.\n2. Nunca divulgue os seus dados de acesso.\n3. Altere a sua senha regularmente.\n\nJá pode fazer encomendas na nossa loja: https://{site}\n\n{company} desenvolvido por PrestaShop`,
      ),
    ],
    it: [
      w(
        '[{company}] Benvenuto!',
        `Ciao {name},\n\ngrazie per aver creato un account cliente su {company}.\n\nI tuoi dati di accesso a {company}\nIndirizzo e-mail: {email}\n\nSuggerimenti importanti per la sicurezza:\n1. Conserva sempre al sicuro i dati del tuo account.\n2. Non comunicare mai i tuoi dati di accesso.\n3. Cambia regolarmente la password.\n\nOra puoi effettuare ordini nel nostro negozio: https://{site}\n\n{company} powered by PrestaShop`,
      ),
    ],
    nl: [
      w(
        '[{company}] Welkom!',
        `Hallo {name},\n\nBedankt voor het aanmaken van een klantaccount bij {company}.\n\nUw inloggegevens voor {company}\nE-mailadres: {email}\n\nBelangrijke veiligheidstips:\n1. Bewaar uw accountgegevens altijd veilig.\n2. Deel uw inloggegevens nooit met anderen.\n3. Wijzig uw wachtwoord regelmatig.\n\nU kunt nu bestellen in onze winkel: https://{site}\n\n{company} powered by PrestaShop`,
      ),
    ],
  },
}
