// Hand-written newsletter double opt-in confirmations: several per language.
import type { Wording } from './types.ts'

type Row = readonly [Wording['lang'], string, string]

const ROWS: readonly Row[] = [
  [
    'en',
    'Confirm you want our emails',
    'Hi {name}, you asked to join the {company} list. Please confirm: {link}\nNot you? Do nothing and you won’t hear from us.',
  ],
  ['en', 'Almost subscribed!', 'Click to start getting the {company} weekly: {link}'],
  [
    'en',
    '{company}: please verify your subscription',
    'Thanks for signing up for updates. To make sure we have the right address, confirm your subscription within 7 days: {link}',
  ],
  [
    'de',
    'Bitte bestätigen Sie Ihre Newsletter-Anmeldung',
    'Guten Tag {name},\nvielen Dank für Ihr Interesse am {company} Newsletter. Bitte bestätigen Sie Ihre Anmeldung über diesen Link: {link}\nOhne Bestätigung erhalten Sie keine E-Mails.',
  ],
  ['de', 'Fast geschafft 💌', 'Ein Klick noch und du bekommst unseren Newsletter: {link}'],
  ['de', 'Anmeldung bestätigen', '{company} Newsletter – Anmeldung bestätigen: {link}'],
  [
    'fr',
    'Confirmez votre inscription à la newsletter',
    'Bonjour {name},\nMerci de votre intérêt pour {company}. Confirmez votre abonnement en cliquant ici : {link}',
  ],
  ['fr', 'Plus qu’un clic !', 'Valide ton abonnement à la lettre {company} : {link}'],
  [
    'fr',
    'Votre abonnement {company}',
    'Pour finaliser votre inscription, veuillez confirmer votre adresse : {link}',
  ],
  [
    'es',
    'Confirma tu suscripción',
    'Hola {name}, gracias por apuntarte al boletín de {company}. Confirma aquí: {link}',
  ],
  ['es', 'Un último paso', 'Para recibir nuestras novedades, confirme su alta en la lista: {link}'],
  ['es', '¿Te unes a {company}?', 'Pulsa el botón para confirmar tu suscripción: {link}'],
  [
    'pt',
    'Confirme a sua subscrição',
    'Olá {name}, obrigado pelo interesse na newsletter {company}. Confirme a subscrição aqui: {link}',
  ],
  [
    'pt',
    'Confirme sua inscrição na newsletter',
    'Oi {name}! Falta só confirmar seu e-mail para receber as novidades da {company}: {link}',
  ],
  ['pt', 'Quase lá!', 'Confirme a inscrição: {link}'],
  [
    'it',
    'Conferma la tua iscrizione',
    'Ciao {name}, grazie per esserti iscritto alla newsletter di {company}. Conferma qui: {link}',
  ],
  ['it', 'Un ultimo clic', 'Per ricevere le nostre offerte, confermi l’iscrizione: {link}'],
  ['it', 'Iscrizione {company}', 'Conferma il tuo indirizzo per completare l’iscrizione: {link}'],
  [
    'nl',
    'Bevestig je inschrijving',
    'Hoi {name}, leuk dat je je hebt aangemeld voor de nieuwsbrief van {company}. Bevestig hier: {link}',
  ],
  ['nl', 'Nog één klik', 'Bevestig uw aanmelding voor onze nieuwsbrief: {link}'],
  ['nl', 'Aanmelding {company}', 'Klik om je aanmelding te bevestigen: {link}'],
]

export const HAND_SUBSCRIPTION: readonly Wording[] = ROWS.map(([lang, subject, body]) => ({
  lang,
  subject,
  body,
}))
