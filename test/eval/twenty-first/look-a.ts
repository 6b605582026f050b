// Look-alike texts (newsletters, social, out-of-office, requested codes), "subject|body", three
// or more per language, written for this set. Slots: {brand} {first} {who} {code} {link} {orig}
// {amount} {ref} {date} {time} {place}.
import type { Lang } from '../types.ts'

type Texts = Record<Lang, readonly string[]>

export const NEWSLETTER: Texts = {
  en: [
    'Last chance: 30 % off ends tonight|Hi {first}, the autumn sale at {brand} closes at midnight. Shop now: {link}\nManage preferences · Unsubscribe: {link}',
    '{brand} Weekly #{ref}: five reads for your Sunday|This week: a slow-cooker guide, a short essay on maps, and our picks.\nYou get this because you subscribed in 2023. Unsubscribe: {link}',
    'New in: the winter collection 🧣|Fresh arrivals at {brand}. Free returns for members.\nUpdate your email preferences or unsubscribe at {link}',
  ],
  de: [
    'Nur noch heute: 30 % auf alles|Hallo {first}, der Herbstsale bei {brand} endet um Mitternacht. Jetzt stöbern: {link}\nEinstellungen · Abmelden: {link}',
    '{brand} Wochenpost Nr. {ref}: fünf Lesetipps|Diese Woche: Schmortopf-Rezepte, ein Essay über Landkarten und unsere Empfehlungen.\nSie erhalten diese Mail, weil Sie sich 2023 angemeldet haben. Abmelden: {link}',
    'Neu eingetroffen: Winterkollektion 🧣|Frische Ware bei {brand}. Kostenlose Rücksendung für Mitglieder.\nNewsletter abbestellen: {link}',
  ],
  fr: [
    'Dernière chance : -30 % jusqu’à ce soir|Bonjour {first}, les soldes d’automne chez {brand} se terminent à minuit : {link}\nPréférences · Se désabonner : {link}',
    'La lettre {brand} n° {ref} : cinq lectures pour dimanche|Au menu : mijotés, un essai sur les cartes et nos coups de cœur.\nVous recevez ce message car vous êtes abonné depuis 2023. Désinscription : {link}',
    'Nouveautés : la collection d’hiver 🧣|Les arrivages chez {brand}. Retours gratuits pour les membres.\nGérer mes préférences : {link}',
  ],
  es: [
    'Última oportunidad: 30 % hasta esta noche|Hola {first}, las rebajas de otoño de {brand} terminan a medianoche: {link}\nPreferencias · Darse de baja: {link}',
    'Boletín {brand} n.º {ref}: cinco lecturas para el domingo|Esta semana: guisos lentos, un ensayo sobre mapas y nuestras recomendaciones.\nLo recibes porque te suscribiste en 2023. Baja: {link}',
    'Novedades: colección de invierno 🧣|Lo último en {brand}. Devoluciones gratis para socios.\nGestionar suscripción: {link}',
  ],
  pt: [
    'Última oportunidade: 30 % até hoje à noite|Olá {first}, os saldos de outono da {brand} acabam à meia-noite: {link}\nPreferências · Cancelar subscrição: {link}',
    'Newsletter {brand} n.º {ref}: cinco leituras para domingo|Esta semana: estufados, um ensaio sobre mapas e as nossas escolhas.\nRecebe isto porque subscreveu em 2023. Cancelar: {link}',
    'Novidades: coleção de inverno 🧣|Chegou tudo à {brand}. Devoluções grátis para membros.\nGerir preferências: {link}',
  ],
  it: [
    'Ultima occasione: -30 % fino a stasera|Ciao {first}, i saldi d’autunno di {brand} finiscono a mezzanotte: {link}\nPreferenze · Disiscriviti: {link}',
    'La newsletter {brand} n. {ref}: cinque letture per domenica|Questa settimana: stufati, un saggio sulle mappe e i nostri consigli.\nLa ricevi perché ti sei iscritto nel 2023. Disiscrizione: {link}',
    'Nuovi arrivi: collezione inverno 🧣|Le novità di {brand}. Resi gratuiti per i membri.\nGestisci le preferenze: {link}',
  ],
  nl: [
    'Laatste kans: 30 % korting tot vanavond|Hoi {first}, de herfstuitverkoop bij {brand} stopt om middernacht: {link}\nVoorkeuren · Afmelden: {link}',
    '{brand} Weekbrief #{ref}: vijf leestips voor zondag|Deze week: stoofgerechten, een essay over kaarten en onze favorieten.\nJe krijgt dit omdat je je in 2023 aanmeldde. Afmelden: {link}',
    'Nieuw binnen: de wintercollectie 🧣|Verse voorraad bij {brand}. Gratis retour voor leden.\nBeheer je voorkeuren: {link}',
  ],
}

