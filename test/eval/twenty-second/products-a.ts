// Product default wordings, helpdesk and verification families: written from memory of each
// product's documented default notification, in our own words (nothing pasted).
import { t, type Product } from './wording.ts'

// SupportCandy (WordPress helpdesk plugin, supportcandy.net docs "Email Notifications": the
// "New ticket" mail to the customer, subject "[Ticket #id] subject", with the ticket description).
export const SUPPORTCANDY: Product = {
  family: 'helpdesk',
  product: 'SupportCandy',
  sender: 'own',
  texts: {
    en: t(
      '[Ticket #{ref}] {topic} | Dear {name}, // We have received your ticket and will get back to you soon. // Subject: {topic} // You can view the ticket here: {link}',
    ),
    de: t(
      '[Ticket #{ref}] {topic} | Hallo {name}, // wir haben Ihr Ticket erhalten und melden uns bald bei Ihnen. // Betreff: {topic} // Ticket ansehen: {link}',
    ),
    fr: t(
      '[Ticket #{ref}] {topic} | Bonjour {name}, // Nous avons bien reçu votre ticket et reviendrons vers vous rapidement. // Sujet : {topic} // Voir le ticket : {link}',
    ),
    es: t(
      '[Ticket #{ref}] {topic} | Hola {name}: // Hemos recibido tu ticket y te responderemos pronto. // Asunto: {topic} // Ver el ticket: {link}',
    ),
    pt: t(
      '[Ticket #{ref}] {topic} | Olá {name}, // Recebemos o seu ticket e responderemos em breve. // Assunto: {topic} // Ver o ticket: {link}',
    ),
    it: t(
      '[Ticket #{ref}] {topic} | Gentile {name}, // abbiamo ricevuto il tuo ticket e ti risponderemo presto. // Oggetto: {topic} // Visualizza il ticket: {link}',
    ),
    nl: t(
      '[Ticket #{ref}] {topic} | Beste {name}, // We hebben je ticket ontvangen en nemen snel contact met je op. // Onderwerp: {topic} // Ticket bekijken: {link}',
    ),
  },
}

// KB Support (WordPress plugin, kb-support.com docs "Emails": the "Ticket Received" customer
// notice logged on a new ticket, with the ticket ID and a link to the customer's ticket page).
export const KB_SUPPORT: Product = {
  family: 'helpdesk',
  product: 'KB Support',
  sender: 'display',
  texts: {
    en: t(
      'Support Ticket Received | Dear {name}, // Thank you for contacting {company} support. Your ticket #{ref} has been logged and one of our agents will respond shortly. // Track it at {link}',
    ),
    de: t(
      'Support-Ticket erhalten | Hallo {name}, // danke, dass Sie den Support von {company} kontaktiert haben. Ihr Ticket #{ref} wurde angelegt; ein Mitarbeiter antwortet in Kürze. // Status: {link}',
    ),
    fr: t(
      'Ticket de support reçu | Bonjour {name}, // Merci d’avoir contacté le support {company}. Votre ticket #{ref} a été enregistré, un agent vous répondra sous peu. // Suivi : {link}',
    ),
    es: t(
      'Ticket de soporte recibido | Hola {name}, // Gracias por contactar con el soporte de {company}. Tu ticket #{ref} ha quedado registrado y un agente te responderá en breve. // Seguimiento: {link}',
    ),
    pt: t(
      'Ticket de suporte recebido | Olá {name}, // Obrigado por contactar o suporte da {company}. O seu ticket #{ref} foi registado e um agente responderá em breve. // Acompanhar: {link}',
    ),
    it: t(
      'Ticket di assistenza ricevuto | Ciao {name}, // grazie per aver contattato l’assistenza {company}. Il tuo ticket #{ref} è stato registrato e un operatore ti risponderà a breve. // Segui: {link}',
    ),
    nl: t(
      'Supportticket ontvangen | Beste {name}, // Bedankt voor je bericht aan de support van {company}. Je ticket #{ref} is geregistreerd; een medewerker reageert zo snel mogelijk. // Volgen: {link}',
    ),
  },
}

// Gogs (gogs.io, templates/mail/auth/activate.tmpl: "Please activate your account", a link valid
// for a few hours, signed by the site).
export const GOGS: Product = {
  family: 'verification',
  product: 'Gogs',
  sender: 'own',
  texts: {
    en: t(
      '{company}: Please activate your account | Hi {name}, // Thank you for registering! Please click the following link to activate your account within 3 hours: // {link} // © {company}',
    ),
    de: t(
      '{company}: Bitte aktiviere dein Konto | Hallo {name}, // danke für deine Registrierung! Bitte klicke innerhalb von 3 Stunden auf den folgenden Link, um dein Konto zu aktivieren: // {link}',
    ),
    fr: t(
      '{company} : veuillez activer votre compte | Bonjour {name}, // Merci pour votre inscription ! Cliquez sur le lien suivant dans les 3 heures pour activer votre compte : // {link}',
    ),
    es: t(
      '{company}: Por favor, activa tu cuenta | Hola {name}, // ¡Gracias por registrarte! Pulsa el siguiente enlace en las próximas 3 horas para activar tu cuenta: // {link}',
    ),
    pt: t(
      '{company}: Por favor, ative sua conta | Olá {name}, // Obrigado por se registrar! Clique no link abaixo nas próximas 3 horas para ativar sua conta: // {link}',
    ),
    it: t(
      '{company}: attiva il tuo account | Ciao {name}, // grazie per esserti registrato! Clicca sul link seguente entro 3 ore per attivare il tuo account: // {link}',
    ),
    nl: t(
      '{company}: activeer je account | Hoi {name}, // Bedankt voor je registratie! Klik binnen 3 uur op de volgende link om je account te activeren: // {link}',
    ),
  },
}

// Bagisto (bagisto.com docs, customer "Verification Email": welcome to the shop, verify the
// address with the button, ignore it if you did not sign up).
export const BAGISTO: Product = {
  family: 'verification',
  product: 'Bagisto',
  sender: 'display',
  texts: {
    en: t(
      'Verification Email | Welcome to {company}, {name}! // Please verify your email address by clicking the button below. // Verify your account: {link} // If you did not create an account, no further action is required.',
    ),
    de: t(
      'Bestätigungs-E-Mail | Willkommen bei {company}, {name}! // Bitte bestätigen Sie Ihre E-Mail-Adresse über den Button unten. // Konto bestätigen: {link}',
    ),
    fr: t(
      'E-mail de vérification | Bienvenue chez {company}, {name} ! // Veuillez vérifier votre adresse e-mail en cliquant sur le bouton ci-dessous. // Vérifier le compte : {link}',
    ),
    es: t(
      'Correo de verificación | ¡Bienvenido a {company}, {name}! // Verifica tu dirección de correo pulsando el botón de abajo. // Verificar cuenta: {link}',
    ),
    pt: t(
      'E-mail de verificação | Bem-vindo à {company}, {name}! // Verifique o seu endereço de e-mail clicando no botão abaixo. // Verificar conta: {link}',
    ),
    it: t(
      'Email di verifica | Benvenuto su {company}, {name}! // Verifica il tuo indirizzo email cliccando sul pulsante qui sotto. // Verifica account: {link}',
    ),
    nl: t(
      'Verificatie-e-mail | Welkom bij {company}, {name}! // Bevestig je e-mailadres met de knop hieronder. // Account verifiëren: {link}',
    ),
  },
}
