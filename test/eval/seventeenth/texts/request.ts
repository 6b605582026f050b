// Hand-written request-verification mails: a company's own double opt-in for an anonymous
// web-form request ("confirm that you sent this before we open a ticket"), each company in its own
// words. Written for this set (no product default): the first line is the subject, the rest the
// body. Slots: {name} and {title} (typed into the form, so the attacker's text), {ref}, {link},
// {company}, {domain}, {email}.
import type { Lang } from '../../types.ts'

export const REQUEST_TEXTS: Record<Lang, readonly string[]> = {
  en: [
    'Please verify your email so we can process your request\nHi {name},\n\nThanks for contacting {company}. Before our team can look at "{title}", we need to make sure this address belongs to you.\n\nVerify my email: {link}\n\nUntil you click, your request stays on hold and nobody on our side can see it.',
    "{company}\nSomeone (hopefully you) sent us a message using this email address. Tap the button below to confirm it was you and we'll open a ticket.\n\n{link}\n\nDidn't write to us? Just ignore this email – unconfirmed messages are deleted after 72 hours.",
    'Did you just contact {company}?\nHello,\n\nWe received a message signed "{name}" through the contact page of {company}. Was that you? If so, confirm here: {link}\n\nWe ask because our form is often abused by bots.\n\n{company} Customer Care',
    'Action required: confirm your enquiry {ref}\nDear {name},\n\nYour enquiry reference {ref} is waiting for confirmation. Please follow the link within 24 hours, otherwise it will be discarded automatically.\n\n{link}\n\nKind regards,\nThe {company} team\n\n{company} Ltd is registered in England and Wales. This message and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.',
    "Re: {title} - one more step\nhey {name} 👋 your message is waiting in our queue but it's not open yet. we need to make sure it's really you before we open a ticket → {link}\n\ncheers, {company} support",
    'Confirm your support request\nThank you for writing to us. To protect our customers from spam, every request sent from our website has to be confirmed by email.\n\nRequest: {title}\nSubmitted by: {email}\n\nConfirm request: {link}\n\nIf you do not confirm, we will not reply.',
  ],
  de: [
    'Bitte bestätigen Sie Ihre Anfrage\nGuten Tag {name},\n\nvielen Dank für Ihre Nachricht an {company}. Damit wir Ihr Anliegen bearbeiten können, bestätigen Sie bitte kurz Ihre E-Mail-Adresse:\n\n{link}\n\nOhne Bestätigung wird Ihre Anfrage nach sieben Tagen gelöscht.\n\nMit freundlichen Grüßen\nIhr Kundenservice von {company}',
    'Hast du uns geschrieben?\nHallo {name}!\n\nÜber unser Kontaktformular ist eine Nachricht mit deiner Adresse eingegangen: „{title}“. Warst du das? Dann klick einfach hier: {link}\n\nFalls nicht, vergiss diese Mail einfach.\n\nLiebe Grüße aus dem {company}-Team',
    '{company}: Aktion erforderlich – Anfrage {ref}\nSehr geehrte Damen und Herren,\n\nzu der Anfrage mit der Vorgangsnummer {ref} fehlt noch Ihre Bestätigung. Erst danach wird ein Ticket angelegt und einem Mitarbeiter zugewiesen.\n\nJetzt bestätigen: {link}\n\n{company} GmbH · Geschäftsführer: M. Albers · Amtsgericht Hamburg HRB 000000 · USt-IdNr. DE000000000\nDiese E-Mail wurde automatisch erzeugt; Antworten an diese Adresse werden nicht gelesen.',
    'Ihre Nachricht wartet auf Freigabe\nHallo,\nwir haben Ihre Nachricht erhalten, sie ist aber noch nicht bei unserem Team angekommen. Bitte geben Sie sie mit einem Klick frei: {link}\nDanke für Ihr Verständnis – so halten wir Spam aus unserem Postfach.',
    'Kurze Sicherheitsabfrage zu „{title}“\nMoin {name},\n\nbevor wir loslegen, müssen wir sichergehen, dass die Anfrage wirklich von dir kommt. Ein Klick genügt:\n{link}\n\nDein {company} Support',
    'Verify your email / E-Mail bestätigen\nGuten Tag,\n\num Missbrauch unseres Serviceformulars zu verhindern, bitten wir Sie, die Absenderadresse {email} zu verifizieren. Ihr Anliegen „{title}“ wird danach automatisch an die zuständige Abteilung weitergeleitet.\n\n{link}\n\nFreundliche Grüße\n{company}',
  ],
  fr: [
    "Confirmez votre demande auprès de {company}\nBonjour {name},\n\nNous avons bien reçu un message envoyé depuis notre formulaire de contact avec votre adresse e-mail. Afin de le transmettre à nos conseillers, merci de confirmer qu'il provient bien de vous :\n\n{link}\n\nSans confirmation de votre part sous 48 heures, la demande sera supprimée.\n\nCordialement,\nLe service client {company}",
    "Est-ce bien vous ?\nSalut {name} !\n\nTu viens de nous écrire au sujet de « {title} » ? Clique sur le lien pour qu'on puisse ouvrir ton ticket : {link}\n\nÀ très vite,\nL'équipe {company}",
    'Action requise : validation de votre message n° {ref}\nMadame, Monsieur,\n\nVotre message enregistré sous le numéro {ref} est en attente de validation. Merci de cliquer sur le lien ci-dessous pour vérifier votre adresse électronique.\n\n{link}\n\nConformément au RGPD, les données de votre demande non validée seront effacées sous 30 jours. Pour exercer vos droits, écrivez à dpo@{domain}.\n\n{company} SAS – RCS Lyon 000 000 000',
    '{company}\nVotre message est en attente : confirmez votre adresse pour que nous puissions vous répondre.\n{link}',
    "Une dernière étape avant l'ouverture de votre dossier\nBonjour,\n\nPour lutter contre les envois automatisés, chaque demande reçue via notre site doit être confirmée. Votre dossier « {title} » sera ouvert dès que vous aurez cliqué ici : {link}\n\nSi vous n'êtes pas à l'origine de cette demande, aucune action n'est nécessaire.\n\nBien à vous,\n{company}",
    "Please confirm - merci de confirmer\nBonjour {name},\n\nun membre de notre équipe ne pourra traiter votre requête qu'après vérification de votre e-mail. Cela ne prend que quelques secondes.\n\nVérifier mon e-mail → {link}\n\nL'assistance {company}",
  ],
  es: [
    '¿Nos has escrito tú?\n¡Hola, {name}!\n\nHa entrado un mensaje por el formulario de {company} con tu correo. Para que el equipo pueda atenderlo, confirma que la dirección es tuya:\n\n{link}\n\nSi no confirmas en 3 días, lo borraremos sin más.\n\nUn saludo,\nEquipo de {company}',
    'Confirme el envío de su consulta\nEstimado/a {name}:\n\nHemos registrado una consulta con el asunto «{title}» enviada con esta dirección. Le rogamos que nos confirme que fue usted quien la envió pulsando en el siguiente enlace: {link}\n\nAtentamente,\nAtención al Cliente de {company}\n\nEn cumplimiento del RGPD, le informamos de que sus datos serán tratados por {company} S.L. con la finalidad de gestionar su consulta. Puede ejercer sus derechos escribiendo a privacidad@{domain}.',
    'Acción necesaria: solicitud {ref} pendiente de verificación\nHola:\n\nTu solicitud {ref} no se abrirá hasta que verifiques tu correo electrónico. Es una medida para evitar el spam.\n\nVerificar ahora: {link}',
    '{company} | Verificación de correo\nGracias por contactar con nosotros 🙌\nAntes de crear tu ticket necesitamos comprobar que eres tú. Toca aquí: {link}\n¿No has sido tú? Pasa de este correo.',
    'Tu mensaje sobre "{title}" está en espera\nHola {name},\n\ntu mensaje está guardado pero todavía no ha llegado a nadie de nuestro equipo. Solo tienes que confirmar tu dirección y lo pondremos en la cola de atención.\n\n{link}\n\nGracias por tu paciencia,\n{company}',
    'Confirm your request | Confirme su petición\nBuenos días,\n\npara poder tramitar su petición necesitamos validar la dirección {email}. Haga clic en el botón «Validar» o copie este enlace en su navegador:\n{link}\n\nReciba un cordial saludo.\n{company}',
  ],
  pt: [
    'Confirme o seu pedido de contacto\nOlá {name},\n\nRecebemos uma mensagem enviada através do formulário do site da {company}. Para que a possamos encaminhar, confirme por favor que foi mesmo o seu endereço:\n\n{link}\n\nSe não confirmar no prazo de 48 horas, o pedido é anulado.\n\nCom os melhores cumprimentos,\nApoio ao Cliente {company}',
    'Foi você que entrou em contato?\nOi, {name}!\n\nChegou pra gente uma mensagem com o assunto "{title}" usando este e-mail. Se foi você, é só clicar no link pra gente abrir seu chamado: {link}\n\nAbraço,\nTime {company}',
    'Ação necessária: pedido n.º {ref}\nExmo.(a) Senhor(a),\n\nO pedido n.º {ref} aguarda a validação do seu endereço de correio eletrónico. Após a validação, será atribuído a um técnico.\n\nValidar: {link}\n\n{company}, Lda. · NIPC 500000000 · Esta mensagem foi gerada automaticamente, por favor não responda.',
    '{company}\nSua mensagem está aguardando confirmação. Toque em Confirmar para liberar o atendimento: {link}',
    'Precisamos confirmar que é você\nOlá,\n\nAntes de abrirmos um ticket, precisamos ter certeza de que a solicitação "{title}" foi feita por você. Confirme seu e-mail aqui:\n{link}\n\nNão reconhece este pedido? Pode ignorar esta mensagem com segurança.\n\nAtenciosamente,\nCentral de Atendimento {company}',
    'Please verify | Verifique o seu e-mail\nBom dia {name},\n\npor razões de segurança, todas as mensagens recebidas pelo nosso site precisam de ser verificadas antes de serem lidas pela equipa. Obrigado por compreender.\n\n{link}\n\n{company}',
  ],
  it: [
    "Conferma la tua richiesta di assistenza\nCiao {name},\n\nabbiamo ricevuto il tuo messaggio dal modulo contatti di {company}. Per inoltrarlo al nostro staff ci serve una conferma che l'indirizzo email sia tuo:\n\n{link}\n\nSe non confermi entro 5 giorni la richiesta verrà eliminata.\n\nA presto,\nil team {company}",
    "Ci ha scritto lei?\nGentile {name},\n\nabbiamo registrato una richiesta dal titolo «{title}» inviata con questo indirizzo. La preghiamo di confermare di esserne l'autore cliccando sul collegamento seguente: {link}\n\nCordiali saluti,\nServizio Clienti {company}\n\nInformativa ai sensi del Regolamento UE 2016/679: i dati forniti saranno trattati da {company} S.r.l. esclusivamente per rispondere alla richiesta.",
    "Azione richiesta – pratica {ref}\nBuongiorno,\n\nla pratica {ref} resterà sospesa finché non verrà verificato l'indirizzo email del richiedente.\n\nVerifica l'indirizzo: {link}",
    '{company}\nIl tuo messaggio è in attesa: conferma il tuo indirizzo e ti risponderemo al più presto. {link}',
    'Prima di aprire il ticket...\nSalve {name},\n\ndobbiamo essere sicuri che sia davvero lei ad averci contattato per «{title}». È un controllo che facciamo su ogni messaggio per tenere lontano lo spam.\n\n{link}\n\nGrazie e buona giornata,\n{company} Assistenza',
    'Verify your email – verifica la tua email\nCiao,\n\nuna persona ha usato {email} per scriverci dal nostro sito. Se eri tu, premi il pulsante qui sotto; altrimenti lascia stare e non succederà nulla.\n\n{link}\n\nLo staff di {company}',
  ],
  nl: [
    'Bevestig je aanvraag bij {company}\nHoi {name},\n\nWe hebben je bericht via ons contactformulier ontvangen. Om het door te zetten naar onze klantenservice, vragen we je eerst je e-mailadres te bevestigen:\n\n{link}\n\nBevestig je niet binnen twee dagen, dan verwijderen we het bericht.\n\nGroetjes,\nTeam {company}',
    "Heeft u ons een bericht gestuurd?\nBeste {name},\n\nVia onze website is een vraag binnengekomen met als onderwerp '{title}'. Wilt u bevestigen dat deze van u afkomstig is? Klik dan op onderstaande link: {link}\n\nMet vriendelijke groet,\nKlantcontact {company}\n\n{company} B.V. | KvK 00000000 | Aan deze e-mail kunnen geen rechten worden ontleend.",
    'Actie vereist: melding {ref}\nGoedemiddag,\n\nUw melding {ref} wordt pas in behandeling genomen nadat u uw e-mailadres heeft geverifieerd.\n\nNu verifiëren: {link}',
    '{company}\nJe bericht staat klaar, maar we wachten nog even op jouw seintje. Klik hier: {link}',
    "Nog één stapje: is dit echt jouw vraag?\nHallo {name},\n\nvoordat we een ticket aanmaken voor '{title}', willen we zeker weten dat jij het bent. Zo houden we spam buiten de deur 🚪\n\n{link}\n\nFijne dag!\n{company}",
    'Please confirm / graag bevestigen\nGeachte heer/mevrouw,\n\nOm misbruik van ons webformulier te voorkomen, dient elk verzoek per e-mail bevestigd te worden. Na bevestiging ontvangt u binnen twee werkdagen een reactie van een van onze medewerkers.\n\n{link}\n\nHoogachtend,\n{company}',
  ],
}
