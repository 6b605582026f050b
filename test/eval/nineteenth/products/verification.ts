// Account verification products new to every set (our wording of each documented default).
import type { Product } from './types.ts'

/** source: SAP Customer Data Cloud (formerly Gigya), default "Email Verification" template
 * (Console > Email Templates; localised templates ship per language). */
export const SAP_CDC: Product = {
  family: 'verification',
  product: 'SAP Customer Data Cloud',
  sender: 'own',
  texts: {
    en: {
      subject: 'Email Verification',
      body: 'Hello {name},\n\nPlease click on the following link to verify your email address:\n{link}\n\nThank you',
    },
    de: {
      subject: 'E-Mail-Verifizierung',
      body: 'Hallo {name},\n\nbitte klicken Sie auf den folgenden Link, um Ihre E-Mail-Adresse zu verifizieren:\n{link}\n\nVielen Dank',
    },
    fr: {
      subject: 'Vérification de l’adresse e-mail',
      body: 'Bonjour {name},\n\nVeuillez cliquer sur le lien suivant pour vérifier votre adresse e-mail :\n{link}\n\nMerci',
    },
    es: {
      subject: 'Verificación de correo electrónico',
      body: 'Hola {name}:\n\nHaz clic en el siguiente enlace para verificar tu dirección de correo electrónico:\n{link}\n\nGracias',
    },
    pt: {
      subject: 'Verificação de e-mail',
      body: 'Olá {name},\n\nClique no link a seguir para verificar o seu endereço de e-mail:\n{link}\n\nObrigado',
    },
    it: {
      subject: 'Verifica email',
      body: 'Ciao {name},\n\nfai clic sul link seguente per verificare il tuo indirizzo email:\n{link}\n\nGrazie',
    },
    nl: {
      subject: 'E-mailverificatie',
      body: 'Hallo {name},\n\nKlik op de volgende link om je e-mailadres te verifiëren:\n{link}\n\nBedankt',
    },
  },
}

/** source: CS-Cart, default "Customer registration" / account activation notification (the
 * store's name as the sender name; ships translations of en, de, fr, es, pt, it, nl). */
export const CS_CART: Product = {
  family: 'verification',
  product: 'CS-Cart',
  sender: 'display',
  texts: {
    en: {
      subject: '{company}: Registration',
      body: 'Hello {name},\n\nThank you for registering with {company}.\nYour account is not yet active. Please follow the link to activate it:\n{link}\n\nBest regards,\n{company} Team',
    },
    de: {
      subject: '{company}: Registrierung',
      body: 'Hallo {name},\n\nvielen Dank für Ihre Registrierung bei {company}.\nIhr Konto ist noch nicht aktiv. Folgen Sie dem Link zur Aktivierung:\n{link}',
    },
    fr: {
      subject: '{company} : Inscription',
      body: 'Bonjour {name},\n\nMerci de vous être inscrit sur {company}.\nVotre compte n’est pas encore actif. Suivez ce lien pour l’activer :\n{link}',
    },
    es: {
      subject: '{company}: Registro',
      body: 'Hola {name}:\n\nGracias por registrarse en {company}.\nSu cuenta aún no está activa. Siga el enlace para activarla:\n{link}',
    },
    pt: {
      subject: '{company}: Registo',
      body: 'Olá {name},\n\nObrigado por se registar na {company}.\nA sua conta ainda não está ativa. Siga o link para a ativar:\n{link}',
    },
    it: {
      subject: '{company}: Registrazione',
      body: 'Ciao {name},\n\ngrazie per esserti registrato su {company}.\nIl tuo account non è ancora attivo. Segui il link per attivarlo:\n{link}',
    },
    nl: {
      subject: '{company}: Registratie',
      body: 'Hallo {name},\n\nBedankt voor je registratie bij {company}.\nJe account is nog niet actief. Volg de link om het te activeren:\n{link}',
    },
  },
}
