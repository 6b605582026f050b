// Hand-written helpdesk and verification texts, two per language, each a company's own wording
// (formal and casual, short and long, season remarks, emoji): written for this set.
import type { Lang } from '../types.ts'

export const HAND_HELPDESK: Record<Lang, readonly string[]> = {
  en: [
    'Request received: {msg}\nHello {name},\n\nThis is an automatic reply to let you know we have your message. A member of our team will look at it within two working days.\n\nYour reference: {ref}\n\n> {msg}\n\nPlease keep the reference in the subject line if you write again.\n\n{company} Customer Support',
    '[{company}] We got your message (#{ref})\nHi there,\n\nThanks for reaching out! Your case number is #{ref}. Our support hours are Monday to Friday, 9am to 6pm; during the holiday sales we may take a little longer than usual.\n\nWhat you sent us:\n"{msg}"\n\nTrack your request: {link}\n\nCheers,\nThe {company} crew',
  ],
  de: [
    'Ihre Anfrage ist bei uns eingegangen: {msg}\nGuten Tag {name},\n\nvielen Dank für Ihre Nachricht. Dies ist eine automatisch erzeugte Eingangsbestätigung. Wir bearbeiten Ihr Anliegen unter der Vorgangsnummer {ref} und melden uns schnellstmöglich.\n\nIhre Nachricht:\n{msg}\n\nBitte antworten Sie nicht auf diese E-Mail.\n\nMit freundlichen Grüßen\nIhr Kundenservice von {company}',
    'Ticket #{ref} – wir kümmern uns darum\nHi {name},\n\ndanke, dass du uns geschrieben hast! Dein Ticket #{ref} liegt jetzt bei unserem Team. Wegen der vielen Bestellungen rund um Black Friday kann es ein bis drei Tage dauern.\n\n„{msg}“\n\nStatus ansehen: {link}\n\nViele Grüße\n{company}',
  ],
  fr: [
    'Accusé de réception : {msg}\nBonjour {name},\n\nNous accusons bonne réception de votre demande, enregistrée sous le numéro {ref}. Un conseiller vous répondra dans les meilleurs délais.\n\nRappel de votre message :\n{msg}\n\nMerci de ne pas répondre directement à cet e-mail automatique.\n\nLe service client {company}',
    '[{company}] Demande n°{ref} bien reçue\nCoucou {name} !\n\nMerci pour ton message, on l’a bien reçu 🙌 Notre équipe revient vers toi très vite (on est un peu débordés avec le Black Friday, merci de ta patience).\n\nTon message : « {msg} »\n\nSuivre ta demande : {link}\n\nÀ très vite,\nL’équipe {company}',
  ],
  es: [
    'Hemos recibido su consulta: {msg}\nEstimado/a {name}:\n\nLe confirmamos que hemos recibido su consulta con el número de referencia {ref}. Nuestro equipo la atenderá en un plazo máximo de 48 horas laborables.\n\nTexto de su consulta:\n{msg}\n\nEste mensaje se ha generado automáticamente; no responda a él.\n\nAtentamente,\nAtención al Cliente {company}',
    'Caso #{ref} abierto | {company}\n¡Hola {name}!\n\nGracias por escribirnos. Ya tenemos tu mensaje y le hemos asignado el caso #{ref}. Te contestaremos por este mismo correo.\n\nTu mensaje: "{msg}"\n\nConsulta el estado aquí: {link}\n\nUn abrazo,\nEl equipo de {company}',
  ],
  pt: [
    'Recebemos o seu pedido: {msg}\nCaro(a) {name},\n\nConfirmamos a receção do seu pedido, registado com a referência {ref}. Responderemos no prazo de dois dias úteis.\n\nResumo do pedido:\n{msg}\n\nEsta mensagem é automática, por favor não responda.\n\nCom os melhores cumprimentos,\nServiço de Apoio {company}',
    'Chamado #{ref} aberto - {company}\nOi {name}!\n\nRecebemos sua mensagem e abrimos o chamado #{ref}. Nosso time responde em até 24 horas úteis, mas nesta semana de Black Friday pode demorar um pouquinho mais.\n\nSua mensagem: "{msg}"\n\nAcompanhe pelo link: {link}\n\nAbraços,\nEquipe {company}',
  ],
  it: [
    'Abbiamo ricevuto la tua richiesta: {msg}\nGentile {name},\n\nti confermiamo che la tua richiesta è stata registrata con il numero {ref}. Un operatore ti risponderà entro due giorni lavorativi.\n\nTesto della richiesta:\n{msg}\n\nQuesta è una risposta automatica: ti preghiamo di non rispondere.\n\nCordiali saluti,\nServizio Clienti {company}',
    '[{company}] Ticket {ref} creato\nCiao {name} 👋\n\nGrazie per averci scritto! Il tuo ticket {ref} è in coda e verrà preso in carico dal primo operatore libero.\n\nHai scritto: «{msg}»\n\nSegui il ticket qui: {link}\n\nA presto,\nil team {company}',
  ],
  nl: [
    'Wij hebben uw vraag ontvangen: {msg}\nBeste {name},\n\nHartelijk dank voor uw bericht. Uw vraag is geregistreerd onder nummer {ref}. U ontvangt binnen twee werkdagen een inhoudelijke reactie.\n\nUw bericht:\n{msg}\n\nDit is een automatisch bericht; u kunt hier niet op antwoorden.\n\nMet vriendelijke groet,\nKlantenservice {company}',
    'Ticket {ref} aangemaakt – {company}\nHoi {name}!\n\nTop dat je ons mailt. Je ticket {ref} staat klaar voor ons team; in de drukke decemberweken kan het iets langer duren.\n\nJe schreef: "{msg}"\n\nVolg je ticket: {link}\n\nGroetjes,\nTeam {company}',
  ],
}

