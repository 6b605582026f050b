// Hand-written company wordings, subscription and reset families, with regional variants.
import type { Lang } from '../types.ts'
import type { Hand } from './hand-a.ts'

export const SUBSCRIPTION: Record<Lang, readonly Hand[]> = {
  en: [
    [
      'en-US',
      'Confirm you want the {company} newsletter',
      'Hi {name},\n\nSomeone (hopefully you) asked for the {company} newsletter at this address. Confirm here:\n{link}\n\nNo click, no emails.',
    ],
    [
      'en-GB',
      'Please confirm your sign-up',
      'Hello {name},\n\nThanks for signing up to news and offers from {company}. Please confirm your subscription:\n{link}\n\nYou can unsubscribe at any time.',
    ],
    [
      'en-US',
      'Almost there – confirm your subscription',
      '{name}, just one click to start getting our weekly letter from {company}: {link}',
    ],
  ],
  de: [
    [
      'de-DE',
      'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
      'Hallo {name},\n\nvielen Dank für Ihr Interesse am {company}-Newsletter. Bitte bestätigen Sie Ihre Anmeldung (Double-Opt-in):\n{link}\n\nOhne Bestätigung erhalten Sie keine E-Mails.',
    ],
    [
      'de-AT',
      'Newsletter: nur noch ein Klick',
      'Liebe/r {name},\n\nschön, dass Sie dabei sind! Bestätigen Sie bitte hier Ihre Anmeldung zum Newsletter von {company}:\n{link}',
    ],
    [
      'de-CH',
      'Anmeldung zum Newsletter bestätigen',
      'Grüezi {name}\n\nBitte bestätigen Sie, dass Sie den Newsletter von {company} erhalten möchten:\n{link}\n\nFreundliche Grüsse',
    ],
  ],
  fr: [
    [
      'fr-FR',
      'Confirmez votre inscription à la newsletter',
      'Bonjour {name},\n\nMerci de votre intérêt pour la lettre d’information de {company}. Confirmez votre inscription :\n{link}',
    ],
    [
      'fr-CA',
      'Confirmez votre abonnement à nos courriels',
      'Bonjour {name},\n\nPour recevoir les courriels de {company}, confirmez votre abonnement ici :\n{link}\n\nSans confirmation, aucun envoi.',
    ],
    [
      'fr-BE',
      'Encore une étape pour votre abonnement',
      'Bonjour {name},\n\nCliquez sur ce lien pour valider votre abonnement à la newsletter {company} :\n{link}',
    ],
  ],
  es: [
    [
      'es-ES',
      'Confirma tu suscripción al boletín',
      'Hola {name}:\n\nGracias por suscribirte al boletín de {company}. Confirma tu suscripción aquí:\n{link}',
    ],
    [
      'es-MX',
      'Confirma tu suscripción',
      '¡Hola {name}! Para empezar a recibir novedades de {company}, confirma tu correo: {link}',
    ],
    [
      'es-ES',
      'Un último paso para recibir nuestras novedades',
      'Hola {name}:\n\nPara darte de alta en la newsletter de {company} solo falta que pulses este enlace:\n{link}\n\nSi no fuiste tú, ignora este correo.',
    ],
  ],
  pt: [
    [
      'pt-BR',
      'Confirme sua inscrição na newsletter',
      'Olá {name}!\n\nObrigado por se inscrever na newsletter da {company}. Confirme sua inscrição:\n{link}',
    ],
    [
      'pt-PT',
      'Confirme a sua subscrição',
      'Olá {name},\n\nPara começar a receber a newsletter da {company}, confirme a sua subscrição:\n{link}',
    ],
    [
      'pt-BR',
      'Falta só um clique',
      'Oi {name}, clique aqui para confirmar que quer receber as novidades da {company}: {link}',
    ],
  ],
  it: [
    [
      'it-IT',
      'Conferma la tua iscrizione alla newsletter',
      'Ciao {name},\n\ngrazie per esserti iscritto alla newsletter di {company}. Conferma l’iscrizione:\n{link}',
    ],
    [
      'it-IT',
      'Ultimo passo: conferma l’iscrizione',
      'Gentile {name},\n\nper ricevere le nostre comunicazioni confermi il suo indirizzo:\n{link}\n\n{company}',
    ],
    [
      'it-IT',
      'Vuoi davvero ricevere le novità di {company}?',
      'Ciao {name}, basta un clic per confermare: {link}. Se non sei stato tu, ignora questa email.',
    ],
  ],
  nl: [
    [
      'nl-NL',
      'Bevestig je inschrijving voor de nieuwsbrief',
      'Hoi {name},\n\nLeuk dat je de nieuwsbrief van {company} wilt ontvangen! Bevestig je inschrijving:\n{link}',
    ],
    [
      'nl-BE',
      'Bevestig uw inschrijving',
      'Beste {name},\n\nGelieve uw inschrijving op de nieuwsbrief van {company} te bevestigen via deze link:\n{link}',
    ],
    [
      'nl-NL',
      'Nog één klik',
      'Hallo {name}, klik hier om je aanmelding bij {company} af te ronden: {link}',
    ],
  ],
}

