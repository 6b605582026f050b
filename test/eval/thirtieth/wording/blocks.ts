// Building blocks of the composed in-house wordings, written for this set: greetings, a sentence
// and subjects per family, a next step, closings. es, pt, it, nl vary the words for "request"
// and "received" between sentences, as different companies do.
import type { Lang } from '../../types.ts'
import type { Family } from './types.ts'

export interface Blocks {
  greet: readonly string[]
  say: Record<Family, readonly string[]>
  subject: Record<Family, readonly string[]>
  close: readonly string[]
}

export const BLOCKS: Record<Lang, Blocks> = {
  en: {
    greet: ['Hi {name},', 'Dear {name},', 'Hello,'],
    say: {
      helpdesk: [
        'Your request "{topic}" reached us and was logged as {ref}.',
        'This confirms we received your enquiry ({ref}).',
      ],
      verification: [
        'Confirm your address to finish setting up {company}: {link}',
        'Your code is {code}.',
      ],
      subscription: [
        'Please confirm you want the {company} newsletter: {link}',
        'Confirm your email to get our updates: {link}',
      ],
      reset: ['Reset your password with this link: {link}', 'Your one-time code: {code}'],
    },
    subject: {
      helpdesk: ['Request {ref} received', '{company} support: {topic}'],
      verification: ['Confirm your {company} account', 'Verification code {code}'],
      subscription: ['Confirm your subscription', 'Please confirm'],
      reset: ['Password reset', 'Your code {code}'],
    },
    close: ['Thanks, {company}', '— The {company} team', ''],
  },
  de: {
    greet: ['Hallo {name},', 'Guten Tag {name},', 'Liebe/r {name},'],
    say: {
      helpdesk: [
        'Ihre Anfrage „{topic}“ ist eingegangen (Nr. {ref}).',
        'Wir haben dein Anliegen erhalten, Ticket {ref}.',
      ],
      verification: ['Bitte bestätigen Sie Ihre Registrierung: {link}', 'Dein Code: {code}'],
      subscription: [
        'Bitte bestätige deine Anmeldung zum Newsletter: {link}',
        'Newsletter-Anmeldung bestätigen: {link}',
      ],
      reset: ['Passwort neu setzen: {link}', 'Einmalcode: {code}'],
    },
    subject: {
      helpdesk: ['Anfrage {ref} erhalten', 'Ihr Anliegen: {topic}'],
      verification: ['Registrierung bestätigen', 'Code {code}'],
      subscription: ['Newsletter bestätigen', 'Bitte bestätigen'],
      reset: ['Passwort zurücksetzen', 'Code {code}'],
    },
    close: ['Viele Grüße, {company}', 'Ihr {company}-Team', ''],
  },
  fr: {
    greet: ['Bonjour {name},', 'Cher client,', 'Salut {name},'],
    say: {
      helpdesk: [
        'Votre demande « {topic} » a été enregistrée sous le n° {ref}.',
        'Nous avons bien reçu ton message ({ref}).',
      ],
      verification: ['Confirmez votre inscription : {link}', 'Votre code : {code}'],
      subscription: ['Confirmez votre abonnement : {link}', 'Valide ton inscription : {link}'],
      reset: ['Nouveau mot de passe : {link}', 'Code à usage unique : {code}'],
    },
    subject: {
      helpdesk: ['Demande {ref} reçue', 'Votre demande : {topic}'],
      verification: ['Confirmez votre compte', 'Code {code}'],
      subscription: ['Confirmez votre abonnement', 'Confirmation'],
      reset: ['Mot de passe', 'Code {code}'],
    },
    close: ['Cordialement, {company}', 'L’équipe {company}', ''],
  },
  es: {
    greet: ['Hola {name}:', 'Estimado/a {name}:', 'Buenas,'],
    say: {
      helpdesk: [
        'Hemos recibido tu petición «{topic}» (n.º {ref}).',
        'Su solicitud ha sido registrada con el número {ref}.',
        'Tu incidencia {ref} ya nos ha llegado.',
        'Le confirmamos la recepción de su consulta {ref}.',
      ],
      verification: ['Confirma tu alta: {link}', 'Tu código: {code}'],
      subscription: ['Confirma tu suscripción: {link}', 'Confirme su alta en el boletín: {link}'],
      reset: ['Cambia tu contraseña: {link}', 'Código: {code}'],
    },
    subject: {
      helpdesk: ['Petición {ref} recibida', 'Incidencia {ref}: {topic}', 'Solicitud registrada'],
      verification: ['Confirma tu cuenta', 'Código {code}'],
      subscription: ['Confirma tu suscripción', 'Confirmación'],
      reset: ['Contraseña', 'Código {code}'],
    },
    close: ['Saludos, {company}', 'El equipo de {company}', ''],
  },
  pt: {
    greet: ['Olá {name},', 'Oi {name}!', 'Caro(a) {name},'],
    say: {
      helpdesk: [
        'O seu pedido «{topic}» foi recebido (ref. {ref}).',
        'Recebemos sua solicitação, protocolo {ref}.',
        'A sua reclamação deu entrada com o n.º {ref}.',
        'Seu chamado {ref} chegou até nós.',
      ],
      verification: [
        'Confirme o seu registo: {link}',
        'Confirme seu cadastro: {link}',
        'Código: {code}',
      ],
      subscription: ['Confirme a subscrição: {link}', 'Confirme sua inscrição: {link}'],
      reset: ['Redefina a palavra-passe: {link}', 'Redefina sua senha: {link}', 'Código: {code}'],
    },
    subject: {
      helpdesk: ['Pedido {ref} recebido', 'Protocolo {ref}: {topic}', 'Chamado registrado'],
      verification: ['Confirme o seu e-mail', 'Código {code}'],
      subscription: ['Confirme a subscrição', 'Confirme sua inscrição'],
      reset: ['Palavra-passe', 'Nova senha'],
    },
    close: ['Cumprimentos, {company}', 'Abraços, equipe {company}', ''],
  },
  it: {
    greet: ['Ciao {name},', 'Gentile {name},', 'Buongiorno,'],
    say: {
      helpdesk: [
        'La tua richiesta «{topic}» è arrivata (n. {ref}).',
        'Abbiamo preso in carico la sua segnalazione {ref}.',
        'La pratica {ref} è stata aperta.',
        'Confermiamo la ricezione del ticket {ref}.',
      ],
      verification: ['Conferma la registrazione: {link}', 'Codice: {code}'],
      subscription: ['Conferma l’iscrizione: {link}', 'Attiva la newsletter: {link}'],
      reset: ['Nuova password: {link}', 'Codice: {code}'],
    },
    subject: {
      helpdesk: [
        'Richiesta {ref} ricevuta',
        'Pratica {ref}: {topic}',
        'Segnalazione presa in carico',
      ],
      verification: ['Conferma account', 'Codice {code}'],
      subscription: ['Conferma iscrizione', 'Conferma'],
      reset: ['Password', 'Codice {code}'],
    },
    close: ['Saluti, {company}', 'Il team {company}', ''],
  },
  nl: {
    greet: ['Hoi {name},', 'Beste {name},', 'Hallo,'],
    say: {
      helpdesk: [
        'Je aanvraag "{topic}" is ontvangen (nr. {ref}).',
        'Uw verzoek is bij ons binnengekomen onder kenmerk {ref}.',
        'We hebben je melding {ref} goed ontvangen.',
        'Uw vraag is geregistreerd: {ref}.',
      ],
      verification: ['Bevestig je registratie: {link}', 'Je code: {code}'],
      subscription: ['Bevestig je aanmelding: {link}', 'Bevestig uw inschrijving: {link}'],
      reset: ['Nieuw wachtwoord: {link}', 'Code: {code}'],
    },
    subject: {
      helpdesk: ['Aanvraag {ref} ontvangen', 'Melding {ref}: {topic}', 'Verzoek geregistreerd'],
      verification: ['Bevestig je account', 'Code {code}'],
      subscription: ['Bevestig aanmelding', 'Bevestiging'],
      reset: ['Wachtwoord', 'Code {code}'],
    },
    close: ['Groet, {company}', 'Team {company}', ''],
  },
}
