// Building blocks for composed wave texts (en, de, fr, es), written for this set: subjects,
// greetings, a family sentence, a next step and a closing; composed.ts puts them together.
import type { Family } from './wording.ts'

export interface Blocks {
  greet: readonly string[]
  close: readonly string[]
  subject: Record<Family, readonly string[]>
  sentence: Record<Family, readonly string[]>
  next: Record<Family, readonly string[]>
}

export const BLOCKS_EN: Blocks = {
  greet: ['Hello {name},', 'Dear customer,'],
  close: ['Best regards,\n{company}', 'Thanks,\nThe {company} team'],
  subject: {
    helpdesk: ['Your message to {company} – ref. {ref}', 'Thanks for contacting {company}: {msg}'],
    verification: [
      'Please verify your email for {company}',
      'Welcome to {company}! Activate your account',
    ],
    subscription: [
      '{company}: please confirm your newsletter sign-up',
      'Confirm your email to join {list}',
    ],
    reset: ['{company} password reset request', 'Your {company} password reset link'],
  },
  sentence: {
    helpdesk: [
      'We have received your enquiry "{msg}" and logged it as {ref}.',
      'Our customer service team now has your message: {msg}',
    ],
    verification: [
      'An account was just created at {company} with the address {email}.',
      'Thank you for registering with {company}.',
    ],
    subscription: [
      'Someone (hopefully you) asked to receive the {list} emails from {company}.',
      'You are nearly on the {company} mailing list.',
    ],
    reset: [
      'A password reset was requested for your {company} account.',
      'We got a request to change the password of the account registered with {email}.',
    ],
  },
  next: {
    helpdesk: [
      'We usually reply within 24 hours. Track the request at {link}.',
      'Please do not reply to this email; we will contact you soon.',
    ],
    verification: [
      'Confirm your address here: {link}',
      'Use code {code} or follow this link to activate it: {link}',
    ],
    subscription: [
      'Click to confirm: {link}',
      'If that was you, confirm here: {link}. Otherwise ignore this email.',
    ],
    reset: [
      'Choose a new password here: {link}. If it was not you, ignore this email.',
      'Your reset code is {code}. It is valid for 15 minutes.',
    ],
  },
}

export const BLOCKS_DE: Blocks = {
  greet: ['Hallo {name},', 'Sehr geehrte Kundin, sehr geehrter Kunde,'],
  close: ['Mit freundlichen Grüßen\n{company}', 'Viele Grüße\nDein {company}-Team'],
  subject: {
    helpdesk: [
      'Ihre Nachricht an {company} – Vorgang {ref}',
      'Danke für Ihre Anfrage bei {company}: {msg}',
    ],
    verification: [
      'Bitte bestätigen Sie Ihre E-Mail-Adresse bei {company}',
      'Willkommen bei {company}! Konto aktivieren',
    ],
    subscription: [
      '{company}: Bitte Newsletter-Anmeldung bestätigen',
      'E-Mail bestätigen und {list} erhalten',
    ],
    reset: [
      '{company}: Anfrage zum Zurücksetzen des Passworts',
      'Ihr Link zum Zurücksetzen des Passworts bei {company}',
    ],
  },
  sentence: {
    helpdesk: [
      'Wir haben Ihre Anfrage „{msg}“ erhalten und unter {ref} erfasst.',
      'Unser Kundenservice hat Ihre Nachricht erhalten: {msg}',
    ],
    verification: [
      'Soeben wurde bei {company} ein Konto mit der Adresse {email} angelegt.',
      'Vielen Dank für Ihre Registrierung bei {company}.',
    ],
    subscription: [
      'Jemand (hoffentlich Sie) möchte die E-Mails von {list} bei {company} erhalten.',
      'Sie sind fast im Verteiler von {company}.',
    ],
    reset: [
      'Für Ihr Konto bei {company} wurde ein neues Passwort angefordert.',
      'Wir haben eine Anfrage erhalten, das Passwort für {email} zu ändern.',
    ],
  },
  next: {
    helpdesk: [
      'In der Regel antworten wir innerhalb von 24 Stunden. Status: {link}',
      'Bitte antworten Sie nicht auf diese E-Mail; wir melden uns in Kürze.',
    ],
    verification: [
      'Bestätigen Sie Ihre Adresse hier: {link}',
      'Nutzen Sie den Code {code} oder diesen Link zur Aktivierung: {link}',
    ],
    subscription: [
      'Zum Bestätigen klicken: {link}',
      'Wenn Sie das waren, bestätigen Sie hier: {link}. Andernfalls ignorieren Sie diese E-Mail.',
    ],
    reset: [
      'Neues Passwort festlegen: {link}. Falls Sie das nicht waren, ignorieren Sie diese E-Mail.',
      'Ihr Code zum Zurücksetzen lautet {code}. Er gilt 15 Minuten.',
    ],
  },
}