export const RESET: Record<Lang, readonly Hand[]> = {
  en: [
    [
      'en-US',
      'Reset your {company} password',
      'Hi {name},\n\nWe received a request to reset the password for your {company} account. Choose a new one here:\n{link}\n\nThis link expires in 1 hour. If you didn’t ask, you can ignore this email.',
    ],
    [
      'en-GB',
      'Your {company} sign-in code',
      'Hello {name},\n\nYour one-time sign-in code is {code}. It expires in 10 minutes. Never share it with anyone.',
    ],
    [
      'en-US',
      'Password change requested',
      'Hey {name}, someone asked to change your {company} password. If that was you: {link}',
    ],
  ],
  de: [
    [
      'de-DE',
      'Passwort zurücksetzen',
      'Hallo {name},\n\nwir haben eine Anfrage zum Zurücksetzen Ihres Passworts bei {company} erhalten. Neues Passwort festlegen:\n{link}\n\nDer Link ist eine Stunde gültig.',
    ],
    [
      'de-AT',
      'Ihr Anmeldecode: {code}',
      'Servus {name},\n\nIhr Einmalcode für {company} lautet {code}. Er verfällt in 10 Minuten.',
    ],
    [
      'de-CH',
      'Neues Passwort für {company}',
      'Grüezi {name}\n\nSie haben ein neues Passwort angefordert. Über diesen Link können Sie es setzen:\n{link}\n\nFalls nicht Sie das waren, ignorieren Sie diese E-Mail.',
    ],
  ],
  fr: [
    [
      'fr-FR',
      'Réinitialisation de votre mot de passe',
      'Bonjour {name},\n\nVous avez demandé à réinitialiser votre mot de passe {company}. Choisissez-en un nouveau :\n{link}\n\nCe lien expire dans une heure.',
    ],
    [
      'fr-CA',
      'Votre code de connexion {company}',
      'Bonjour {name},\n\nVotre code de connexion est {code}. Il expire dans 10 minutes.',
    ],
    [
      'fr-BE',
      'Demande de nouveau mot de passe',
      'Bonjour {name},\n\nUne demande de changement de mot de passe a été faite pour votre compte {company} :\n{link}',
    ],
  ],
  es: [
    [
      'es-ES',
      'Restablece tu contraseña',
      'Hola {name}:\n\nHemos recibido una solicitud para restablecer la contraseña de tu cuenta de {company}:\n{link}\n\nEl enlace caduca en una hora.',
    ],
    [
      'es-MX',
      'Tu código de acceso es {code}',
      'Hola {name}, tu código para iniciar sesión en {company} es {code}. Vence en 10 minutos.',
    ],
    [
      'es-ES',
      'Cambio de contraseña solicitado',
      'Estimado/a {name}:\n\nSe ha pedido un cambio de contraseña para su cuenta de {company}. Puede hacerlo aquí:\n{link}',
    ],
  ],
  pt: [
    [
      'pt-BR',
      'Redefina sua senha',
      'Olá {name},\n\nRecebemos um pedido para redefinir a senha da sua conta {company}:\n{link}\n\nO link expira em 1 hora.',
    ],
    [
      'pt-PT',
      'Recuperação da palavra-passe',
      'Olá {name},\n\nFoi pedida a recuperação da palavra-passe da sua conta {company}. Defina uma nova aqui:\n{link}',
    ],
    [
      'pt-BR',
      'Seu código de acesso: {code}',
      'Oi {name}, seu código para entrar na {company} é {code}. Ele vale por 10 minutos.',
    ],
  ],
  it: [
    [
      'it-IT',
      'Reimposta la tua password',
      'Ciao {name},\n\nabbiamo ricevuto una richiesta di reimpostazione della password del tuo account {company}:\n{link}\n\nIl link scade tra un’ora.',
    ],
    [
      'it-IT',
      'Il tuo codice di accesso {company}',
      'Ciao {name}, il tuo codice monouso è {code}. Scade tra 10 minuti.',
    ],
    [
      'it-IT',
      'Richiesta di nuova password',
      'Gentile {name},\n\nè stata richiesta una nuova password per il suo account {company}:\n{link}',
    ],
  ],
  nl: [
    [
      'nl-NL',
      'Stel je wachtwoord opnieuw in',
      'Hoi {name},\n\nWe kregen een verzoek om het wachtwoord van je {company}-account te resetten:\n{link}\n\nDe link verloopt over een uur.',
    ],
    [
      'nl-BE',
      'Uw inlogcode voor {company}',
      'Beste {name},\n\nUw eenmalige inlogcode is {code}. Deze vervalt binnen 10 minuten.',
    ],
    [
      'nl-NL',
      'Wachtwoord vergeten?',
      'Hallo {name}, via deze link kies je een nieuw wachtwoord voor {company}: {link}',
    ],
  ],
}
