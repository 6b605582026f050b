// Everyday look-alike texts, written for this set: newsletters subscribed to long ago, social and
// community notifications, automatic replies to the person's mail, codes the person asked for.
// Each entry is [subject, body]. Slots: {brand} {first} {name} {amount} {code} {ref} {date}
// {time} {link} {place} {sent} {device}.
import type { Lang } from '../types.ts'

export type LookTexts = Record<Lang, readonly (readonly [string, string])[]>

export const NEWSLETTER: LookTexts = {
  en: [
    [
      'Last chance: 30% off winter coats ends tonight',
      'Hi {first}, the sale closes at midnight.\nShop now: {link}\n\nYou subscribed at {brand}. Unsubscribe | Manage preferences: {link}',
    ],
    [
      '{brand} Weekly — five reads for your Sunday',
      'This week: slow cooking, a cycling route through the Dales and our editors’ picks.\n\nUpdate your preferences or unsubscribe: {link}',
    ],
    [
      'New in: the autumn range',
      'Fresh arrivals just landed at {brand}. Members get free delivery until Friday.\n\nDon’t want these emails? Unsubscribe: {link}',
    ],
  ],
  de: [
    [
      'Nur noch heute: 25 % auf Wintermäntel',
      'Hallo {first}, der Sale endet um Mitternacht.\nZum Shop: {link}\n\nSie erhalten diesen Newsletter von {brand}. Abmelden | Einstellungen: {link}',
    ],
    [
      'Die Woche bei {brand}',
      'Diesmal: Schmorgerichte, eine Radtour an der Mosel und die Tipps der Redaktion.\n\nNewsletter abbestellen: {link}',
    ],
    [
      'Neu eingetroffen: die Herbstkollektion',
      'Frisch bei {brand}. Mitglieder bestellen bis Freitag versandkostenfrei.\n\nKeine Mails mehr? Hier abmelden: {link}',
    ],
  ],
  fr: [
    [
      'Dernière chance : -30 % sur les manteaux',
      'Bonjour {first}, les soldes se terminent ce soir.\nJe fonce : {link}\n\nVous êtes inscrit(e) chez {brand}. Se désabonner | Préférences : {link}',
    ],
    [
      'La lettre du dimanche de {brand}',
      'Au sommaire : plats mijotés, une balade à vélo en Bourgogne et les coups de cœur de la rédaction.\n\nSe désinscrire : {link}',
    ],
    [
      'Nouveautés : la collection d’automne',
      'Tout juste arrivé chez {brand}. Livraison offerte aux membres jusqu’à vendredi.\n\nNe plus recevoir nos e-mails : {link}',
    ],
  ],
  es: [
    [
      'Última oportunidad: 30 % en abrigos',
      'Hola {first}, las rebajas terminan esta noche.\nVer ofertas: {link}\n\nTe suscribiste en {brand}. Darse de baja | Preferencias: {link}',
    ],
    [
      'Lo mejor de la semana en {brand}',
      'Esta semana: guisos de cuchara, una ruta en bici por la Rioja y las recomendaciones del equipo.\n\nCancelar suscripción: {link}',
    ],
    [
      'Novedades: colección de otoño',
      'Acaba de llegar a {brand}. Envío gratis para socios hasta el viernes.\n\n¿No quieres más correos? Baja aquí: {link}',
    ],
  ],
  pt: [
    [
      'Última oportunidade: 30% em casacos',
      'Olá {first}, os saldos terminam hoje à noite.\nVer campanha: {link}\n\nSubscreveu a newsletter {brand}. Anular subscrição | Preferências: {link}',
    ],
    [
      'O melhor da semana na {brand}',
      'Nesta edição: receitas de forno, um passeio de bicicleta pelo Douro e as escolhas da redação.\n\nCancelar inscrição: {link}',
    ],
    [
      'Chegou a coleção de outono',
      'Novidades fresquinhas na {brand}. Frete grátis para membros até sexta.\n\nNão quer mais e-mails? Descadastre-se: {link}',
    ],
  ],
  it: [
    [
      'Ultima occasione: -30% sui cappotti',
      'Ciao {first}, i saldi finiscono stasera.\nScopri: {link}\n\nSei iscritto alla newsletter {brand}. Disiscriviti | Preferenze: {link}',
    ],
    [
      'La settimana di {brand}',
      'In questo numero: piatti al forno, un giro in bici sulle Langhe e i consigli della redazione.\n\nAnnulla l’iscrizione: {link}',
    ],
    [
      'Nuovi arrivi: collezione autunno',
      'Appena arrivati da {brand}. Spedizione gratuita per i membri fino a venerdì.\n\nNon vuoi più email? Cancellati: {link}',
    ],
  ],
  nl: [
    [
      'Laatste kans: 30% op winterjassen',
      'Hoi {first}, de sale stopt vanavond.\nBekijk het aanbod: {link}\n\nJe bent aangemeld bij {brand}. Afmelden | Voorkeuren: {link}',
    ],
    [
      'Deze week bij {brand}',
      'Met: stoofgerechten, een fietsroute langs de Vecht en de favorieten van de redactie.\n\nUitschrijven: {link}',
    ],
    [
      'Nieuw binnen: de herfstcollectie',
      'Vers bij {brand}. Leden tot vrijdag gratis bezorging.\n\nGeen mails meer? Afmelden: {link}',
    ],
  ],
}

