// Look-alike texts (everyday mail the person wants), "subject|body" with {slots}: newsletters
// subscribed to long ago, social notifications, out-of-office replies, codes the person asked for.
import type { Lang } from '../../types.ts'

type T = Record<Lang, readonly string[]>

export const NEWSLETTER: T = {
  en: [
    'Last chance: 30% off ends tonight|Hi {first}, our autumn sale closes at midnight. Shop the picks: {link}\nUnsubscribe or manage preferences: {link}',
    'The {brand} Digest – week {n}|Five stories we loved this week, plus a recipe. Read online: {link}\nYou are receiving this because you signed up in 2021. Unsubscribe: {link}',
    '{brand}: new arrivals are in|Fresh stock just landed. Update your preferences or unsubscribe at any time: {link}',
  ],
  de: [
    'Nur noch heute: 25 % auf alles|Hallo {first}, unser Herbstsale endet um Mitternacht. Zu den Angeboten: {link}\nAbmelden: {link}',
    'Ihr {brand} Wochenrückblick Nr. {n}|Die wichtigsten Themen der Woche. Newsletter abbestellen oder Einstellungen ändern: {link}',
    'Neu bei {brand}: die Winterkollektion|Entdecke jetzt die neuen Stücke. Du erhältst diese E-Mail, weil du dich angemeldet hast. Abmelden: {link}',
  ],
  fr: [
    'Dernière chance : -30 % jusqu’à ce soir|Bonjour {first}, les soldes se terminent à minuit. J’en profite : {link}\nSe désinscrire : {link}',
    'La lettre {brand} n° {n}|Au sommaire cette semaine : trois reportages et un agenda. Gérer mes préférences : {link}',
    'Nouveautés {brand} 🍂|Les nouvelles collections sont arrivées. Vous recevez ce message car vous êtes abonné·e. Désabonnement : {link}',
  ],
  es: [
    'Última oportunidad: 30 % de descuento hasta hoy|Hola {first}, las rebajas terminan esta noche. Ver ofertas: {link}\nDarse de baja: {link}',
    'Boletín {brand} – número {n}|Las noticias de la semana, resumidas. Gestionar preferencias o cancelar la suscripción: {link}',
    'Ya llegó lo nuevo de {brand}|Descubre la nueva colección. Recibes este correo porque te suscribiste. Baja: {link}',
  ],
  pt: [
    'Última chance: 30% off só hoje|Oi {first}, a promoção acaba à meia-noite. Aproveite: {link}\nDescadastrar: {link}',
    'Newsletter {brand} n.º {n}|As notícias da semana num só e-mail. Gerir preferências ou anular subscrição: {link}',
    'Novidades {brand} chegaram|Confira a nova coleção. Você recebe este e-mail porque se inscreveu. Cancelar inscrição: {link}',
  ],
  it: [
    'Ultima occasione: -30% fino a stasera|Ciao {first}, i saldi finiscono a mezzanotte. Scopri le offerte: {link}\nDisiscriviti: {link}',
    'La newsletter di {brand} – n. {n}|Le notizie della settimana. Gestisci le preferenze o annulla l’iscrizione: {link}',
    'Nuovi arrivi da {brand}|Scopri la nuova collezione. Ricevi questa email perché sei iscritto. Cancellati: {link}',
  ],
  nl: [
    'Laatste kans: 30% korting tot vanavond|Hoi {first}, de uitverkoop stopt om middernacht. Bekijk de deals: {link}\nAfmelden: {link}',
    '{brand} nieuwsbrief #{n}|Het nieuws van de week in het kort. Voorkeuren beheren of afmelden: {link}',
    'Nieuw binnen bij {brand}|Ontdek de nieuwe collectie. Je ontvangt deze mail omdat je je hebt ingeschreven. Uitschrijven: {link}',
  ],
}