export const SOCIAL: Texts = {
  en: [
    '{who} started following you|{who} now follows you on {brand}. See their profile: {link}',
    '{who} mentioned you in a comment|"@{first} you have to see this" – reply on {brand}: {link}',
    'You are invited: {who}’s birthday picnic|{who} invited you to an event on {brand}, Saturday at {time}. Going? {link}',
  ],
  de: [
    '{who} folgt dir jetzt|{who} folgt dir auf {brand}. Zum Profil: {link}',
    '{who} hat dich in einem Kommentar erwähnt|„@{first} schau mal hier“ – antworten auf {brand}: {link}',
    'Einladung: Grillabend bei {who}|{who} hat dich auf {brand} eingeladen, Samstag um {time}. Kommst du? {link}',
  ],
  fr: [
    '{who} vous suit désormais|{who} s’est abonné à vous sur {brand}. Voir le profil : {link}',
    '{who} vous a mentionné dans un commentaire|« @{first} regarde ça » – répondre sur {brand} : {link}',
    'Invitation : apéro chez {who}|{who} vous invite sur {brand}, samedi à {time}. Vous venez ? {link}',
  ],
  es: [
    '{who} ha empezado a seguirte|{who} te sigue en {brand}. Ver perfil: {link}',
    '{who} te mencionó en un comentario|«@{first} mira esto» – responde en {brand}: {link}',
    'Invitación: merienda en casa de {who}|{who} te invitó en {brand}, el sábado a las {time}. ¿Vas? {link}',
  ],
  pt: [
    '{who} começou a seguir-te|{who} segue-te na {brand}. Ver perfil: {link}',
    '{who} mencionou-te num comentário|"@{first} olha isto" – responder na {brand}: {link}',
    'Convite: jantar em casa de {who}|{who} convidou-te na {brand}, sábado às {time}. Vais? {link}',
  ],
  it: [
    '{who} ha iniziato a seguirti|{who} ti segue su {brand}. Vedi profilo: {link}',
    '{who} ti ha menzionato in un commento|"@{first} guarda qui" – rispondi su {brand}: {link}',
    'Invito: aperitivo da {who}|{who} ti ha invitato su {brand}, sabato alle {time}. Ci sei? {link}',
  ],
  nl: [
    '{who} volgt je nu|{who} volgt je op {brand}. Bekijk het profiel: {link}',
    '{who} noemde je in een reactie|"@{first} moet je zien" – reageer op {brand}: {link}',
    'Uitnodiging: borrel bij {who}|{who} nodigde je uit op {brand}, zaterdag om {time}. Kom je? {link}',
  ],
}