export const SOCIAL: LookTexts = {
  en: [
    [
      '{name} started following you',
      '{name} is now following you on {brand}. See their profile: {link}\n\nTurn off these notifications in settings.',
    ],
    [
      '{name} mentioned you in a comment',
      '“@{first} you have to see this!” — reply on {brand}: {link}',
    ],
    [
      'You’re invited: Saturday quiz night',
      '{name} invited you to an event in the {brand} group “Allotment neighbours”. Going? {link}',
    ],
  ],
  de: [
    [
      '{name} folgt dir jetzt',
      '{name} folgt dir jetzt auf {brand}. Profil ansehen: {link}\n\nBenachrichtigungen in den Einstellungen ändern.',
    ],
    [
      '{name} hat dich in einem Kommentar erwähnt',
      '„@{first} schau mal, das ist doch was für dich!“ – Antworten auf {brand}: {link}',
    ],
    [
      'Einladung: Spieleabend am Samstag',
      '{name} hat dich zu einer Veranstaltung der Gruppe „Nachbarschaft Südstadt“ auf {brand} eingeladen. Dabei? {link}',
    ],
  ],
  fr: [
    [
      '{name} vous suit désormais',
      '{name} s’est abonné(e) à votre profil sur {brand}. Voir : {link}\n\nGérer les notifications dans vos paramètres.',
    ],
    ['{name} vous a mentionné(e)', '« @{first} regarde ça ! » — répondre sur {brand} : {link}'],
    [
      'Invitation : soirée jeux samedi',
      '{name} vous invite à un événement du groupe « Voisins du quartier » sur {brand}. Vous venez ? {link}',
    ],
  ],
  es: [
    [
      '{name} ha empezado a seguirte',
      '{name} te sigue ahora en {brand}. Ver perfil: {link}\n\nDesactiva estos avisos en ajustes.',
    ],
    [
      '{name} te ha mencionado en un comentario',
      '«@{first} ¡mira esto!» — responder en {brand}: {link}',
    ],
    [
      'Te han invitado: quedada del sábado',
      '{name} te invita a un evento del grupo «Vecinos del barrio» en {brand}. ¿Vienes? {link}',
    ],
  ],
  pt: [
    [
      '{name} começou a seguir-te',
      '{name} segue-te agora no {brand}. Ver perfil: {link}\n\nDesliga estas notificações nas definições.',
    ],
    [
      '{name} mencionou você em um comentário',
      '"@{first} olha isso!" — responder no {brand}: {link}',
    ],
    [
      'Convite: noite de jogos no sábado',
      '{name} convidou você para um evento do grupo "Vizinhos do bairro" no {brand}. Vai? {link}',
    ],
  ],
  it: [
    [
      '{name} ha iniziato a seguirti',
      '{name} ora ti segue su {brand}. Vedi profilo: {link}\n\nGestisci le notifiche nelle impostazioni.',
    ],
    [
      '{name} ti ha menzionato in un commento',
      '«@{first} guarda qui!» — rispondi su {brand}: {link}',
    ],
    [
      'Sei invitato: serata giochi sabato',
      '{name} ti ha invitato a un evento del gruppo «Vicini di quartiere» su {brand}. Partecipi? {link}',
    ],
  ],
  nl: [
    [
      '{name} volgt je nu',
      '{name} volgt je nu op {brand}. Bekijk profiel: {link}\n\nMeldingen beheer je in je instellingen.',
    ],
    ['{name} heeft je genoemd in een reactie', '"@{first} kijk nou!" — reageer op {brand}: {link}'],
    [
      'Uitnodiging: spelletjesavond zaterdag',
      '{name} nodigt je uit voor een activiteit van de groep "Buren Oost" op {brand}. Kom je? {link}',
    ],
  ],
}