export const HAND_VERIFICATION: Record<Lang, readonly string[]> = {
  en: [
    'Activate your {company} account\nHi {name},\n\nYou are one step away from your new {company} account. Click below to activate it; the link works for 48 hours.\n\nActivate account: {link}\n\nDidn’t sign up? No action needed – the account will not be created.',
    'Your {company} verification code: {code}\nWelcome aboard, {name}!\n\nEnter {code} on the sign-up page to confirm {email}. The code expires in 15 minutes.\n\nIf this wasn’t you, you can safely ignore this email.\n\n— {company}',
  ],
  de: [
    'Bitte bestätigen Sie Ihre Registrierung bei {company}\nSehr geehrte/r {name},\n\nvielen Dank für Ihre Registrierung. Um Ihr Kundenkonto zu aktivieren, klicken Sie bitte innerhalb von 24 Stunden auf den folgenden Link:\n\n{link}\n\nSollten Sie sich nicht registriert haben, können Sie diese E-Mail ignorieren. Ohne Bestätigung wird kein Konto angelegt.\n\nIhr {company} Team',
    'Willkommen bei {company} – nur noch ein Klick\nHey {name},\n\ncool, dass du dabei bist! Tipp auf den Button, damit wir wissen, dass {email} wirklich dir gehört:\n\n[ Konto aktivieren ] {link}\n\nOder gib den Code {code} in der App ein.\n\nBis gleich!\n{company}',
  ],
  fr: [
    'Activez votre compte {company}\nBonjour {name},\n\nVotre compte a bien été créé. Pour l’activer, il vous suffit de cliquer sur le lien suivant (valable 24 heures) :\n{link}\n\nSi vous n’êtes pas à l’origine de cette inscription, ignorez simplement ce message.\n\nCordialement,\n{company}',
    'Bienvenue chez {company} ! Confirmez votre e-mail\nSalut {name} 👋\n\nPlus qu’une étape : confirme que {email} est bien ton adresse avec le code {code} ou en cliquant ici : {link}\n\nÀ tout de suite sur {company} !',
  ],
  es: [
    'Activa tu cuenta de {company}\nHola, {name}:\n\nGracias por registrarte en {company}. Para activar tu cuenta, pulsa en el siguiente enlace en las próximas 24 horas:\n{link}\n\nSi no has solicitado este registro, ignora este mensaje.\n\nSaludos,\n{company}',
    'Código de verificación de {company}: {code}\nBienvenido/a, {name}\n\nIntroduce el código {code} para confirmar tu dirección {email}. Caduca en 10 minutos.\n\n¿No has sido tú? Puedes ignorar este correo sin problema.\n\nEquipo {company}',
  ],
  pt: [
    'Ative a sua conta {company}\nOlá {name},\n\nObrigado pelo seu registo. Para ativar a conta, clique na ligação abaixo nas próximas 24 horas:\n{link}\n\nSe não fez este registo, ignore esta mensagem.\n\nAtenciosamente,\n{company}',
    'Confirme seu e-mail na {company}\nOi {name}, que bom ter você aqui!\n\nPara liberar sua conta, confirme que {email} é seu e-mail. Use o código {code} ou clique no botão:\n{link}\n\nNão foi você? É só ignorar.\n\nTime {company}',
  ],
  it: [
    'Attiva il tuo account {company}\nCiao {name},\n\ngrazie per la registrazione. Per attivare il tuo account clicca sul link qui sotto entro 24 ore:\n{link}\n\nSe non ti sei registrato tu, ignora pure questo messaggio.\n\nUn saluto,\n{company}',
    'Conferma il tuo indirizzo email – {company}\nBenvenuto/a {name}!\n\nInserisci il codice {code} per confermare {email}, oppure clicca qui: {link}\nIl codice scade tra 30 minuti.\n\nNon sei stato tu? Nessun problema, ignora questa email.\n\nStaff {company}',
  ],
  nl: [
    'Activeer uw account bij {company}\nBeste {name},\n\nBedankt voor uw registratie. Klik binnen 24 uur op de onderstaande link om uw account te activeren:\n{link}\n\nHebt u zich niet aangemeld? Dan kunt u deze e-mail negeren.\n\nMet vriendelijke groet,\n{company}',
    'Je verificatiecode voor {company} is {code}\nWelkom {name}!\n\nVul code {code} in om {email} te bevestigen, of klik op de knop: {link}\nDe code is 15 minuten geldig.\n\nWas jij dit niet? Dan hoef je niets te doen.\n\nTeam {company}',
  ],
}