export const SOCIAL: T = {
  en: [
    '{sender} started following you|{sender} is now following you on {brand}. See their profile: {link}',
    'New message from {sender}|{sender}: "are you coming on Saturday?" Reply on {brand}: {link}',
    '{sender} mentioned you in a comment|"@{first} you have to see this" — view the thread on {brand}.',
  ],
  de: [
    '{sender} folgt dir jetzt|{sender} folgt dir auf {brand}. Profil ansehen: {link}',
    'Neue Nachricht von {sender}|{sender}: „Kommst du am Samstag?“ Antworten auf {brand}: {link}',
    'Einladung: Sommerfest der Nachbarschaft|{sender} hat dich zu einer Veranstaltung auf {brand} eingeladen. Zusagen: {link}',
  ],
  fr: [
    '{sender} vous suit désormais|{sender} s’est abonné à votre profil {brand}.',
    '{sender} a commenté votre photo|« Trop belle ! » — voir le commentaire sur {brand} : {link}',
    'Nouveau message de {sender}|{sender} : « tu viens samedi ? » Répondre sur {brand}.',
  ],
  es: [
    '{sender} ha empezado a seguirte|{sender} te sigue en {brand}. Ver perfil: {link}',
    '{sender} te mencionó en un comentario|"@{first} mira esto" — ver en {brand}.',
    'Invitación a un evento de {sender}|Te han invitado a "Cena de antiguos alumnos" en {brand}. Responder: {link}',
  ],
  pt: [
    '{sender} começou a seguir você|{sender} agora segue você no {brand}.',
    'Nova mensagem de {sender}|{sender}: "vens sábado?" Responder no {brand}: {link}',
    '{sender} comentou a sua publicação|"Que fotografia!" — ver no {brand}.',
  ],
  it: [
    '{sender} ha iniziato a seguirti|{sender} ora ti segue su {brand}.',
    'Nuovo messaggio da {sender}|{sender}: "vieni sabato?" Rispondi su {brand}: {link}',
    '{sender} ti ha invitato a un evento|"Cena di classe" — rispondi su {brand}: {link}',
  ],
  nl: [
    '{sender} volgt je nu|{sender} volgt je op {brand}. Bekijk profiel: {link}',
    '{sender} heeft je genoemd in een reactie|"@{first} moet je zien" — bekijk het op {brand}.',
    'Nieuw bericht van {sender}|{sender}: "kom je zaterdag?" Antwoord op {brand}: {link}',
  ],
}

/** {subject} is the subject of the person's own earlier mail. */
export const OUT_OF_OFFICE: T = {
  en: [
    'Automatic reply: {subject}|Thank you for your email. I am out of the office until {date} with limited access to email. For urgent matters please contact the front desk.',
    'Out of office: {subject}|I’m on leave and back on {date}. Your message will not be forwarded.',
    'Auto-Reply: {subject}|Thanks for your message — I’m travelling this week and will reply when I’m back.',
  ],
  de: [
    'Automatische Antwort: {subject}|Vielen Dank für Ihre Nachricht. Ich bin bis {date} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an das Sekretariat.',
    'Abwesenheitsnotiz: {subject}|Ich bin im Urlaub und ab {date} wieder erreichbar.',
    'AW: {subject} (abwesend)|Danke für deine Mail, ich bin bis {date} weg und antworte danach.',
  ],
  fr: [
    'Réponse automatique : {subject}|Merci pour votre message. Je suis absent·e jusqu’au {date}. En cas d’urgence, contactez l’accueil.',
    'Absent : {subject}|Je suis en congé et de retour le {date}. Votre message ne sera pas transféré.',
    'Réponse automatique : {subject}|Je suis en déplacement cette semaine et vous répondrai à mon retour.',
  ],
  es: [
    'Respuesta automática: {subject}|Gracias por su correo. Estoy fuera de la oficina hasta el {date}. Para urgencias, contacte con recepción.',
    'Fuera de la oficina: {subject}|Estoy de vacaciones; vuelvo el {date}.',
    'Respuesta automática: {subject}|Ando de viaje esta semana, te respondo a la vuelta.',
  ],
  pt: [
    'Resposta automática: {subject}|Obrigado pelo seu e-mail. Estou ausente até {date}. Para assuntos urgentes, contacte a receção.',
    'Ausência: {subject}|Estou de férias e volto no dia {date}.',
    'Resposta automática: {subject}|Estou viajando esta semana e respondo quando voltar.',
  ],
  it: [
    'Risposta automatica: {subject}|Grazie per il messaggio. Sono fuori ufficio fino al {date}. Per urgenze contatti la segreteria.',
    'Fuori sede: {subject}|Sono in ferie e rientro il {date}.',
    'Risposta automatica: {subject}|Questa settimana sono in viaggio, ti rispondo al rientro.',
  ],
  nl: [
    'Automatisch antwoord: {subject}|Bedankt voor uw bericht. Ik ben afwezig tot {date}. Voor dringende zaken kunt u de receptie bellen.',
    'Afwezig: {subject}|Ik ben met verlof en vanaf {date} weer bereikbaar.',
    'Automatisch antwoord: {subject}|Ik ben deze week op reis en reageer als ik terug ben.',
  ],
}

