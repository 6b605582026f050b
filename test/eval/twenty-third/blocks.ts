// Building blocks for composed company wordings: greeting, subject, core sentence, next step and
// closing per language and family. Ticket acknowledgements draw their words for "request" and
// "received" from lists per language, as real companies each say it their own way.
import type { Lang } from '../types.ts'
import type { Family } from './products.ts'

interface Blocks {
  greet: readonly string[]
  close: readonly string[]
  req: readonly string[]
  recv: readonly string[]
  subj: Record<Family, readonly string[]>
  core: Record<Family, readonly string[]>
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: {
    greet: ['Hi {name},', 'Hello {name},', 'Dear {name},'],
    close: ['Thanks, the {company} team', 'Kind regards, {company}', '— {company} Support'],
    req: ['request', 'enquiry', 'message', 'support case'],
    recv: ['has been received', 'is now with our team', 'reached us safely', 'is logged'],
    subj: {
      helpdesk: ['[{ref}] {topic}', '{company}: we’re on it ({ref})'],
      verification: ['{company} – please verify your email', 'Activate your {company} account'],
      subscription: ['{company} newsletter: please confirm', 'Confirm you want {company} updates'],
      reset: ['{company} password reset requested', 'Sign in to {company}: {code}'],
    },
    core: {
      helpdesk: [
        'Your {req} ({ref}) {recv}.',
        'Good news: your {req} about “{topic}” {recv} under number {ref}.',
      ],
      verification: [
        'Please confirm your address to activate your account: {link}',
        'Verify your email here: {link}',
      ],
      subscription: [
        'Confirm your newsletter sign-up: {link}',
        'Click to confirm your subscription: {link}',
      ],
      reset: [
        'Reset your password with this link: {link} (valid 1 hour).',
        'Your one-time code is {code}.',
      ],
    },
  },
  de: {
    greet: ['Hallo {name},', 'Guten Tag {name},', 'Liebe/r {name},'],
    close: [
      'Viele Grüße, dein {company}-Team',
      'Mit freundlichen Grüßen, {company}',
      'Ihr Service-Team von {company}',
    ],
    req: ['Anfrage', 'Nachricht', 'Supportanfrage', 'Serviceanfrage'],
    recv: ['ist bei uns eingegangen', 'wurde erfasst', 'liegt unserem Team vor', 'ist angekommen'],
    subj: {
      helpdesk: ['Ihre Anfrage {ref}: {topic}', '{company} – wir kümmern uns ({ref})'],
      verification: ['{company}: E-Mail-Adresse bestätigen', 'Konto bei {company} aktivieren'],
      subscription: ['{company}-Newsletter: bitte bestätigen', 'Anmeldung bestätigen – {company}'],
      reset: ['{company}: Passwort zurücksetzen', 'Dein Code für {company}: {code}'],
    },
    core: {
      helpdesk: ['Ihre {req} ({ref}) {recv}.', 'Deine {req} zu „{topic}“ {recv} – Nummer {ref}.'],
      verification: [
        'Bitte bestätige deine Adresse: {link}',
        'Aktivieren Sie Ihr Konto hier: {link}',
      ],
      subscription: [
        'Bitte bestätigen Sie Ihre Anmeldung: {link}',
        'Ein Klick, und du bist dabei: {link}',
      ],
      reset: [
        'Neues Passwort vergeben: {link} (60 Minuten gültig).',
        'Dein Einmalcode lautet {code}.',
      ],
    },
  },
  fr: {
    greet: ['Bonjour {name},', 'Salut {name},', 'Chère cliente, cher client {name},'],
    close: [
      'À bientôt, l’équipe {company}',
      'Cordialement, {company}',
      'Le service client {company}',
    ],
    req: ['demande', 'requête', 'réclamation', 'question'],
    recv: ['a bien été reçue', 'est enregistrée', 'est entre nos mains', 'nous est parvenue'],
    subj: {
      helpdesk: ['Demande {ref} : {topic}', '{company} – nous avons votre message ({ref})'],
      verification: ['{company} : vérifiez votre e-mail', 'Activez votre compte {company}'],
      subscription: [
        '{company} : confirmez votre abonnement',
        'Newsletter {company} – confirmation',
      ],
      reset: ['{company} : nouveau mot de passe', 'Code {company} : {code}'],
    },
    core: {
      helpdesk: [
        'Votre {req} ({ref}) {recv}.',
        'Votre {req} « {topic} » {recv}, sous le numéro {ref}.',
      ],
      verification: [
        'Confirmez votre adresse ici : {link}',
        'Activez votre compte en un clic : {link}',
      ],
      subscription: ['Confirmez votre inscription : {link}', 'Validez votre abonnement : {link}'],
      reset: ['Choisissez un nouveau mot de passe : {link}', 'Votre code à usage unique : {code}.'],
    },
  },
  es: {
    greet: ['Hola {name}:', '¡Hola, {name}!', 'Estimado/a {name}:'],
    close: [
      'Un saludo, el equipo de {company}',
      'Atentamente, {company}',
      'Atención al cliente {company}',
    ],
    req: ['solicitud', 'consulta', 'petición', 'incidencia', 'reclamación'],
    recv: [
      'ha sido recibida',
      'ya está registrada',
      'nos ha llegado',
      'ha quedado registrada',
      'está en curso',
    ],
    subj: {
      helpdesk: ['Solicitud {ref}: {topic}', '{company} – tu consulta {ref}'],
      verification: ['{company}: verifica tu correo', 'Activa tu cuenta en {company}'],
      subscription: ['{company}: confirma tu suscripción', 'Boletín {company} – confirmación'],
      reset: ['{company}: restablecer contraseña', 'Tu código de {company}: {code}'],
    },
    core: {
      helpdesk: [
        'Tu {req} ({ref}) {recv}.',
        'Su {req} sobre «{topic}» {recv} con el número {ref}.',
      ],
      verification: [
        'Confirma tu dirección aquí: {link}',
        'Active su cuenta en este enlace: {link}',
      ],
      subscription: ['Confirma tu alta: {link}', 'Valide su suscripción: {link}'],
      reset: ['Crea una nueva contraseña: {link}', 'Tu código de un solo uso es {code}.'],
    },
  },
  pt: {
    greet: ['Olá {name},', 'Oi {name}!', 'Caro(a) {name},'],
    close: [
      'Abraço, equipe {company}',
      'Com os melhores cumprimentos, {company}',
      'Apoio ao Cliente {company}',
    ],
    req: [
      'pedido',
      'chamado',
      'contacto',
      'contato',
      'pedido de suporte',
      'protocolo de atendimento',
    ],
    recv: [
      'foi recebido',
      'chegou até nós',
      'já está registado',
      'já está com a nossa equipa',
      'foi aberto com sucesso',
      'já foi registrado',
    ],
    subj: {
      helpdesk: ['Pedido {ref}: {topic}', '{company} – protocolo {ref}'],
      verification: ['{company}: confirme o seu e-mail', 'Ative sua conta {company}'],
      subscription: ['{company}: confirme a subscrição', 'Confirme sua inscrição – {company}'],
      reset: ['{company}: redefinição de senha', 'O seu código {company}: {code}'],
    },
    core: {
      helpdesk: [
        'O seu {req} ({ref}) {recv}.',
        'Seu {req} sobre "{topic}" {recv} com o número {ref}.',
      ],
      verification: ['Confirme o seu endereço aqui: {link}', 'Ative sua conta neste link: {link}'],
      subscription: [
        'Confirme a subscrição: {link}',
        'Confirme seu cadastro na newsletter: {link}',
      ],
      reset: ['Crie uma nova palavra-passe: {link}', 'Seu código de uso único é {code}.'],
    },
  },
  it: {
    greet: ['Ciao {name},', 'Gentile {name},', 'Buongiorno {name},'],
    close: [
      'A presto, il team {company}',
      'Cordiali saluti, {company}',
      'Assistenza Clienti {company}',
    ],
    req: ['richiesta', 'segnalazione', 'pratica', 'domanda', 'richiesta di assistenza'],
    recv: [
      'è stata ricevuta',
      'è stata presa in carico',
      'è arrivata al nostro team',
      'è registrata',
      'è in lavorazione',
    ],
    subj: {
      helpdesk: ['Richiesta {ref}: {topic}', '{company} – pratica {ref}'],
      verification: ['{company}: verifica la tua email', 'Attiva il tuo account {company}'],
      subscription: ['{company}: conferma l’iscrizione', 'Newsletter {company} – conferma'],
      reset: ['{company}: reimposta la password', 'Il tuo codice {company}: {code}'],
    },
    core: {
      helpdesk: [
        'La tua {req} ({ref}) {recv}.',
        'La sua {req} su "{topic}" {recv} con il numero {ref}.',
      ],
      verification: ['Conferma il tuo indirizzo: {link}', 'Attivi il suo account qui: {link}'],
      subscription: ['Conferma l’iscrizione: {link}', 'Convalidi l’iscrizione: {link}'],
      reset: ['Scegli una nuova password: {link}', 'Il tuo codice monouso è {code}.'],
    },
  },
  nl: {
    greet: ['Hoi {name},', 'Beste {name},', 'Hallo {name},'],
    close: [
      'Groetjes, team {company}',
      'Met vriendelijke groet, {company}',
      'Klantenservice {company}',
    ],
    req: ['vraag', 'verzoek', 'melding', 'aanvraag', 'klacht'],
    recv: [
      'is ontvangen',
      'is bij ons binnen',
      'staat geregistreerd',
      'is in behandeling',
      'is goed aangekomen',
    ],
    subj: {
      helpdesk: ['Verzoek {ref}: {topic}', '{company} – je melding {ref}'],
      verification: ['{company}: bevestig je e-mail', 'Activeer je account bij {company}'],
      subscription: ['{company}: bevestig je inschrijving', 'Nieuwsbrief {company} – bevestigen'],
      reset: ['{company}: wachtwoord herstellen', 'Je code voor {company}: {code}'],
    },
    core: {
      helpdesk: ['Je {req} ({ref}) {recv}.', 'Uw {req} over "{topic}" {recv} onder nummer {ref}.'],
      verification: ['Bevestig je adres: {link}', 'Activeer uw account via: {link}'],
      subscription: ['Bevestig je aanmelding: {link}', 'Bevestig uw inschrijving: {link}'],
      reset: ['Kies een nieuw wachtwoord: {link}', 'Je eenmalige code is {code}.'],
    },
  },
}
