// More hand-written ticket acknowledgements and verifications: two per language each, varying
// length (a legal footer, a single line), subjects that are only the company name or a number.
import type { Wording } from './types.ts'

type Row = readonly [Wording['lang'], string, string]

const HELPDESK: readonly Row[] = [
  [
    'en',
    '{company}',
    'Hello {name}, this is an automatic confirmation that your enquiry has been logged (reference {ref}). Please do not open a new request for the same issue.\n{company} Ltd, registered in England and Wales. This mailbox is not monitored.',
  ],
  [
    'en',
    '#{ref}',
    '👋 Thanks {name}! Our support crew has your note "{topic}". We will get back to you soon.',
  ],
  [
    'de',
    '{company} Kundenservice',
    'Sehr geehrte Damen und Herren, wir bestätigen den Eingang Ihrer Nachricht vom heutigen Tage. Ihr Aktenzeichen: {ref}.\n{company} GmbH · Amtsgericht · Geschäftsführung: siehe Impressum',
  ],
  [
    'de',
    'Re: {topic}',
    'Moin {name}! Deine Nachricht ist da, wir antworten so schnell es geht. Ticket {ref}',
  ],
  [
    'fr',
    '{company}',
    'Madame, Monsieur, votre réclamation a été enregistrée sous la référence {ref}. Nous vous apporterons une réponse dans les meilleurs délais.\n{company} SAS – ne pas répondre à ce message',
  ],
  [
    'fr',
    'Re : {topic}',
    'Coucou {name} 🙂 on a bien ton message, réponse très vite ! Ticket {ref}',
  ],
  [
    'es',
    '{company}',
    'Estimado/a cliente: su reclamación ha quedado registrada con el número de expediente {ref}. Le responderemos en el plazo legal establecido.\n{company} S.L. – Este mensaje se ha generado automáticamente.',
  ],
  [
    'es',
    'Re: {topic}',
    '¡Hola {name}! Ya tenemos tu mensaje, en breve te decimos algo 😊 Ref. {ref}',
  ],
  [
    'pt',
    '{company}',
    'Exmo(a). Sr(a). {name}, confirmamos a receção da sua reclamação, registada com o n.º {ref}. Responderemos no prazo legal.\n{company}, Lda. – mensagem automática',
  ],
  [
    'pt',
    'Re: {topic}',
    'E aí, {name}! Sua mensagem chegou certinho, logo respondemos 😉 Protocolo {ref}',
  ],
  [
    'it',
    '{company}',
    'Gentile cliente, la sua istanza è stata protocollata con il numero {ref}. Riceverà riscontro entro i termini previsti.\n{company} S.r.l. – messaggio generato automaticamente',
  ],
  [
    'it',
    'Re: {topic}',
    'Ciao {name}! Abbiamo il tuo messaggio, ti rispondiamo prestissimo 😊 Ticket {ref}',
  ],
  [
    'nl',
    '{company}',
    'Geachte heer/mevrouw, uw klacht is geregistreerd onder dossiernummer {ref}. U ontvangt binnen de wettelijke termijn een reactie.\n{company} B.V. – dit is een automatisch bericht',
  ],
  [
    'nl',
    'Re: {topic}',
    'Hey {name}! Je berichtje is binnen, we laten snel iets horen 😊 Ticket {ref}',
  ],
]

const VERIFICATION: readonly Row[] = [
  ['en', '{code}', 'Your {company} verification code. Valid for 10 minutes.'],
  [
    'en',
    'Welcome aboard, {name} 🚀',
    'Your {company} account is ready once you verify {email}.\nVerify email → {link}\nQuestions? Just reply.',
  ],
  ['de', '{code} – Ihr Code', 'Ihr Bestätigungscode für {company}. Gültig für 10 Minuten.'],
  [
    'de',
    'Willkommen an Bord, {name}',
    'Dein {company}-Konto ist startklar, sobald du {email} bestätigst: {link}',
  ],
  ['fr', '{code}', 'Votre code de vérification {company}, valable 10 minutes.'],
  [
    'fr',
    'Bienvenue à bord, {name}',
    'Votre compte {company} sera prêt dès que vous aurez vérifié {email} : {link}',
  ],
  ['es', '{code}', 'Tu código de verificación de {company}. Válido 10 minutos.'],
  [
    'es',
    'Bienvenido/a, {name}',
    'Tu cuenta de {company} estará lista cuando verifiques {email}: {link}',
  ],
  ['pt', '{code}', 'O seu código de verificação {company}. Válido por 10 minutos.'],
  [
    'pt',
    'Boas-vindas, {name}',
    'Sua conta {company} fica pronta assim que você verificar {email}: {link}',
  ],
  ['it', '{code}', 'Il tuo codice di verifica {company}. Valido 10 minuti.'],
  [
    'it',
    'Benvenuto a bordo, {name}',
    'Il tuo account {company} sarà pronto appena verifichi {email}: {link}',
  ],
  ['nl', '{code}', 'Je verificatiecode voor {company}. 10 minuten geldig.'],
  [
    'nl',
    'Welkom aan boord, {name}',
    'Je {company}-account is klaar zodra je {email} bevestigt: {link}',
  ],
]

const toWording = ([lang, subject, body]: Row): Wording => ({ lang, subject, body })
export const EXTRA_HELPDESK: readonly Wording[] = HELPDESK.map(toWording)
export const EXTRA_VERIFICATION: readonly Wording[] = VERIFICATION.map(toWording)
