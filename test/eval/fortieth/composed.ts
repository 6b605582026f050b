// Composed first mails: a greeting, a title per family, an action line and a closing, written
// for this set per language and put together by a variant number, so many companies get
// wordings of their own without a hand-written text each. Slots as in hand-a.ts.
import type { Lang } from '../types.ts'
import type { Family, Wording } from './types.ts'

interface Blocks {
  greet: readonly [string, string]
  title: Record<Family, string>
  action: Record<Family, string>
  close: readonly [string, string]
}

const BLOCKS: Record<Lang, Blocks> = {
  en: {
    greet: ['Hi {name},', 'Dear customer,'],
    title: {
      helpdesk: 'We got your message',
      verification: 'Confirm your email address',
      subscription: 'Confirm your newsletter sign-up',
      reset: 'Password reset requested',
    },
    action: {
      helpdesk: 'Reference {ref}. Our team will reply soon. Your message: {message}',
      verification: 'Click to verify and finish creating your account: {link}',
      subscription: 'Please confirm you want our emails: {link}',
      reset: 'Set a new password with this link (valid 1 hour): {link}',
    },
    close: ['Cheers, the {company} team', 'Best regards,\n{company}'],
  },
  de: {
    greet: ['Hallo {name},', 'Sehr geehrte Kundin, sehr geehrter Kunde,'],
    title: {
      helpdesk: 'Wir haben Ihre Nachricht erhalten',
      verification: 'E-Mail-Adresse bestätigen',
      subscription: 'Newsletter-Anmeldung bestätigen',
      reset: 'Anfrage zum Zurücksetzen des Passworts',
    },
    action: {
      helpdesk: 'Vorgangsnummer {ref}. Wir melden uns bald. Ihre Nachricht: {message}',
      verification: 'Bitte bestätigen Sie Ihre Adresse, um die Registrierung abzuschließen: {link}',
      subscription: 'Bitte bestätigen Sie, dass Sie unsere E-Mails erhalten möchten: {link}',
      reset: 'Legen Sie über diesen Link ein neues Passwort fest (1 Stunde gültig): {link}',
    },
    close: ['Viele Grüße, Ihr {company}-Team', 'Freundliche Grüße\n{company}'],
  },
  fr: {
    greet: ['Bonjour {name},', 'Chère cliente, cher client,'],
    title: {
      helpdesk: 'Nous avons reçu votre message',
      verification: 'Validez votre adresse e-mail',
      subscription: 'Confirmez votre abonnement',
      reset: 'Demande de nouveau mot de passe',
    },
    action: {
      helpdesk: 'Référence {ref}. Notre équipe vous répond bientôt. Votre message : {message}',
      verification: 'Cliquez pour valider votre adresse et terminer l’inscription : {link}',
      subscription: 'Merci de confirmer que vous souhaitez recevoir nos e-mails : {link}',
      reset: 'Définissez un nouveau mot de passe avec ce lien (valable 1 heure) : {link}',
    },
    close: ['À bientôt, l’équipe {company}', 'Bien cordialement,\n{company}'],
  },
  es: {
    greet: ['Hola {name}:', 'Estimado/a cliente:'],
    title: {
      helpdesk: 'Hemos recibido tu mensaje',
      verification: 'Confirma tu dirección de correo',
      subscription: 'Confirma tu alta en el boletín',
      reset: 'Solicitud de cambio de contraseña',
    },
    action: {
      helpdesk: 'Referencia {ref}. Te responderemos pronto. Tu mensaje: {message}',
      verification: 'Haz clic para verificar tu correo y terminar el registro: {link}',
      subscription: 'Confirma que quieres recibir nuestros correos: {link}',
      reset: 'Crea una contraseña nueva con este enlace (válido 1 hora): {link}',
    },
    close: ['Saludos, el equipo de {company}', 'Atentamente,\n{company}'],
  },
  pt: {
    greet: ['Olá {name},', 'Caro(a) cliente,'],
    title: {
      helpdesk: 'Recebemos a sua mensagem',
      verification: 'Confirme o seu e-mail',
      subscription: 'Confirme a sua inscrição',
      reset: 'Pedido de nova palavra-passe',
    },
    action: {
      helpdesk: 'Referência {ref}. Responderemos em breve. A sua mensagem: {message}',
      verification: 'Clique para confirmar o seu e-mail e concluir o registo: {link}',
      subscription: 'Confirme que quer receber os nossos e-mails: {link}',
      reset: 'Defina uma nova palavra-passe com este link (válido 1 hora): {link}',
    },
    close: ['Até breve, equipa {company}', 'Com os melhores cumprimentos,\n{company}'],
  },
  it: {
    greet: ['Ciao {name},', 'Gentile cliente,'],
    title: {
      helpdesk: 'Abbiamo ricevuto il tuo messaggio',
      verification: 'Verifica il tuo indirizzo email',
      subscription: 'Conferma la tua iscrizione',
      reset: 'Richiesta di nuova password',
    },
    action: {
      helpdesk: 'Riferimento {ref}. Ti risponderemo presto. Il tuo messaggio: {message}',
      verification: 'Clicca per verificare l’indirizzo e completare la registrazione: {link}',
      subscription: 'Conferma di voler ricevere le nostre email: {link}',
      reset: 'Imposta una nuova password con questo link (valido 1 ora): {link}',
    },
    close: ['A presto, il team {company}', 'Cordiali saluti,\n{company}'],
  },
  nl: {
    greet: ['Hoi {name},', 'Beste klant,'],
    title: {
      helpdesk: 'We hebben je bericht ontvangen',
      verification: 'Bevestig je e-mailadres',
      subscription: 'Bevestig je aanmelding',
      reset: 'Verzoek om nieuw wachtwoord',
    },
    action: {
      helpdesk: 'Referentie {ref}. We reageren snel. Jouw bericht: {message}',
      verification: 'Klik om je adres te bevestigen en je registratie af te ronden: {link}',
      subscription: 'Bevestig dat je onze e-mails wilt ontvangen: {link}',
      reset: 'Kies een nieuw wachtwoord via deze link (1 uur geldig): {link}',
    },
    close: ['Groetjes, team {company}', 'Met vriendelijke groet,\n{company}'],
  },
}

/** Subject patterns; a helpdesk notice mostly echoes the message after its title. */
function subjectOf(title: string, family: Family, variant: number): string {
  if (family === 'helpdesk' && variant % 3 !== 2) return `${title}: {message}`
  return [title, `{company}: ${title}`, `${title} | {company}`][variant % 3]!
}

export const COMPOSED_VARIANTS = 12

/** The variant's wording; variants differ in greeting, closing and subject pattern. */
export function composed(lang: Lang, family: Family, variant: number): Wording {
  const b = BLOCKS[lang]
  const title = b.title[family]
  // A reset form asks for the address only, so its mail cannot greet anyone by name.
  const greet = b.greet[family === 'reset' ? 1 : variant % 2]!
  const close = b.close[Math.floor(variant / 2) % 2]!
  const body = [greet, title + '.', b.action[family], close].join('\n')
  return { subject: subjectOf(title, family, Math.floor(variant / 4)), body }
}
