// Hand-written company wordings (subscription and reset), "subject|body", written for this set.
import type { Lang } from '../types.ts'

export const HAND_SUBSCRIPTION: Record<Lang, readonly string[]> = {
  en: [
    'Did you mean to join the {company} list?|Hi {name}, we only write to people who say yes twice. Say yes here: {link}',
    '{company} letters: confirm please|Hello {name},\nThank you for signing up for our monthly letter. To protect your inbox we ask you to confirm: {link}\nNot you? This mail is the last you will hear from us.',
    '✉️ Confirm and get 10 % off|{name}, confirm your sign-up to {company} news and your welcome voucher is on its way: {link}',
  ],
  de: [
    'Wolltest du den {company}-Newsletter?|Hi {name}, wir schreiben nur, wer zweimal Ja sagt. Hier geht’s zum zweiten Ja: {link}',
    'Anmeldung zum {company}-Newsletter|Sehr geehrte/r {name},\nzum Schutz Ihres Postfachs bitten wir Sie, Ihre Anmeldung zu bestätigen: {link}\nWaren Sie das nicht? Dann hören Sie nichts mehr von uns.',
    '✉️ Bestätigen und 10 % sparen|{name}, bestätige deine Anmeldung bei {company} und dein Willkommensgutschein ist unterwegs: {link}',
  ],
  fr: [
    'Vous voulez vraiment la lettre {company} ?|Bonjour {name}, nous n’écrivons qu’à ceux qui disent oui deux fois. Dites-le ici : {link}',
    'Inscription à la lettre d’information {company}|Madame, Monsieur {name},\nPour protéger votre boîte, merci de confirmer votre inscription : {link}\nCe n’était pas vous ? Vous n’entendrez plus parler de nous.',
    '✉️ Confirmez et profitez de 10 %|{name}, confirmez votre inscription aux nouvelles de {company} et recevez votre bon de bienvenue : {link}',
  ],
  es: [
    '¿Quieres el boletín de {company}?|Hola {name}, solo escribimos a quien dice que sí dos veces. Dilo aquí: {link}',
    'Alta en las novedades de {company}|Estimado/a {name}:\nPara proteger su buzón le pedimos que confirme el alta: {link}\nSi no fue usted, no volverá a saber de nosotros.',
    '✉️ Confirma y llévate un 10 %|{name}, confirma tu alta en {company} y te enviamos el cupón de bienvenida: {link}',
  ],
  pt: [
    'Quer mesmo a newsletter da {company}?|Olá {name}, só escrevemos a quem diz sim duas vezes. Diga aqui: {link}',
    'Inscrição nas novidades {company}|Caro(a) {name},\npara proteger a sua caixa pedimos que confirme a inscrição: {link}\nSe não foi você, não voltará a ter notícias nossas.',
    '✉️ Confirme e ganhe 10 %|{name}, confirme a inscrição na {company} e o seu vale de boas-vindas segue já: {link}',
  ],
  it: [
    'Vuoi davvero la newsletter {company}?|Ciao {name}, scriviamo solo a chi dice sì due volte. Dillo qui: {link}',
    'Iscrizione alle novità {company}|Gentile {name},\nper proteggere la sua casella le chiediamo di confermare l’iscrizione: {link}\nSe non è stato lei, non sentirà più parlare di noi.',
    '✉️ Conferma e ottieni il 10 %|{name}, conferma l’iscrizione a {company} e ti inviamo il buono di benvenuto: {link}',
  ],
  nl: [
    'Wil je echt de nieuwsbrief van {company}?|Hoi {name}, we mailen alleen wie twee keer ja zegt. Zeg het hier: {link}',
    'Aanmelding nieuwsbrief {company}|Beste {name},\nOm je inbox te beschermen vragen we je de aanmelding te bevestigen: {link}\nWas jij het niet? Dan hoor je niets meer van ons.',
    '✉️ Bevestig en krijg 10 % korting|{name}, bevestig je aanmelding bij {company} en je welkomstbon komt eraan: {link}',
  ],
}

export const HAND_RESET: Record<Lang, readonly string[]> = {
  en: [
    'Forgot your {company} password?|No stress, {name}. Pick a new one here within the hour: {link}',
    'Password help for your {company} account|Dear {name},\nWe received a request to set a new password. Use this single-use link: {link}\nIf you did not ask, your current password keeps working.',
    '{code} is your {company} login code|Use {code} to sign in. Never share it. Requested by mistake? Ignore this.',
  ],
  de: [
    'Passwort vergessen bei {company}?|Kein Stress, {name}. Wähle hier innerhalb einer Stunde ein neues: {link}',
    'Neues Passwort für Ihr {company}-Konto|Sehr geehrte/r {name},\nwir haben eine Anfrage für ein neues Passwort erhalten. Nutzen Sie diesen einmaligen Link: {link}\nHaben Sie nichts angefordert, gilt Ihr altes Passwort weiter.',
    '{code} ist dein Anmeldecode für {company}|Melde dich mit {code} an. Gib ihn niemandem weiter.',
  ],
  fr: [
    'Mot de passe {company} oublié ?|Pas de souci, {name}. Choisissez-en un nouveau ici dans l’heure : {link}',
    'Aide mot de passe pour votre compte {company}|Bonjour {name},\nNous avons reçu une demande de nouveau mot de passe. Lien à usage unique : {link}\nSans demande de votre part, votre mot de passe actuel reste valable.',
    '{code} est votre code de connexion {company}|Utilisez {code} pour vous connecter. Ne le partagez jamais.',
  ],
  es: [
    '¿Olvidaste tu contraseña de {company}?|Tranquilo, {name}. Elige una nueva aquí en la próxima hora: {link}',
    'Ayuda con la contraseña de su cuenta {company}|Estimado/a {name}:\nHemos recibido una solicitud de nueva contraseña. Enlace de un solo uso: {link}\nSi no la pidió, su contraseña actual sigue valiendo.',
    '{code} es tu código de acceso a {company}|Usa {code} para entrar. No lo compartas con nadie.',
  ],
  pt: [
    'Esqueceu a palavra-passe da {company}?|Sem stress, {name}. Escolha uma nova aqui na próxima hora: {link}',
    'Ajuda com a palavra-passe da conta {company}|Caro(a) {name},\nRecebemos um pedido de nova palavra-passe. Ligação de uso único: {link}\nSe não pediu, a palavra-passe atual continua válida.',
    '{code} é o seu código de acesso {company}|Use {code} para entrar. Nunca o partilhe.',
  ],
  it: [
    'Password {company} dimenticata?|Nessun problema, {name}. Scegline una nuova qui entro un’ora: {link}',
    'Aiuto password per il tuo account {company}|Gentile {name},\nabbiamo ricevuto una richiesta di nuova password. Link monouso: {link}\nSe non l’hai chiesta, la password attuale resta valida.',
    '{code} è il tuo codice di accesso {company}|Usa {code} per entrare. Non condividerlo mai.',
  ],
  nl: [
    'Wachtwoord van {company} vergeten?|Geen stress, {name}. Kies hier binnen een uur een nieuw: {link}',
    'Hulp bij het wachtwoord van je {company}-account|Beste {name},\nWe kregen een verzoek voor een nieuw wachtwoord. Eenmalige link: {link}\nNiet aangevraagd? Dan blijft je huidige wachtwoord gewoon werken.',
    '{code} is je inlogcode voor {company}|Gebruik {code} om in te loggen. Deel hem met niemand.',
  ],
}
