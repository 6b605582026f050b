// Look-alike texts (everyday mail the person wants), classes 1-4: newsletters subscribed to long
// ago, social and community notifications, automatic replies to the person's own mail, and codes
// the person asked for. "subject | body"; slots {brand} {name} {code} {link} {subject} {other}.
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const NEWSLETTER: Texts = {
  en: [
    'Last chance: 30% off ends tonight | Hi {name}, our autumn sale closes at midnight. Shop now: {link} / You’re receiving this because you subscribed to {brand}. Unsubscribe: {link}/unsub · Preferences: {link}/prefs',
    'The {brand} Weekly #212: five reads for your Sunday | Our picks this week, plus a reader letter. Read online: {link} / Manage your subscription or unsubscribe at any time.',
    '{name}, new arrivals just landed | Winter coats, wool socks and the return of a classic. See them: {link} / Don’t want these emails? Unsubscribe.',
  ],
  de: [
    'Nur noch heute: 25 % auf alles | Hallo {name}, unser Herbst-Sale endet um Mitternacht: {link} / Du erhältst diese E-Mail, weil du den {brand}-Newsletter abonniert hast. Abmelden: {link}/abmelden',
    '{brand} Wochenrückblick – KW 46 | Die wichtigsten Themen der Woche auf einen Blick: {link} / Newsletter-Einstellungen ändern oder abbestellen.',
    'Neu im Sortiment, {name} | Frische Herbstkollektion jetzt online. Zum Shop: {link} / Abmelden | Impressum',
  ],
  fr: [
    'Dernière chance : -30 % jusqu’à ce soir | Bonjour {name}, nos soldes d’automne se terminent à minuit : {link} / Vous recevez cet e-mail car vous êtes inscrit à la newsletter {brand}. Se désinscrire : {link}/desinscription',
    'La lettre {brand} n°87 | Au sommaire cette semaine : trois recettes, un portrait et nos coups de cœur. Lire en ligne : {link} / Gérer mes préférences',
    '{name}, les nouveautés sont arrivées | Découvrez la collection d’hiver : {link} / Pour ne plus recevoir nos e-mails, cliquez ici.',
  ],
  es: [
    'Última oportunidad: 30 % de descuento hasta medianoche | Hola {name}, las rebajas de otoño acaban hoy: {link} / Recibes este correo porque te suscribiste a {brand}. Darse de baja: {link}/baja',
    'Boletín {brand} – semana 46 | Lo más leído de la semana y una entrevista exclusiva: {link} / Gestiona tus preferencias o cancela la suscripción.',
    '{name}, ya tenemos novedades | Nueva colección de invierno disponible: {link} / ¿No quieres recibir más correos? Date de baja aquí.',
  ],
  pt: [
    'Última oportunidade: 30% de desconto até à meia-noite | Olá {name}, a campanha de outono termina hoje: {link} / Recebe este e-mail porque subscreveu a newsletter {brand}. Cancelar subscrição: {link}/cancelar',
    'Newsletter {brand} – novidades da semana | Oi {name}, separamos os destaques da semana pra você: {link} / Descadastrar | Preferências',
    'Chegou a nova coleção, {name} | Veja as peças de inverno: {link} / Para deixar de receber, clique aqui.',
  ],
  it: [
    'Ultima occasione: -30% fino a mezzanotte | Ciao {name}, i saldi d’autunno finiscono stasera: {link} / Ricevi questa email perché sei iscritto alla newsletter {brand}. Annulla iscrizione: {link}/disiscriviti',
    'La settimana di {brand} – n. 46 | Le notizie più lette e un’intervista esclusiva: {link} / Gestisci le preferenze.',
    '{name}, sono arrivate le novità | Scopri la nuova collezione invernale: {link} / Non vuoi più ricevere email? Cancellati qui.',
  ],
  nl: [
    'Laatste kans: 30% korting tot middernacht | Hoi {name}, de herfstuitverkoop stopt vanavond: {link} / Je ontvangt deze mail omdat je bent ingeschreven voor de nieuwsbrief van {brand}. Uitschrijven: {link}/uitschrijven',
    '{brand} weekoverzicht – week 46 | De meestgelezen verhalen van deze week: {link} / Voorkeuren aanpassen of afmelden.',
    'Nieuw binnen, {name} | Bekijk de wintercollectie: {link} / Geen mails meer? Meld je hier af.',
  ],
}