export const AUTOREPLY: LookTexts = {
  en: [
    [
      'Automatic reply: {sent}',
      'Thank you for your email. I am out of the office until {date} with limited access to email. For urgent matters please contact office@{brand}.example.',
    ],
    [
      'Out of office: {sent}',
      'Hi, I’m on parental leave and will read your message when I’m back. — {name}',
    ],
    [
      'Auto-reply: {sent}',
      'I’m travelling this week and replying in the evenings only. Thanks for your patience.',
    ],
  ],
  de: [
    [
      'Automatische Antwort: {sent}',
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {date} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an zentrale@{brand}.example.',
    ],
    [
      'Abwesenheitsnotiz: {sent}',
      'Hallo, ich bin in Elternzeit und lese Ihre Mail nach meiner Rückkehr. – {name}',
    ],
    [
      'Re: {sent} [Abwesend]',
      'Ich bin diese Woche auf Dienstreise und antworte nur abends. Danke für die Geduld.',
    ],
  ],
  fr: [
    [
      'Réponse automatique : {sent}',
      'Merci pour votre message. Je suis absent(e) jusqu’au {date} inclus. Pour toute urgence, écrivez à accueil@{brand}.example.',
    ],
    [
      'Absent du bureau : {sent}',
      'Bonjour, je suis en congé et lirai votre message à mon retour. — {name}',
    ],
    [
      'Re : {sent} (absence)',
      'En déplacement cette semaine, je réponds le soir uniquement. Merci de votre patience.',
    ],
  ],
  es: [
    [
      'Respuesta automática: {sent}',
      'Gracias por tu correo. Estoy fuera de la oficina hasta el {date}. Para temas urgentes, escribe a oficina@{brand}.example.',
    ],
    [
      'Fuera de la oficina: {sent}',
      'Hola, estoy de vacaciones y leeré tu mensaje a la vuelta. — {name}',
    ],
    [
      'RE: {sent} (ausente)',
      'Esta semana estoy de viaje y contesto solo por las tardes. Gracias por la paciencia.',
    ],
  ],
  pt: [
    [
      'Resposta automática: {sent}',
      'Obrigado pelo seu e-mail. Estou ausente até {date}. Para assuntos urgentes, contacte geral@{brand}.example.',
    ],
    [
      'Ausência temporária: {sent}',
      'Oi, estou de férias e vou ler sua mensagem quando voltar. — {name}',
    ],
    [
      'RE: {sent} [fora do escritório]',
      'Esta semana estou em viagem e respondo só ao fim do dia. Obrigado pela paciência.',
    ],
  ],
  it: [
    [
      'Risposta automatica: {sent}',
      'Grazie per la sua email. Sono fuori ufficio fino al {date}. Per urgenze scriva a segreteria@{brand}.example.',
    ],
    ['Fuori sede: {sent}', 'Ciao, sono in ferie e leggerò il tuo messaggio al rientro. — {name}'],
    [
      'R: {sent} (assente)',
      'Questa settimana sono in trasferta e rispondo solo la sera. Grazie per la pazienza.',
    ],
  ],
  nl: [
    [
      'Automatisch antwoord: {sent}',
      'Bedankt voor je bericht. Ik ben tot en met {date} afwezig. Voor dringende zaken: secretariaat@{brand}.example.',
    ],
    ['Afwezig: {sent}', 'Hoi, ik ben met verlof en lees je mail als ik terug ben. — {name}'],
    [
      'Re: {sent} (niet op kantoor)',
      'Ik ben deze week op reis en antwoord alleen ’s avonds. Dank voor je geduld.',
    ],
  ],
}

