// Own-burst wordings in English, German, French and Spanish.
import type { Lang } from '../../types.ts'
import type { OwnWords } from './types.ts'

export const WEST: Partial<Record<Lang, OwnWords>> = {
  en: {
    subjects: [
      'Subject access request - {me}',
      'Please delete my personal data',
      'Data access request (GDPR Art. 15)',
    ],
    sentBody:
      'Hello,\n\nUnder Article 15 of the UK GDPR I ask for a copy of the personal data you hold about me ({email}). Please reply within one month.\n\nThank you,\n{me}',
    wrappers: [
      [
        '[{co}] Re: {subj}',
        'Hello {first},\n\nThanks for your message. We have received your request and a member of our privacy team will reply within 30 days.\n\nReference: {n}',
      ],
      [
        'Request received: {subj}',
        'Your request ({n}) has been received and is being reviewed by our team. To add information, reply to this email.',
      ],
      [
        'Re: {subj} [#{n}]',
        'Dear {first},\n\nThis is an automatic confirmation that your email reached our Data Protection Officer. We will be in touch.',
      ],
      [
        'We got your message: "{subj}"',
        'Hi {first}, thanks for getting in touch. Ticket #{n} has been created for your request.',
      ],
    ],
    signup: [
      'Confirm your email for {co}',
      'Hi {first},\n\nThanks for creating your {co} account. Please confirm your email address: {url}',
    ],
    newsletter: [
      'Confirm your subscription to {co}',
      'Hi {first}, please confirm that you want to receive the {co} newsletter: {url}',
    ],
  },
  de: {
    subjects: [
      'Auskunftsersuchen nach Art. 15 DSGVO',
      'Kündigung meines Vertrags - {me}',
      'Löschung meiner Daten',
    ],
    sentBody:
      'Sehr geehrte Damen und Herren,\n\nbitte erteilen Sie mir gemäß Art. 15 DSGVO Auskunft über die zu meiner Person ({email}) gespeicherten Daten.\n\nMit freundlichen Grüßen\n{me}',
    wrappers: [
      [
        '[{co}] Re: {subj}',
        'Guten Tag {first},\n\nvielen Dank für Ihre Nachricht. Ihre Anfrage ist eingegangen; unser Datenschutzteam antwortet innerhalb eines Monats.\n\nVorgangsnummer: {n}',
      ],
      [
        'Anfrage erhalten: {subj}',
        'Ihre Anfrage ({n}) ist eingegangen und wird von unserem Team bearbeitet. Antworten Sie auf diese E-Mail, um etwas zu ergänzen.',
      ],
      [
        'AW: {subj} [#{n}]',
        'Guten Tag {first},\n\ndies ist eine automatische Bestätigung: Ihre E-Mail hat unseren Datenschutzbeauftragten erreicht.',
      ],
      [
        'Ihr Ticket #{n}: {subj}',
        'Hallo {first}, danke für Ihre Nachricht. Wir haben ein Ticket für Ihr Anliegen angelegt.',
      ],
    ],
    signup: [
      'Bitte bestätigen Sie Ihre E-Mail-Adresse bei {co}',
      'Hallo {first},\n\ndanke für Ihre Registrierung bei {co}. Bitte bestätigen Sie Ihre E-Mail-Adresse: {url}',
    ],
    newsletter: [
      'Bitte bestätigen Sie Ihr Newsletter-Abo bei {co}',
      'Hallo {first}, bitte bestätigen Sie, dass Sie den Newsletter von {co} erhalten möchten: {url}',
    ],
  },
  fr: {
    subjects: [
      "Demande d'accès à mes données (RGPD)",
      'Résiliation de mon contrat - {me}',
      'Suppression de mes données personnelles',
    ],
    sentBody:
      "Madame, Monsieur,\n\nEn application de l'article 15 du RGPD, je vous demande une copie des données me concernant ({email}).\n\nCordialement,\n{me}",
    wrappers: [
      [
        '[{co}] Re: {subj}',
        'Bonjour {first},\n\nMerci pour votre message. Votre demande a bien été reçue ; notre équipe vous répondra sous un mois.\n\nRéférence : {n}',
      ],
      [
        'Demande reçue : {subj}',
        'Votre demande ({n}) a bien été reçue et est en cours de traitement par notre équipe.',
      ],
      [
        'RE: {subj} [#{n}]',
        'Bonjour {first},\n\nCeci est un accusé de réception automatique : votre e-mail est bien parvenu à notre délégué à la protection des données.',
      ],
      [
        'Votre ticket n° {n} : {subj}',
        'Bonjour {first}, merci de nous avoir contactés. Un ticket a été ouvert pour votre demande.',
      ],
    ],
    signup: [
      'Confirmez votre adresse e-mail - {co}',
      'Bonjour {first},\n\nMerci pour votre inscription chez {co}. Confirmez votre adresse e-mail : {url}',
    ],
    newsletter: [
      'Confirmez votre inscription à la lettre de {co}',
      'Bonjour {first}, confirmez que vous souhaitez recevoir la lettre de {co} : {url}',
    ],
  },
  es: {
    subjects: [
      'Solicitud de acceso a mis datos (RGPD)',
      'Baja de mi suscripción - {me}',
      'Supresión de mis datos personales',
    ],
    sentBody:
      'Hola:\n\nConforme al artículo 15 del RGPD, solicito una copia de los datos personales que tratan sobre mí ({email}).\n\nUn saludo,\n{me}',
    wrappers: [
      [
        '[{co}] Re: {subj}',
        'Hola, {first}:\n\nGracias por tu mensaje. Hemos recibido tu solicitud y te responderemos en el plazo de un mes.\n\nReferencia: {n}',
      ],
      [
        'Solicitud recibida: {subj}',
        'Tu solicitud ({n}) se ha recibido y nuestro equipo la está revisando.',
      ],
      [
        'RE: {subj} [#{n}]',
        'Hola, {first}:\n\nEsta es una confirmación automática de que tu correo ha llegado a nuestro delegado de protección de datos.',
      ],
      [
        'Tu ticket n.º {n}: {subj}',
        'Hola, {first}, gracias por escribirnos. Hemos abierto un ticket con tu solicitud.',
      ],
    ],
    signup: [
      'Confirma tu correo en {co}',
      'Hola, {first}:\n\nGracias por crear tu cuenta en {co}. Confirma tu correo: {url}',
    ],
    newsletter: [
      'Confirma tu suscripción a {co}',
      'Hola, {first}, confirma que quieres recibir la newsletter de {co}: {url}',
    ],
  },
}
