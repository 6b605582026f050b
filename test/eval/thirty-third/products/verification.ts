// Account verification / activation.
// OroCommerce: the customer user "confirmation of registration" email template of the
// OroCommerce storefront (confirm your email to finish registering, a confirmation link).
// Penpot: the "verify email" mail of Penpot's registration flow ("Verify your email", a
// button, the link expires).
import type { Product } from './types.ts'

export const OROCOMMERCE: Product = {
  family: 'verification',
  product: 'OroCommerce',
  sender: 'own',
  texts: {
    en: 'Confirmation of registration || Dear {name}, thank you for registering at {company}. Please confirm your email address to complete the registration: {link}',
    de: 'Bestätigung der Registrierung || Hallo {name}, danke für Ihre Registrierung bei {company}. Bitte bestätigen Sie Ihre E-Mail-Adresse, um die Registrierung abzuschließen: {link}',
    fr: 'Confirmation d’inscription || Bonjour {name}, merci pour votre inscription chez {company}. Veuillez confirmer votre adresse e-mail pour finaliser l’inscription : {link}',
    es: 'Confirmación de registro || Hola {name}, gracias por registrarse en {company}. Confirme su dirección de correo para completar el registro: {link}',
    pt: 'Confirmação de registo || Olá {name}, obrigado por se registar na {company}. Confirme o seu endereço de email para concluir o registo: {link}',
    it: 'Conferma della registrazione || Gentile {name}, grazie per esserti registrato su {company}. Conferma il tuo indirizzo email per completare la registrazione: {link}',
    nl: 'Bevestiging van registratie || Beste {name}, bedankt voor je registratie bij {company}. Bevestig je e-mailadres om de registratie af te ronden: {link}',
  },
}

export const PENPOT: Product = {
  family: 'verification',
  product: 'Penpot',
  sender: 'hosted',
  texts: {
    en: 'Verify your email || Hello {name}! Thanks for signing up for your {company} account. Please verify your email by clicking the button below: {link} — this link will expire in 24 hours. Enjoy! The {company} team',
    de: 'Bestätige deine E-Mail || Hallo {name}! Danke für deine Anmeldung bei {company}. Bitte bestätige deine E-Mail über den Button unten: {link} — der Link läuft in 24 Stunden ab. Viel Spaß! Dein {company}-Team',
    fr: 'Vérifiez votre e-mail || Bonjour {name} ! Merci de votre inscription à {company}. Vérifiez votre e-mail avec le bouton ci-dessous : {link} — ce lien expire dans 24 heures. L’équipe {company}',
    es: 'Verifica tu correo || ¡Hola {name}! Gracias por registrarte en {company}. Verifica tu correo con el botón de abajo: {link}. El enlace caduca en 24 horas. El equipo de {company}',
    pt: 'Verifique o seu email || Olá {name}! Obrigado por criar a sua conta {company}. Verifique o seu email no botão abaixo: {link} — a ligação expira em 24 horas. Equipa {company}',
    it: 'Verifica la tua email || Ciao {name}! Grazie per esserti iscritto a {company}. Verifica la tua email con il pulsante qui sotto: {link} — il link scade tra 24 ore. Il team {company}',
    nl: 'Bevestig je e-mail || Hoi {name}! Bedankt voor je aanmelding bij {company}. Bevestig je e-mail met de knop hieronder: {link} — de link verloopt over 24 uur. Team {company}',
  },
}