export const SOCIAL: Texts = {
  en: [
    '{other} started following you | {other} is now following you on {brand}. See their profile: {link}',
    '{other} mentioned you in a comment | "@{name} you have to see this" — reply on {brand}: {link}',
    'You’re invited: Saturday climbing meetup | {other} invited you to an event in the {brand} group "Indoor Bouldering". Going? {link}',
  ],
  de: [
    '{other} folgt dir jetzt | {other} folgt dir jetzt auf {brand}. Profil ansehen: {link}',
    'Neue Nachricht von {other} | {other} hat dir auf {brand} geschrieben: "Hast du Samstag Zeit?" Antworten: {link}',
    '{other} hat deinen Beitrag kommentiert | "Super Fotos!" – ansehen auf {brand}: {link}',
  ],
  fr: [
    '{other} vous suit désormais | {other} s’est abonné à votre profil {brand}. Voir : {link}',
    '{other} vous a mentionné | « @{name} tu viens dimanche ? » — répondre sur {brand} : {link}',
    'Invitation : apéro du club de lecture | {other} vous invite à un événement du groupe {brand}. Répondre : {link}',
  ],
  es: [
    '{other} ha empezado a seguirte | {other} te sigue en {brand}. Ver perfil: {link}',
    'Nuevo mensaje de {other} | {other} te ha escrito en {brand}: "¿Quedamos el jueves?" Responder: {link}',
    '{other} comentó tu publicación | "¡Qué buena foto!" — ver en {brand}: {link}',
  ],
  pt: [
    '{other} começou a seguir-te | {other} segue-te agora no {brand}. Ver perfil: {link}',
    'Nova mensagem de {other} | {other} te mandou uma mensagem no {brand}: "Bora no sábado?" Responder: {link}',
    '{other} mencionou você num comentário | "@{name} olha isso!" — veja no {brand}: {link}',
  ],
  it: [
    '{other} ha iniziato a seguirti | {other} ora ti segue su {brand}. Vedi profilo: {link}',
    'Nuovo messaggio da {other} | {other} ti ha scritto su {brand}: "Ci vediamo domenica?" Rispondi: {link}',
    'Sei invitato: cena del gruppo escursionisti | {other} ti ha invitato a un evento su {brand}. Partecipi? {link}',
  ],
  nl: [
    '{other} volgt je nu | {other} volgt je op {brand}. Bekijk profiel: {link}',
    '{other} heeft je genoemd in een reactie | "@{name} kijk eens!" — reageer op {brand}: {link}',
    'Uitnodiging: borrel van de hardloopclub | {other} nodigt je uit via {brand}. Ga je? {link}',
  ],
}

export const AUTOREPLY: Texts = {
  en: [
    'Automatic reply: {subject} | Thanks for your email. I’m out of the office until Monday with limited access to email. For urgent matters please contact {other}.',
    'Out of Office: {subject} | I am on annual leave and will reply when I’m back on the 24th. Kind regards, {sender}',
    'Auto: {subject} | Hi, I’m travelling this week. I’ll get back to you as soon as I can.',
  ],
  de: [
    'Abwesenheitsnotiz: {subject} | Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich Freitag nicht im Büro. In dringenden Fällen wenden Sie sich bitte an {other}.',
    'Automatische Antwort: {subject} | Ich bin im Urlaub und ab dem 24. wieder erreichbar. Ihre Mail wird nicht weitergeleitet.',
    'Re: {subject} (Abwesend) | Hallo, ich bin diese Woche auf Dienstreise und lese Mails nur unregelmäßig. Gruß, {sender}',
  ],
  fr: [
    'Réponse automatique : {subject} | Merci pour votre message. Je suis absente jusqu’au lundi 23 et n’ai pas accès à ma messagerie. Pour toute urgence, contactez {other}.',
    'Absence du bureau : {subject} | Je suis en congé et répondrai à mon retour. Bien à vous, {sender}',
    'Absent(e) : {subject} | Bonjour, je suis en déplacement cette semaine, je vous réponds dès que possible.',
  ],
  es: [
    'Respuesta automática: {subject} | Gracias por tu correo. Estoy fuera de la oficina hasta el lunes. Para temas urgentes, escribe a {other}.',
    'Fuera de la oficina: {subject} | Estoy de vacaciones y responderé a mi vuelta el día 24. Un saludo, {sender}',
    'Ausente: {subject} | Hola, esta semana estoy de viaje. Te contesto en cuanto pueda.',
  ],
  pt: [
    'Resposta automática: {subject} | Obrigada pela sua mensagem. Estou fora do escritório até segunda-feira. Para assuntos urgentes contacte {other}.',
    'Ausência: {subject} | Estou de férias e respondo quando voltar, no dia 24. Abraço, {sender}',
    'Fora do escritório: {subject} | Oi! Estou viajando esta semana e vou responder assim que possível.',
  ],
  it: [
    'Risposta automatica: {subject} | Grazie per il messaggio. Sono fuori ufficio fino a lunedì. Per urgenze scrivere a {other}.',
    'Fuori sede: {subject} | Sono in ferie e risponderò al mio rientro il 24. Saluti, {sender}',
    'Assente: {subject} | Ciao, questa settimana sono in trasferta. Ti rispondo appena posso.',
  ],
  nl: [
    'Automatisch antwoord: {subject} | Bedankt voor je bericht. Ik ben tot en met vrijdag afwezig. Voor dringende zaken kun je terecht bij {other}.',
    'Afwezig: {subject} | Ik ben op vakantie en reageer na de 24e. Groet, {sender}',
    'Buiten kantoor: {subject} | Hoi, ik zit deze week op reis en lees mijn mail beperkt.',
  ],
}

