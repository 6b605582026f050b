// Composition blocks in English, German, French and Spanish.
import type { Blocks } from './blocks.ts'

export const BLOCKS_A: Record<'en' | 'de' | 'fr' | 'es', Blocks> = {
  en: {
    greet: { formal: ['Dear {name},', 'Hello {name},'], informal: ['Hi {name}!', 'Hey {name},'] },
    say: {
      helpdesk: [
        'Your enquiry has been logged with our team.',
        'We have received your request and opened case {ref}.',
        'Your note landed in our support queue.',
      ],
      verification: [
        'Please confirm your email address to finish creating your account.',
        'One last step: verify that this address is yours.',
      ],
      subscription: [
        'Please confirm you want to hear from us.',
        'Click to confirm your sign-up to our updates.',
      ],
      reset: [
        'Someone asked to change the password on your account.',
        'Use this code to sign in: {code}.',
      ],
    },
    next: {
      helpdesk: [
        'We aim to reply within 2 working days.',
        'You can add details by replying to this email.',
      ],
      verification: ['Confirm here: {link}', 'Verify now: {link}'],
      subscription: ['Confirm: {link}', 'Yes, sign me up: {link}'],
      reset: ['Reset it here: {link}', 'The code expires in 15 minutes.'],
    },
    close: ['Best wishes, {company}', 'The {company} team', 'Thanks, {company} Support'],
    subject: {
      helpdesk: [
        '[{company}] Request received #{ref}',
        'Re: {message}',
        'We received your enquiry',
      ],
      verification: ['Verify your email for {company}', 'Confirm your {company} account'],
      subscription: ['Confirm your subscription', '{company}: please confirm'],
      reset: ['Reset your {company} password', 'Your code is {code}'],
    },
    followUp: [
      'Just a reminder: your request is still open.',
      'Reminder: you have not confirmed yet.',
    ],
  },
  de: {
    greet: {
      formal: ['Sehr geehrte/r {name},', 'Guten Tag {name},'],
      informal: ['Hallo {name}!', 'Hi {name},'],
    },
    say: {
      helpdesk: [
        'Ihre Anfrage ist bei uns eingegangen ({ref}).',
        'Wir haben Ihr Anliegen erhalten und einen Vorgang angelegt.',
        'Deine Nachricht ist bei unserem Support gelandet.',
      ],
      verification: [
        'Bitte bestätigen Sie Ihre E-Mail-Adresse, um das Konto zu aktivieren.',
        'Nur noch ein Schritt: Bestätige deine Adresse.',
      ],
      subscription: [
        'Bitte bestätigen Sie, dass Sie unseren Newsletter erhalten möchten.',
        'Bestätige deine Anmeldung zu unseren News.',
      ],
      reset: [
        'Es wurde ein neues Passwort für Ihr Konto angefordert.',
        'Dein Anmeldecode lautet {code}.',
      ],
    },
    next: {
      helpdesk: [
        'Wir melden uns innerhalb von zwei Werktagen.',
        'Ergänzungen einfach per Antwort auf diese E-Mail.',
      ],
      verification: ['Jetzt bestätigen: {link}', 'Konto aktivieren: {link}'],
      subscription: ['Anmeldung bestätigen: {link}', 'Ja, ich will: {link}'],
      reset: ['Neues Passwort festlegen: {link}', 'Der Code gilt 15 Minuten.'],
    },
    close: [
      'Freundliche Grüsse, {company}',
      'Ihr {company}-Team',
      'Viele Grüsse, {company} Kundenservice',
    ],
    subject: {
      helpdesk: ['[{company}] Anfrage erhalten #{ref}', 'AW: {message}', 'Eingangsbestätigung'],
      verification: ['E-Mail-Adresse bestätigen – {company}', 'Aktiviere dein Konto'],
      subscription: ['Newsletter-Anmeldung bestätigen', '{company}: Bitte bestätigen'],
      reset: ['Passwort zurücksetzen bei {company}', 'Ihr Code: {code}'],
    },
    followUp: [
      'Erinnerung: Ihr Vorgang ist noch offen.',
      'Kurze Erinnerung: Die Bestätigung fehlt noch.',
    ],
  },
  fr: {
    greet: {
      formal: ['Madame, Monsieur,', 'Bonjour {name},'],
      informal: ['Salut {name} !', 'Coucou {name},'],
    },
    say: {
      helpdesk: [
        'Votre demande a bien été prise en compte ({ref}).',
        'Nous avons bien reçu votre message.',
        'Ta demande est arrivée chez notre service client.',
      ],
      verification: [
        'Merci de confirmer votre adresse e-mail pour activer votre compte.',
        'Dernière étape : confirme ton adresse.',
      ],
      subscription: [
        'Confirmez votre inscription à notre lettre d’information.',
        'Confirme ton abonnement à nos actus.',
      ],
      reset: [
        'Une demande de nouveau mot de passe a été faite pour votre compte.',
        'Ton code de connexion : {code}.',
      ],
    },
    next: {
      helpdesk: [
        'Nous revenons vers vous sous 48 heures ouvrées.',
        'Répondez à ce message pour compléter votre demande.',
      ],
      verification: ['Confirmer : {link}', 'Activer mon compte : {link}'],
      subscription: ['Je confirme : {link}', 'Confirmer : {link}'],
      reset: ['Choisir un nouveau mot de passe : {link}', 'Le code expire dans 15 minutes.'],
    },
    close: [
      'Cordialement, {company}',
      'L’équipe {company}',
      'À bientôt, le service client {company}',
    ],
    subject: {
      helpdesk: ['[{company}] Demande reçue n° {ref}', 'RE : {message}', 'Accusé de réception'],
      verification: ['Confirmez votre adresse e-mail – {company}', 'Activez votre compte'],
      subscription: ['Confirmez votre inscription', '{company} : merci de confirmer'],
      reset: ['Réinitialisez votre mot de passe {company}', 'Votre code : {code}'],
    },
    followUp: [
      'Rappel : votre demande est toujours en cours.',
      'Petit rappel : il reste à confirmer.',
    ],
  },
  es: {
    greet: {
      formal: ['Estimado/a {name}:', 'Buenos días, {name}:'],
      informal: ['¡Hola, {name}!', 'Hola {name},'],
    },
    say: {
      helpdesk: [
        'Su consulta ha quedado registrada ({ref}).',
        'Hemos recibido tu petición correctamente.',
        'Tu solicitud ingresó a nuestro sistema.',
        'Acusamos recibo de su reclamación.',
      ],
      verification: [
        'Confirme su correo electrónico para activar la cuenta.',
        'Último paso: verifica tu dirección.',
      ],
      subscription: [
        'Confirme su alta en nuestro boletín.',
        'Confirmá tu suscripción a las novedades.',
      ],
      reset: [
        'Se ha solicitado una nueva contraseña para su cuenta.',
        'Tu código de acceso es {code}.',
      ],
    },
    next: {
      helpdesk: ['Le responderemos en un plazo de 48 horas.', 'Te contactaremos a la brevedad.'],
      verification: ['Confirmar: {link}', 'Activar cuenta: {link}'],
      subscription: ['Confirmar alta: {link}', 'Sí, quiero: {link}'],
      reset: ['Crear nueva contraseña: {link}', 'El código caduca en 15 minutos.'],
    },
    close: [
      'Atentamente, {company}',
      'El equipo de {company}',
      'Saludos, atención al cliente de {company}',
    ],
    subject: {
      helpdesk: ['[{company}] Solicitud recibida #{ref}', 'RE: {message}', 'Acuse de recibo'],
      verification: ['Confirma tu correo – {company}', 'Active su cuenta'],
      subscription: ['Confirme su suscripción', '{company}: confirma tu alta'],
      reset: ['Restablecer contraseña de {company}', 'Su código: {code}'],
    },
    followUp: ['Recordatorio: su solicitud sigue abierta.', 'Te recordamos que falta confirmar.'],
  },
}
