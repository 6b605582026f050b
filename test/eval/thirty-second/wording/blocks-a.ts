// Composition blocks in English, German, French and Spanish.
import type { Blocks } from './blocks-types.ts'

export const EN: Blocks = {
  greet: ['Hi {name},', 'Hello {name},', 'Dear {name},', 'Hey there,'],
  subject: {
    helpdesk: ['Your {req} #{ref} was {recv}', '{company}: we have your {req}', 'Re: {topic}'],
    verification: ['{conf} your email for {company}', '{act} your {company} account'],
    subscription: ['{conf} your {company} newsletter sign-up', 'Almost on the list!'],
    reset: ['{company} password help', 'Your {company} sign-in link'],
  },
  sentence: {
    helpdesk: [
      'Your {req} "{topic}" has been {recv} and logged as #{ref}.',
      'We {recv} your {req} about "{topic}"; the reference is {ref}.',
    ],
    verification: [
      'Please {conf} your address to {act} your account: {link}',
      'Enter {code} to {conf} your email and {act} your profile.',
    ],
    subscription: [
      'Please {conf} you want our emails: {link}',
      'One click to {conf} your subscription: {link}',
    ],
    reset: [
      'Someone asked to reset your password. Use this link within an hour: {link}',
      'Your one-time code is {code}; it works for 10 minutes.',
    ],
  },
  close: ['Cheers, the {company} team', 'Best regards,\n{company}', '— {company} Support'],
  words: {
    req: ['request', 'ticket', 'enquiry', 'case'],
    recv: ['received', 'logged'],
    conf: ['Confirm', 'Verify'],
    act: ['activate', 'unlock', 'finish setting up'],
  },
}

export const DE: Blocks = {
  greet: ['Hallo {name},', 'Guten Tag {name},', 'Sehr geehrte/r {name},', 'Moin,'],
  subject: {
    helpdesk: ['Ihre {req} {ref} ist {recv}', '{company}: {req} {ref}', 'AW: {topic}'],
    verification: ['E-Mail-Adresse {conf} – {company}', 'Konto {act} bei {company}'],
    subscription: ['Newsletter von {company}: bitte {conf}', 'Nur noch ein Klick zum Newsletter'],
    reset: ['Neues Passwort für {company}', 'Dein Anmeldelink für {company}'],
  },
  sentence: {
    helpdesk: [
      'Ihre {req} „{topic}" ist {recv} (Nummer {ref}).',
      'Wir haben Ihr Anliegen „{topic}" {recv} und unter {ref} abgelegt.',
    ],
    verification: [
      'Bitte {conf} Sie Ihre Adresse, um Ihr Konto zu {act}: {link}',
      'Mit dem Code {code} können Sie Ihr Konto {act}.',
    ],
    subscription: [
      'Bitte {conf} Sie Ihre Anmeldung: {link}',
      'Ein Klick genügt, um das Abo zu {conf}: {link}',
    ],
    reset: [
      'Es wurde ein neues Passwort angefordert. Link (60 Minuten gültig): {link}',
      'Ihr Einmalcode lautet {code}.',
    ],
  },
  close: [
    'Viele Grüße\nIhr {company} Team',
    'Beste Grüße, {company}',
    'Mit freundlichen Grüßen\n{company} Kundenservice',
  ],
  words: {
    req: ['Anfrage', 'Vorgang', 'Meldung'],
    recv: ['eingegangen', 'angekommen', 'erfasst'],
    conf: ['bestätigen', 'verifizieren'],
    act: ['aktivieren', 'freischalten'],
  },
}

export const FR: Blocks = {
  greet: ['Bonjour {name},', 'Bonsoir {name},', 'Cher/Chère {name},', 'Salut !'],
  subject: {
    helpdesk: ['Votre {req} n°{ref} est {recv}', '{company} – {req} {ref}', 'RE : {topic}'],
    verification: ['{conf} votre adresse e-mail – {company}', '{act} votre compte {company}'],
    subscription: ['{conf} votre inscription à la newsletter {company}', 'Encore un clic !'],
    reset: ['Nouveau mot de passe {company}', 'Votre lien de connexion {company}'],
  },
  sentence: {
    helpdesk: [
      'Votre {req} « {topic} » est bien {recv} sous le n°{ref}.',
      'Nous avons {recv} votre {req} « {topic} » (réf. {ref}).',
    ],
    verification: [
      'Merci de {conf} votre adresse pour {act} votre compte : {link}',
      'Saisissez {code} pour {act} votre espace.',
    ],
    subscription: ['Merci de {conf} votre abonnement : {link}', 'Un clic pour {conf} : {link}'],
    reset: [
      'Une demande de nouveau mot de passe a été faite. Lien valable 1 h : {link}',
      'Votre code à usage unique : {code}.',
    ],
  },
  close: [
    'À bientôt,\nl’équipe {company}',
    'Cordialement,\n{company}',
    'Le service client {company}',
  ],
  words: {
    req: ['demande', 'requête', 'réclamation'],
    recv: ['reçue', 'enregistrée', 'prise en compte'],
    conf: ['confirmer', 'valider', 'vérifier'],
    act: ['activer', 'débloquer'],
  },
}

export const ES: Blocks = {
  greet: ['Hola, {name}:', 'Buenos días, {name}:', 'Estimado/a {name}:', '¡Hola!'],
  subject: {
    helpdesk: ['Tu {req} {ref} ha sido {recv}', '{company} | {req} n.º {ref}', 'RE: {topic}'],
    verification: ['{conf} tu correo en {company}', '{act} tu cuenta de {company}'],
    subscription: ['{conf} tu alta en el boletín de {company}', '¡Ya casi estás dentro!'],
    reset: ['Nueva contraseña para {company}', 'Tu enlace de acceso a {company}'],
  },
  sentence: {
    helpdesk: [
      'Tu {req} «{topic}» ha sido {recv} con el número {ref}.',
      'Hemos {recv} tu {req} sobre «{topic}» (ref. {ref}).',
    ],
    verification: [
      'Pulsa aquí para {conf} tu correo y {act} la cuenta: {link}',
      'Introduce {code} para {act} tu perfil.',
    ],
    subscription: ['Necesitamos que {conf} tu suscripción: {link}', 'Un clic para {conf}: {link}'],
    reset: [
      'Alguien pidió cambiar tu contraseña. Enlace válido 1 hora: {link}',
      'Tu código de un solo uso es {code}.',
    ],
  },
  close: [
    'Un saludo,\nel equipo de {company}',
    'Atentamente,\n{company}',
    'Atención al cliente {company}',
  ],
  words: {
    req: ['solicitud', 'petición', 'consulta', 'incidencia'],
    recv: ['recibida', 'registrada', 'tramitada'],
    conf: ['confirmar', 'verificar', 'validar'],
    act: ['activar', 'habilitar', 'dar de alta'],
  },
}