export const CODES: Texts = {
  en: [
    '{code} is your {brand} code | You (or someone) tried to sign in from Firefox on Windows. Enter {code} to continue. It expires in 10 minutes.',
    'Your sign-in link for {brand} | Click to sign in: {link} / Requested from Safari on iPhone a moment ago. The link expires in 15 minutes and can be used once.',
    'Reset your {brand} password | Hi {name}, you asked to reset your password from Chrome on macOS. Choose a new one: {link} (valid for 1 hour).',
  ],
  de: [
    '{code} ist dein {brand}-Code | Anmeldeversuch mit Firefox unter Windows. Gib {code} ein; der Code gilt 10 Minuten.',
    'Dein Anmeldelink für {brand} | Hier klicken, um dich anzumelden: {link} / Angefordert vor wenigen Sekunden in Chrome auf Android. Gültig 15 Minuten.',
    'Passwort zurücksetzen bei {brand} | Hallo {name}, du hast über Safari ein neues Passwort angefordert: {link} (1 Stunde gültig).',
  ],
  fr: [
    '{code} est votre code {brand} | Connexion demandée depuis Firefox sur Windows. Saisissez {code} ; il expire dans 10 minutes.',
    'Votre lien de connexion {brand} | Cliquez pour vous connecter : {link} / Demandé depuis Safari sur iPhone. Valable 15 minutes, une seule fois.',
    'Réinitialiser votre mot de passe {brand} | Bonjour {name}, vous avez demandé un nouveau mot de passe depuis Chrome : {link} (valable 1 heure).',
  ],
  es: [
    '{code} es tu código de {brand} | Inicio de sesión solicitado desde Firefox en Windows. Introduce {code}; caduca en 10 minutos.',
    'Tu enlace de acceso a {brand} | Pulsa para entrar: {link} / Solicitado desde Safari en iPhone. Válido 15 minutos.',
    'Restablecer contraseña de {brand} | Hola {name}, pediste cambiar la contraseña desde Chrome: {link} (válido 1 hora).',
  ],
  pt: [
    '{code} é o seu código {brand} | Início de sessão pedido no Firefox em Windows. Introduza {code}; expira em 10 minutos.',
    'Seu link de acesso ao {brand} | Clique para entrar: {link} / Pedido pelo Safari no iPhone. Válido por 15 minutos.',
    'Redefinir senha do {brand} | Oi {name}, você pediu uma nova senha pelo Chrome: {link} (válido por 1 hora).',
  ],
  it: [
    '{code} è il tuo codice {brand} | Accesso richiesto da Firefox su Windows. Inserisci {code}; scade tra 10 minuti.',
    'Il tuo link di accesso a {brand} | Clicca per entrare: {link} / Richiesto da Safari su iPhone. Valido 15 minuti.',
    'Reimposta la password di {brand} | Ciao {name}, hai chiesto una nuova password da Chrome: {link} (valido 1 ora).',
  ],
  nl: [
    '{code} is je {brand}-code | Inlogpoging vanaf Firefox op Windows. Vul {code} in; de code verloopt na 10 minuten.',
    'Je inloglink voor {brand} | Klik om in te loggen: {link} / Aangevraagd via Safari op iPhone. 15 minuten geldig.',
    'Wachtwoord opnieuw instellen bij {brand} | Hoi {name}, je vroeg vanuit Chrome een nieuw wachtwoord aan: {link} (1 uur geldig).',
  ],
}
