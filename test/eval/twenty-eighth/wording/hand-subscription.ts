// Hand-written newsletter opt-in confirmations, each a company's own wording.
import { w, type Wording } from './types.ts'

const s = w('subscription')

export const HAND_SUBSCRIPTION: readonly Wording[] = [
  s(
    'en',
    'en-GB',
    true,
    'Confirm your newsletter subscription',
    'Thank you for your interest in the {company} newsletter.\n\nPlease confirm that you wish to receive it:\n{link}\n\nNo confirmation, no emails — it’s that simple.',
  ),
  s(
    'en',
    'en-US',
    false,
    'Are you in? 👀',
    'Tap below to confirm and we’ll send you our weekly picks from {company}.\n{link}',
  ),
  s(
    'de',
    'de-DE',
    true,
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
    'Hallo,\n\nSie haben sich für den Newsletter von {company} angemeldet. Bitte bestätigen Sie die Anmeldung:\n{link}\n\nOhne Bestätigung erhalten Sie keine E-Mails.',
  ),
  s(
    'de',
    'de-CH',
    false,
    'Bestätige dein Abo',
    'Hoi! Nur noch ein Klick und du bekommst unseren Newsletter:\n{link}\n\nEs Grüessli, {company}',
  ),
  s(
    'fr',
    'fr-FR',
    true,
    'Confirmez votre inscription à la lettre d’information',
    'Bonjour,\n\nMerci pour votre inscription à la lettre de {company}. Confirmez-la en un clic :\n{link}',
  ),
  s(
    'fr',
    'fr-BE',
    false,
    'Tu confirmes ?',
    'Coucou ! Clique ici pour confirmer ton inscription à notre newsletter :\n{link}\n{company}',
  ),
  s(
    'es',
    'es-ES',
    true,
    'Confirme su alta en nuestro boletín',
    'Hola:\n\nHemos recibido su solicitud de alta en el boletín de {company}. Confírmela aquí:\n{link}',
  ),
  s(
    'es',
    'es-MX',
    false,
    'Confirma tu suscripción',
    '¡Ya casi! Confirma que quieres recibir las novedades de {company}:\n{link}',
  ),
  s(
    'pt',
    'pt-BR',
    false,
    'Confirme sua inscrição na newsletter',
    'Oi! Recebemos seu cadastro na newsletter da {company}. Confirme aqui:\n{link}',
  ),
  s(
    'pt',
    'pt-PT',
    true,
    'Confirme a sua subscrição da newsletter',
    'Olá,\n\nRecebemos o seu pedido de subscrição da newsletter {company}. Confirme-o aqui:\n{link}',
  ),
  s(
    'it',
    'it-IT',
    true,
    'Confermi l’iscrizione alla newsletter',
    'Gentile utente,\n\nper ricevere la newsletter di {company} confermi l’iscrizione:\n{link}',
  ),
  s(
    'it',
    'it-IT',
    false,
    'Ci sei quasi!',
    'Conferma l’iscrizione e ricevi subito lo sconto di benvenuto di {company}:\n{link}',
  ),
  s(
    'nl',
    'nl-NL',
    false,
    'Bevestig je inschrijving',
    'Hoi! Klik hieronder om je inschrijving voor de nieuwsbrief van {company} te bevestigen:\n{link}',
  ),
  s(
    'nl',
    'nl-BE',
    true,
    'Bevestiging van uw inschrijving',
    'Beste lezer,\n\nWij ontvingen uw inschrijving op de nieuwsbrief van {company}. Gelieve ze te bevestigen:\n{link}',
  ),
]
