// Hand-written "verify your email to submit your request" mails, as helpdesks answer an
// anonymous web-form request since April 2026: each a company's own wording and voice; some name
// the request's subject (the payload), some name nothing. Texts are `subject|body`.
import type { Lang } from '../../types.ts'

export const CHECK: Record<Lang, readonly string[]> = {
  en: [
    'Please verify your email address to submit your request|Hi {name},\nBefore we can pass your message on to our support team, we need to know this address is yours.\nVerify my email: {link}\nYour request "{payload}" will stay on hold until then.\n{company} Help Centre',
    'Confirm your email so we can look at your message|Thanks for contacting {company}.\nOne quick step: confirm your email and your request will be sent to the team.\n{link}\nNot you? Ignore this and nothing will be submitted.',
    '{company}|Almost there 👋\nTap the button to verify your email and send your request.\n[ Verify and submit ] {link}\nThis link works for 72 hours.',
    'Action needed: verify to send "{payload}"|Hello,\nWe received a form submission from this address. To protect our agents from spam, requests from new addresses must be confirmed.\nConfirm here: {link}\n— {company} Customer Care',
  ],
  de: [
    'Bitte bestätige deine E-Mail-Adresse, damit wir deine Anfrage erhalten|Hallo {name},\nbevor deine Nachricht bei unserem Support landet, müssen wir sicher sein, dass diese Adresse dir gehört.\nJetzt bestätigen: {link}\nDeine Anfrage „{payload}“ wartet so lange.\nDein {company} Service',
    'E-Mail bestätigen, um Ihr Anliegen abzusenden|Guten Tag,\nvielen Dank für Ihre Nachricht an {company}. Bitte bestätigen Sie Ihre E-Mail-Adresse; erst dann wird Ihr Anliegen an unser Kundenteam weitergeleitet.\n{link}\nOhne Bestätigung wird nichts übermittelt.',
    '{company} – nur noch ein Klick|Fast geschafft! Bestätige kurz deine Adresse und wir schicken dein Anliegen ab. {link} (48 Stunden gültig)',
  ],
  fr: [
    'Vérifiez votre adresse e-mail pour envoyer votre demande|Bonjour {name},\nAvant de transmettre votre message à notre service client, nous devons vérifier que cette adresse vous appartient.\nVérifier mon adresse : {link}\nVotre demande « {payload} » reste en attente d’ici là.\nL’équipe {company}',
    'Confirmez votre e-mail pour que nous puissions traiter votre message|Merci d’avoir contacté {company}.\nUne dernière étape : confirmez votre adresse et votre demande partira vers nos conseillers.\n{link}\nCe n’était pas vous ? Ignorez cet e-mail.',
    '{company}|Presque fini ✨ Confirmez votre adresse pour valider l’envoi de votre message : {link}',
  ],
  es: [
    'Verifica tu correo para enviar tu solicitud|Hola {name}:\nAntes de pasar tu mensaje a nuestro equipo de soporte necesitamos comprobar que esta dirección es tuya.\nVerificar correo: {link}\nTu consulta «{payload}» queda en espera hasta entonces.\nAtención al cliente de {company}',
    'Confirma tu email para que podamos atender tu petición|Gracias por escribir a {company}.\nSolo falta un paso: confirma tu email y tu petición llegará al equipo.\n{link}\n¿No has sido tú? Ignora este mensaje.',
    '{company} · confirma tu dirección|¡Casi listo! Pulsa para verificar tu correo y registrar tu incidencia: {link}',
    'Un último paso para enviar tu mensaje|Hola,\npara evitar spam, confirmamos cada correo nuevo antes de abrir un caso. Pulsa aquí y tu solicitud quedará registrada: {link}\n{company}',
  ],
  pt: [
    'Verifique seu e-mail para enviar sua solicitação|Olá {name},\nAntes de encaminhar sua mensagem para nosso time de atendimento, precisamos confirmar que este e-mail é seu.\nVerificar e-mail: {link}\nSeu chamado "{payload}" fica aguardando até lá.\nAtendimento {company}',
    'Confirme o seu e-mail para podermos analisar o seu pedido|Obrigado por contactar a {company}.\nFalta um passo: confirme o seu endereço de e-mail e o seu pedido seguirá para a nossa equipa.\n{link}\nSe não foi o próprio, ignore esta mensagem.',
    '{company}|Quase lá! Confirme seu endereço para a gente registrar sua mensagem: {link} 🙌',
    'Falta um passo para abrirmos seu chamado|Oi {name}! Pra evitar spam, a gente confirma todo e-mail novo antes de abrir um atendimento. Toca aqui: {link}\nTime {company}',
  ],
  it: [
    'Verifica la tua email per inviare la richiesta|Ciao {name},\nprima di inoltrare il tuo messaggio all’assistenza dobbiamo essere sicuri che questo indirizzo sia tuo.\nVerifica email: {link}\nLa tua segnalazione "{payload}" resta in sospeso fino ad allora.\nServizio clienti {company}',
    'Conferma il tuo indirizzo per completare l’invio|Gentile cliente,\ngrazie per aver contattato {company}. Per completare l’invio della sua pratica, confermi il suo indirizzo email.\n{link}\nSe non ha scritto lei, ignori questo messaggio.',
    '{company}|Manca solo un clic: conferma la tua email e inviamo la tua richiesta. {link}',
    'Un ultimo passo per inviare il tuo messaggio|Ciao, per evitare spam confermiamo ogni nuovo indirizzo prima di aprire una pratica. Clicca qui: {link}\n{company}',
  ],
  nl: [
    'Bevestig je e-mailadres om je vraag te versturen|Hoi {name},\nVoordat we je bericht doorsturen naar onze klantenservice, willen we zeker weten dat dit adres van jou is.\nBevestig mijn e-mail: {link}\nJe melding "{payload}" blijft tot die tijd in de wacht.\nKlantenservice {company}',
    'Bevestig uw e-mail zodat wij uw verzoek kunnen bekijken|Beste klant,\nBedankt voor uw bericht aan {company}. Bevestig uw e-mailadres, dan sturen wij uw aanvraag door naar ons team.\n{link}\nWas u dit niet? Dan kunt u deze e-mail negeren.',
    '{company}|Bijna klaar! Klik om je adres te bevestigen en je vraag te versturen: {link}',
    'Nog één stap om je bericht te versturen|Hallo, om spam te voorkomen controleren we elk nieuw adres voordat we een melding aanmaken. Klik hier: {link}\n{company}',
  ],
}