export const BLOCKS_FR: Blocks = {
  greet: ['Bonjour {name},', 'Chère cliente, cher client,'],
  close: ['Bien cordialement,\n{company}', 'Merci,\nL’équipe {company}'],
  subject: {
    helpdesk: [
      'Votre message à {company} – réf. {ref}',
      'Merci d’avoir contacté {company} : {msg}',
    ],
    verification: [
      'Veuillez vérifier votre adresse e-mail pour {company}',
      'Bienvenue chez {company} ! Activez votre compte',
    ],
    subscription: [
      '{company} : merci de confirmer votre inscription à la newsletter',
      'Confirmez votre e-mail pour recevoir {list}',
    ],
    reset: [
      '{company} : demande de réinitialisation du mot de passe',
      'Votre lien de réinitialisation {company}',
    ],
  },
  sentence: {
    helpdesk: [
      'Nous avons bien reçu votre demande « {msg} », enregistrée sous la référence {ref}.',
      'Notre service client a reçu votre message : {msg}',
    ],
    verification: [
      'Un compte vient d’être créé chez {company} avec l’adresse {email}.',
      'Merci de vous être inscrit chez {company}.',
    ],
    subscription: [
      'Quelqu’un (vous, espérons-le) a demandé à recevoir les e-mails {list} de {company}.',
      'Vous y êtes presque : plus qu’une étape pour rejoindre la liste {company}.',
    ],
    reset: [
      'Une réinitialisation du mot de passe a été demandée pour votre compte {company}.',
      'Nous avons reçu une demande de changement du mot de passe du compte {email}.',
    ],
  },
  next: {
    helpdesk: [
      'Nous répondons en général sous 24 heures. Suivi : {link}',
      'Merci de ne pas répondre à cet e-mail ; nous revenons vers vous rapidement.',
    ],
    verification: [
      'Confirmez votre adresse ici : {link}',
      'Utilisez le code {code} ou ce lien pour l’activer : {link}',
    ],
    subscription: [
      'Cliquez pour confirmer : {link}',
      'Si c’était bien vous, confirmez ici : {link}. Sinon, ignorez cet e-mail.',
    ],
    reset: [
      'Choisissez un nouveau mot de passe ici : {link}. Si ce n’était pas vous, ignorez cet e-mail.',
      'Votre code de réinitialisation est {code}. Il est valable 15 minutes.',
    ],
  },
}

export const BLOCKS_ES: Blocks = {
  greet: ['Hola, {name}:', 'Estimado cliente:'],
  close: ['Saludos cordiales,\n{company}', 'Gracias,\nEl equipo de {company}'],
  subject: {
    helpdesk: ['Su mensaje a {company} – ref. {ref}', 'Gracias por contactar con {company}: {msg}'],
    verification: [
      'Verifica tu correo electrónico en {company}',
      '¡Bienvenido a {company}! Activa tu cuenta',
    ],
    subscription: [
      '{company}: confirma tu alta en la newsletter',
      'Confirma tu correo para recibir {list}',
    ],
    reset: [
      '{company}: solicitud de cambio de contraseña',
      'Tu enlace para restablecer la contraseña de {company}',
    ],
  },
  sentence: {
    helpdesk: [
      'Hemos recibido su consulta «{msg}» y la hemos registrado como {ref}.',
      'Nuestro equipo de atención al cliente ya tiene su mensaje: {msg}',
    ],
    verification: [
      'Se acaba de crear una cuenta en {company} con la dirección {email}.',
      'Gracias por registrarte en {company}.',
    ],
    subscription: [
      'Alguien (esperamos que tú) ha pedido recibir los correos de {list} de {company}.',
      'Ya casi formas parte de la lista de {company}.',
    ],
    reset: [
      'Se ha solicitado restablecer la contraseña de tu cuenta de {company}.',
      'Hemos recibido una petición para cambiar la contraseña de la cuenta {email}.',
    ],
  },
  next: {
    helpdesk: [
      'Solemos responder en 24 horas. Seguimiento: {link}',
      'No responda a este correo; nos pondremos en contacto pronto.',
    ],
    verification: [
      'Confirma tu dirección aquí: {link}',
      'Usa el código {code} o este enlace para activarla: {link}',
    ],
    subscription: [
      'Haz clic para confirmar: {link}',
      'Si has sido tú, confirma aquí: {link}. Si no, ignora este correo.',
    ],
    reset: [
      'Elige una contraseña nueva aquí: {link}. Si no has sido tú, ignora este correo.',
      'Tu código de restablecimiento es {code}. Es válido durante 15 minutos.',
    ],
  },
}
