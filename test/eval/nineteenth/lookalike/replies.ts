// Out-of-office replies, the person's own requested resets / sign-in codes and daily 2FA codes,
// and a company's human replies on a ticket the person opened, written for this set.
import type { LookClass } from './types.ts'

export const OUT_OF_OFFICE: LookClass = {
  name: 'out-of-office',
  label: 'ham',
  locals: ['contact'],
  texts: {
    en: [
      [
        'Automatic reply: {item}',
        'Thank you for your email. I am out of the office until Monday with limited access to mail. For urgent matters please contact my colleague at the front desk.',
      ],
      ['Out of Office: {item}', 'I am travelling this week and will reply when I am back.'],
    ],
    de: [
      [
        'Abwesenheitsnotiz: {item}',
        'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag nicht im Büro. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.',
      ],
    ],
    fr: [
      [
        'Réponse automatique : {item}',
        'Bonjour, je suis absente jusqu’au 28 et lirai votre message à mon retour.',
      ],
    ],
    es: [
      [
        'Respuesta automática: {item}',
        'Gracias por tu correo. Estoy de vacaciones hasta el lunes; responderé a la vuelta.',
      ],
    ],
    pt: [
      [
        'Resposta automática: {item}',
        'Obrigado pela mensagem. Estou fora do escritório até dia 30.',
      ],
    ],
    it: [
      [
        'Risposta automatica: {item}',
        'Grazie per la mail. Sono fuori ufficio fino a lunedì con accesso limitato alla posta.',
      ],
    ],
    nl: [
      [
        'Automatisch antwoord: {item}',
        'Dank voor je bericht. Ik ben afwezig tot en met vrijdag en lees mijn mail daarna.',
      ],
    ],
  },
}

export const OWN_CODE: LookClass = {
  name: 'own-code',
  label: 'own',
  locals: ['no-reply', 'login', 'security'],
  texts: {
    en: [
      [
        'Your {brand} verification code',
        'Use {code} to finish signing in. It expires in 10 minutes.',
      ],
      ['Reset your {brand} password', 'Hi {first}, here is the link you asked for: {link}'],
    ],
    de: [
      ['{code} – dein Code für {brand}', 'Gib diesen Code ein, um die Anmeldung abzuschließen.'],
    ],
    fr: [['Code de connexion {brand}', 'Voici votre code : {code}. Il expire dans 10 minutes.']],
    es: [['Tu código de {brand}', 'Usa {code} para entrar. Caduca en 10 minutos.']],
    pt: [['Código de acesso {brand}', 'O seu código é {code}. Válido durante 10 minutos.']],
    it: [['Il tuo codice {brand}', 'Usa {code} per accedere. Scade tra 10 minuti.']],
    nl: [['Je {brand}-code', 'Gebruik {code} om in te loggen. Hij verloopt over 10 minuten.']],
  },
}

export const TICKET_REPLY: LookClass = {
  name: 'ticket-reply',
  label: 'ham',
  locals: ['support', 'help'],
  texts: {
    en: [
      [
        'Re: [#{order}] Broken zipper on my backpack',
        'Hi {first},\n\nsorry about that! We have sent a replacement, it should arrive this week.\n\nBest,\n{contact}, {brand} support',
      ],
      [
        'Your request #{order} has been solved',
        'We consider this request solved. Reply within 7 days to reopen it.',
      ],
    ],
    de: [
      [
        'AW: [#{order}] Rechnung doppelt abgebucht',
        'Hallo {first},\n\nwir haben den doppelten Betrag erstattet. Die Gutschrift sehen Sie in 3–5 Tagen.\n\nViele Grüße\n{contact}',
      ],
    ],
    fr: [
      [
        'RE: [#{order}] Retour d’un article',
        'Bonjour {first},\n\nnous avons bien reçu le colis retourné, le remboursement est en cours.\n\n{contact}',
      ],
    ],
    es: [
      [
        'RE: [#{order}] Factura incorrecta',
        'Hola {first},\n\nte adjuntamos la factura corregida. Disculpa las molestias.\n\n{contact}',
      ],
    ],
    pt: [
      [
        'RE: [#{order}] Troca de tamanho',
        'Olá {first},\n\na troca foi aprovada, enviaremos o novo tamanho amanhã.\n\n{contact}',
      ],
    ],
    it: [
      [
        'R: [#{order}] Articolo danneggiato',
        'Ciao {first},\n\nabbiamo spedito un articolo sostitutivo.\n\n{contact}',
      ],
    ],
    nl: [
      [
        'RE: [#{order}] Verkeerde maat',
        'Hoi {first},\n\nwe sturen je morgen de juiste maat.\n\n{contact}',
      ],
    ],
  },
}