export const CODE: LookTexts = {
  en: [
    [
      '{code} is your {brand} sign-in code',
      'Someone (hopefully you) asked to sign in from {device}. Enter {code} to continue. It expires in 10 minutes.',
    ],
    [
      'Your sign-in link',
      'Tap to sign in to {brand} on {device}: {link}\nThis link works once and expires in 15 minutes. Didn’t ask? Ignore this email.',
    ],
    [
      'Reset your {brand} password',
      'You asked to reset your password from {device} at {time}. Choose a new one here: {link} (valid for 1 hour).',
    ],
  ],
  de: [
    [
      '{code} ist Ihr Anmeldecode für {brand}',
      'Jemand (hoffentlich Sie) möchte sich auf {device} anmelden. Code: {code}. Er verfällt in 10 Minuten.',
    ],
    [
      'Ihr Anmeldelink',
      'Tippen Sie hier, um sich auf {device} bei {brand} anzumelden: {link}\nNur einmal gültig, 15 Minuten lang.',
    ],
    [
      'Passwort für {brand} zurücksetzen',
      'Sie haben um {time} auf {device} ein neues Passwort angefordert: {link} (1 Stunde gültig).',
    ],
  ],
  fr: [
    [
      '{code} est votre code de connexion {brand}',
      'Une connexion a été demandée depuis {device}. Saisissez {code} pour continuer. Expire dans 10 minutes.',
    ],
    [
      'Votre lien de connexion',
      'Touchez ici pour vous connecter à {brand} sur {device} : {link}\nUtilisable une fois, 15 minutes.',
    ],
    [
      'Réinitialiser votre mot de passe {brand}',
      'Demande faite à {time} depuis {device}. Nouveau mot de passe : {link} (valable 1 heure).',
    ],
  ],
  es: [
    [
      '{code} es tu código de acceso a {brand}',
      'Alguien (esperamos que tú) quiere entrar desde {device}. Introduce {code}. Caduca en 10 minutos.',
    ],
    [
      'Tu enlace de acceso',
      'Pulsa para entrar en {brand} desde {device}: {link}\nSolo sirve una vez y caduca en 15 minutos.',
    ],
    [
      'Restablece tu contraseña de {brand}',
      'Lo pediste a las {time} desde {device}. Elige una nueva aquí: {link} (válido 1 hora).',
    ],
  ],
  pt: [
    [
      '{code} é o seu código de acesso {brand}',
      'Alguém (esperamos que você) pediu para entrar a partir de {device}. Use {code}. Expira em 10 minutos.',
    ],
    [
      'Seu link de acesso',
      'Toque para entrar no {brand} em {device}: {link}\nVale uma vez e expira em 15 minutos.',
    ],
    [
      'Redefinir a sua palavra-passe {brand}',
      'Pedido feito às {time} a partir de {device}. Escolha uma nova: {link} (válido 1 hora).',
    ],
  ],
  it: [
    [
      '{code} è il tuo codice di accesso {brand}',
      'Qualcuno (speriamo tu) vuole accedere da {device}. Inserisci {code}. Scade tra 10 minuti.',
    ],
    [
      'Il tuo link di accesso',
      'Tocca per accedere a {brand} su {device}: {link}\nValido una sola volta, per 15 minuti.',
    ],
    [
      'Reimposta la password {brand}',
      'Richiesta fatta alle {time} da {device}. Scegline una nuova: {link} (valido 1 ora).',
    ],
  ],
  nl: [
    [
      '{code} is je inlogcode voor {brand}',
      'Iemand (hopelijk jij) wil inloggen vanaf {device}. Vul {code} in. Verloopt over 10 minuten.',
    ],
    [
      'Je inloglink',
      'Tik om in te loggen bij {brand} op {device}: {link}\nEén keer te gebruiken, 15 minuten geldig.',
    ],
    [
      'Wachtwoord resetten voor {brand}',
      'Aangevraagd om {time} vanaf {device}. Kies een nieuw wachtwoord: {link} (1 uur geldig).',
    ],
  ],
}