export const AWAY: Texts = {
  en: [
    'Automatic reply: {orig}|I am out of the office until {date} with limited access to email. For urgent matters call reception.',
    'Out of office: {orig}|Thanks for your mail. I am on parental leave and will read it when I am back on {date}.',
    'Auto-reply: {orig}|I am travelling this week and reply in the evenings. Best, {who}',
  ],
  de: [
    'Automatische Antwort: {orig}|Ich bin bis {date} nicht im Büro und lese meine E-Mails nur eingeschränkt. In dringenden Fällen bitte das Sekretariat anrufen.',
    'Abwesenheitsnotiz: {orig}|Danke für Ihre Nachricht. Ich bin in Elternzeit und melde mich nach meiner Rückkehr am {date}.',
    'Abwesend: {orig}|Ich bin diese Woche unterwegs und antworte abends. Gruß, {who}',
  ],
  fr: [
    'Réponse automatique : {orig}|Je suis absent(e) jusqu’au {date} et consulte peu mes e-mails. En cas d’urgence, appelez l’accueil.',
    'Absence du bureau : {orig}|Merci pour votre message. Je suis en congé et le lirai à mon retour le {date}.',
    'Absent : {orig}|Je suis en déplacement cette semaine et réponds le soir. Bien à vous, {who}',
  ],
  es: [
    'Respuesta automática: {orig}|Estoy fuera de la oficina hasta el {date} con acceso limitado al correo. Para urgencias, llame a recepción.',
    'Fuera de la oficina: {orig}|Gracias por tu correo. Estoy de vacaciones y lo leeré a mi vuelta el {date}.',
    'Ausente: {orig}|Esta semana estoy de viaje y contesto por las tardes. Saludos, {who}',
  ],
  pt: [
    'Resposta automática: {orig}|Estou fora do escritório até {date} com acesso limitado ao e-mail. Para urgências, ligue para a receção.',
    'Ausência: {orig}|Obrigado pela mensagem. Estou de férias e leio quando voltar a {date}.',
    'Fora: {orig}|Esta semana estou em viagem e respondo ao fim do dia. Abraço, {who}',
  ],
  it: [
    'Risposta automatica: {orig}|Sono fuori ufficio fino al {date} con accesso limitato alla posta. Per urgenze chiamate la reception.',
    'Fuori sede: {orig}|Grazie per il messaggio. Sono in ferie e lo leggerò al rientro il {date}.',
    'Assente: {orig}|Questa settimana sono in trasferta e rispondo la sera. Ciao, {who}',
  ],
  nl: [
    'Automatisch antwoord: {orig}|Ik ben tot {date} afwezig en lees beperkt mail. Bel bij spoed de receptie.',
    'Afwezig: {orig}|Dank voor je bericht. Ik ben met verlof en lees het na mijn terugkeer op {date}.',
    'Niet op kantoor: {orig}|Ik ben deze week op reis en antwoord ’s avonds. Groet, {who}',
  ],
}

export const CODES: Texts = {
  en: [
    'Your {brand} sign-in code|Hi {first}, use {code} to finish signing in. It expires in 10 minutes.',
    'Magic link for {brand}|Click to sign in on this device: {link}\nYou asked for this a moment ago.',
    'Reset your {brand} password|We got your request. Set a new password here: {link}',
  ],
  de: [
    'Dein Anmeldecode für {brand}|Hallo {first}, gib {code} ein, um die Anmeldung abzuschließen. Gültig 10 Minuten.',
    'Anmeldelink für {brand}|Klicke, um dich auf diesem Gerät anzumelden: {link}\nDu hast ihn gerade angefordert.',
    'Passwort für {brand} zurücksetzen|Wir haben deine Anfrage erhalten. Neues Passwort: {link}',
  ],
  fr: [
    'Votre code de connexion {brand}|Bonjour {first}, saisissez {code} pour terminer la connexion. Valable 10 minutes.',
    'Lien de connexion {brand}|Cliquez pour vous connecter sur cet appareil : {link}\nVous venez de le demander.',
    'Réinitialiser votre mot de passe {brand}|Nous avons reçu votre demande. Nouveau mot de passe : {link}',
  ],
  es: [
    'Tu código de acceso a {brand}|Hola {first}, introduce {code} para terminar de entrar. Caduca en 10 minutos.',
    'Enlace mágico de {brand}|Pulsa para entrar en este dispositivo: {link}\nLo acabas de pedir.',
    'Restablece tu contraseña de {brand}|Recibimos tu solicitud. Nueva contraseña: {link}',
  ],
  pt: [
    'O seu código de acesso {brand}|Olá {first}, introduza {code} para concluir a entrada. Expira em 10 minutos.',
    'Ligação de acesso {brand}|Clique para entrar neste dispositivo: {link}\nAcabou de a pedir.',
    'Redefinir palavra-passe {brand}|Recebemos o seu pedido. Nova palavra-passe: {link}',
  ],
  it: [
    'Il tuo codice di accesso {brand}|Ciao {first}, inserisci {code} per completare l’accesso. Scade tra 10 minuti.',
    'Link magico {brand}|Fai clic per accedere da questo dispositivo: {link}\nL’hai appena richiesto.',
    'Reimposta la password {brand}|Abbiamo ricevuto la tua richiesta. Nuova password: {link}',
  ],
  nl: [
    'Je inlogcode voor {brand}|Hoi {first}, vul {code} in om in te loggen. 10 minuten geldig.',
    'Inloglink voor {brand}|Klik om op dit apparaat in te loggen: {link}\nJe vroeg er net om.',
    'Wachtwoord van {brand} herstellen|We kregen je verzoek. Nieuw wachtwoord: {link}',
  ],
}