export const OWN_CODE: T = {
  en: [
    '{code} is your {brand} sign-in code|You asked to sign in from Firefox on Windows. Enter {code} within 10 minutes. If this wasn’t you, change your password.',
    'Your sign-in link|Tap to sign in to {brand} on this device: {link}\nRequested from Safari on iPhone. The link expires in 15 minutes.',
    'Reset your {brand} password|You asked to reset your password from Chrome on macOS. Choose a new one here (valid 1 hour): {link}',
  ],
  de: [
    'Dein {brand}-Code: {code}|Du hast eine Anmeldung über Firefox unter Windows angefordert. Gib {code} innerhalb von 10 Minuten ein.',
    'Ihr Anmeldelink für {brand}|Angefordert über Safari auf dem iPhone. Link (15 Minuten gültig): {link}',
    'Passwort zurücksetzen|Sie haben über Chrome auf macOS ein neues Passwort angefordert. Link (1 Stunde gültig): {link}',
  ],
  fr: [
    '{code} est votre code {brand}|Connexion demandée depuis Firefox sous Windows. Saisissez {code} dans les 10 minutes.',
    'Votre lien de connexion|Demandé depuis Safari sur iPhone. Ce lien expire dans 15 minutes : {link}',
    'Réinitialisation de mot de passe {brand}|Vous avez demandé un nouveau mot de passe depuis Chrome sur macOS. Lien valable 1 heure : {link}',
  ],
  es: [
    '{code} es tu código de {brand}|Has solicitado iniciar sesión desde Firefox en Windows. Introduce {code} en 10 minutos.',
    'Tu enlace de acceso|Solicitado desde Safari en iPhone. Caduca en 15 minutos: {link}',
    'Restablece tu contraseña de {brand}|Lo pediste desde Chrome en macOS. Enlace válido 1 hora: {link}',
  ],
  pt: [
    '{code} é o seu código {brand}|Pedido de início de sessão a partir do Firefox no Windows. Introduza {code} em 10 minutos.',
    'Seu link de acesso|Solicitado pelo Safari no iPhone. Expira em 15 minutos: {link}',
    'Redefinir senha {brand}|Você pediu uma nova senha pelo Chrome no macOS. Link válido por 1 hora: {link}',
  ],
  it: [
    '{code} è il tuo codice {brand}|Accesso richiesto da Firefox su Windows. Inserisci {code} entro 10 minuti.',
    'Il tuo link di accesso|Richiesto da Safari su iPhone. Scade tra 15 minuti: {link}',
    'Reimposta la password di {brand}|Hai chiesto una nuova password da Chrome su macOS. Link valido 1 ora: {link}',
  ],
  nl: [
    '{code} is je {brand}-code|Inloggen aangevraagd via Firefox op Windows. Voer {code} binnen 10 minuten in.',
    'Je inloglink|Aangevraagd via Safari op iPhone. Verloopt over 15 minuten: {link}',
    'Wachtwoord opnieuw instellen|Je vroeg via Chrome op macOS een nieuw wachtwoord aan. Link 1 uur geldig: {link}',
  ],
}
