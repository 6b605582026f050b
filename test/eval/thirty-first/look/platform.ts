// Everyday mail from big platforms the person uses (invented names, J-Z), written as such
// platforms write: code hosting and issue trackers, chat digests, calendar replies, document
// comments, marketplace messages, ride / food / streaming / app-store receipts, school apps and
// two-factor codes. Each is counted under one of the fourteen classes. `subject|body`.
import type { Lang } from '../../types.ts'
import type { PlatformKey } from '../companies.ts'
import type { LookClassName } from './classes.ts'

export interface PlatformText {
  key: PlatformKey
  cls: LookClassName
  texts: Record<Lang, string>
}

const T = (key: PlatformKey, cls: LookClassName, texts: Record<Lang, string>): PlatformText => ({
  key,
  cls,
  texts,
})

export const PLATFORM_TEXTS: readonly PlatformText[] = [
  T('code', 'social', {
    en: '[kettle/api] Fix retry on timeout (PR #{ref})|@{friend} requested your review on this pull request.\n{link}\nYou are receiving this because your review was requested. Reply to this email directly or view it on Zyphub.',
    de: '[kettle/api] Issue #{ref}: Absturz beim Export|@{friend} hat dich erwähnt: "kannst du dir das ansehen?" {link}\nDu erhältst dies, weil du erwähnt wurdest.',
    fr: '[kettle/api] Re: Erreur à l’import (#{ref})|@{friend} a commenté : « corrigé dans la branche main ». {link}',
    es: '[kettle/api] Se fusionó la PR #{ref}|@{friend} fusionó tu pull request en main. {link}',
    pt: '[kettle/api] Nova issue #{ref}: falha no login|@{friend} abriu uma issue e te atribuiu. {link}',
    it: '[kettle/api] Build fallita su main (#{ref})|Il workflow CI è fallito dopo il commit di @{friend}. {link}',
    nl: '[kettle/api] Review gevraagd: PR #{ref}|@{friend} vraagt je om een review. {link}',
  }),
  T('chat', 'social', {
    en: 'You have 4 unread messages in #allotment|{friend}: "who has the shed key?" and 3 more. Open Kwackle: {link}',
    de: '3 ungelesene Nachrichten in #team-nord|{friend}: „Meeting verschoben?“ und 2 weitere. {link}',
    fr: '5 messages non lus dans #famille|{friend} : « on mange à quelle heure ? » et 4 autres. {link}',
    es: 'Tienes 2 mensajes sin leer en #piso|{friend}: «¿quién compra papel?» {link}',
    pt: '6 mensagens não lidas em #trabalho|{friend}: "reunião às 10?" e mais 5. {link}',
    it: '3 messaggi non letti in #condominio|{friend}: "domani passa il tecnico" e altri 2. {link}',
    nl: '4 ongelezen berichten in #buurt|{friend}: "wie heeft de ladder?" en 3 meer. {link}',
  }),
  T('market', 'social', {
    en: 'You have a new message about your listing|{friend} asked about "Oak bookcase": "Is it still available?" Reply on Xchangello: {link}',
    de: 'Neue Nachricht zu deiner Anzeige|{friend} fragt zu „Kinderfahrrad 20 Zoll“: „Ist es noch da?“ {link}',
    fr: 'Nouveau message concernant votre annonce|{friend} à propos de « Vélo enfant » : « Toujours disponible ? » {link}',
    es: 'Nuevo mensaje sobre tu anuncio|{friend} pregunta por «Sofá cama»: «¿Sigue disponible?» {link}',
    pt: 'Nova mensagem sobre o seu anúncio|{friend} sobre "Berço de madeira": "Ainda está disponível?" {link}',
    it: 'Nuovo messaggio sul tuo annuncio|{friend} su "Libreria in rovere": "È ancora disponibile?" {link}',
    nl: 'Nieuw bericht over je advertentie|{friend} over "Eiken boekenkast": "Is hij nog beschikbaar?" {link}',
  }),
  T('calendar', 'shared', {
    en: 'Accepted: Team lunch @ {date} {time}|{friend} has accepted this invitation.',
    de: 'Zugesagt: Teamessen am {date} um {time}|{friend} hat die Einladung angenommen.',
    fr: 'Accepté : déjeuner d’équipe le {date} à {time}|{friend} a accepté cette invitation.',
    es: 'Aceptada: comida de equipo el {date} a las {time}|{friend} ha aceptado la invitación.',
    pt: 'Aceito: almoço da equipa em {date} às {time}|{friend} aceitou este convite.',
    it: 'Accettato: pranzo di team il {date} alle {time}|{friend} ha accettato l’invito.',
    nl: 'Geaccepteerd: teamlunch op {date} om {time}|{friend} heeft de uitnodiging geaccepteerd.',
  }),
  T('docs', 'shared', {
    en: '{friend} commented on "Newsletter plan"|"Can we move this section up?" Reply or resolve: {link}',
    de: '{friend} hat „Reiseplanung“ kommentiert|„Sollen wir den Zug früher nehmen?“ {link}',
    fr: '{friend} a commenté « Plan de la newsletter »|« On remonte cette partie ? » {link}',
    es: '{friend} ha comentado en «Plan de viaje»|«¿Cogemos el tren antes?» {link}',
    pt: '{friend} comentou em "Plano da viagem"|"Apanhamos o comboio mais cedo?" {link}',
    it: '{friend} ha commentato "Piano del viaggio"|"Prendiamo il treno prima?" {link}',
    nl: '{friend} reageerde op "Reisplan"|"Zullen we de eerdere trein nemen?" {link}',
  }),
  T('ride', 'receipt', {
    en: 'Your Tuesday evening trip with Zoomrue|Total {amount}. Thanks for riding, {name}. Trip {ref}.',
    de: 'Deine Fahrt am Dienstagabend|Gesamt {amount}. Danke, {name}! Fahrt {ref}.',
    fr: 'Votre course de mardi soir|Total {amount}. Merci {name} ! Course {ref}.',
    es: 'Tu viaje del martes por la noche|Total {amount}. ¡Gracias, {name}! Viaje {ref}.',
    pt: 'Sua viagem de terça à noite|Total {amount}. Obrigado, {name}! Viagem {ref}.',
    it: 'La tua corsa di martedì sera|Totale {amount}. Grazie {name}! Corsa {ref}.',
    nl: 'Je rit van dinsdagavond|Totaal {amount}. Bedankt, {name}! Rit {ref}.',
  }),
  T('food', 'receipt', {
    en: 'Order from Pho Corner: receipt|You paid {amount}. Your food was delivered at {time}. Order {ref}.',
    de: 'Bestellung bei Pizzeria Roma: Beleg|Bezahlt {amount}. Geliefert um {time}. Bestellung {ref}.',
    fr: 'Commande chez Sushi Gare : reçu|Payé {amount}. Livré à {time}. Commande {ref}.',
    es: 'Pedido de Tacos Lola: recibo|Has pagado {amount}. Entregado a las {time}. Pedido {ref}.',
    pt: 'Pedido do Açaí da Praça: recibo|Você pagou {amount}. Entregue às {time}. Pedido {ref}.',
    it: 'Ordine da Trattoria Nonna: ricevuta|Hai pagato {amount}. Consegnato alle {time}. Ordine {ref}.',
    nl: 'Bestelling bij Wok Centrum: bon|Je betaalde {amount}. Bezorgd om {time}. Bestelling {ref}.',
  }),
  T('stream', 'receipt', {
    en: 'Vistavox|Your monthly payment of {amount} went through. Next billing date {date}.',
    de: 'Zahlungsbestätigung Vistavox|Deine Monatszahlung über {amount} ist eingegangen.',
    fr: 'Vistavox : paiement reçu|Votre paiement mensuel de {amount} a été accepté.',
    es: 'Vistavox: recibo|Tu pago mensual de {amount} se ha realizado.',
    pt: 'Vistavox: recibo|Seu pagamento mensal de {amount} foi aprovado.',
    it: 'Vistavox: ricevuta|Il pagamento mensile di {amount} è andato a buon fine.',
    nl: 'Vistavox: betaalbewijs|Je maandelijkse betaling van {amount} is gelukt.',
  }),
  T('apps', 'receipt', {
    en: 'Your receipt from Kapstore|Puzzle Garden Premium (monthly) {amount}. Order ID {ref}.',
    de: 'Deine Rechnung von Kapstore|Wetter Pro (jährlich) {amount}. Bestell-ID {ref}.',
    fr: 'Votre reçu Kapstore|Carnet Pro (annuel) {amount}. Commande {ref}.',
    es: 'Tu recibo de Kapstore|Idiomas Plus (mensual) {amount}. Pedido {ref}.',
    pt: 'Seu recibo da Kapstore|Treino Pro (mensal) {amount}. Pedido {ref}.',
    it: 'La tua ricevuta Kapstore|Meteo Pro (annuale) {amount}. Ordine {ref}.',
    nl: 'Je bon van Kapstore|Fietsroutes Pro (jaarlijks) {amount}. Bestelling {ref}.',
  }),
  T('school', 'notice', {
    en: 'New message from Class 4B|Ms Patel: "PE kit needed on Thursday." View in Wizzclass: {link}',
    de: 'Neue Nachricht aus der Klasse 4b|Frau Keller: „Donnerstag bitte Sportzeug mitbringen.“ {link}',
    fr: 'Nouveau message de la classe de CM1|Mme Martin : « Prévoir une tenue de sport jeudi. » {link}',
    es: 'Nuevo mensaje de 4.º B|La profe Ana: «El jueves traed ropa de deporte.» {link}',
    pt: 'Nova mensagem da turma 4.º B|Professora Rita: "Quinta-feira tragam roupa de ginástica." {link}',
    it: 'Nuovo messaggio dalla classe 4B|Maestra Giulia: "Giovedì serve la tuta." {link}',
    nl: 'Nieuw bericht van groep 6|Juf Anouk: "Donderdag gymspullen meenemen." {link}',
  }),
  T('codes', 'codes', {
    en: 'Keyvora: your code is {code}|Enter {code} to finish signing in on your laptop. Expires in 5 minutes. We never ask for this code by phone.',
    de: 'Keyvora: dein Code lautet {code}|Gib {code} ein, um die Anmeldung am Laptop abzuschließen. Gültig 5 Minuten.',
    fr: 'Keyvora : votre code est {code}|Saisissez {code} pour finir la connexion sur votre ordinateur. Valable 5 minutes.',
    es: 'Keyvora: tu código es {code}|Introduce {code} para terminar de iniciar sesión en tu portátil. Válido 5 minutos.',
    pt: 'Keyvora: seu código é {code}|Digite {code} para concluir o acesso no notebook. Vale por 5 minutos.',
    it: 'Keyvora: il tuo codice è {code}|Inserisci {code} per completare l’accesso dal portatile. Valido 5 minuti.',
    nl: 'Keyvora: je code is {code}|Vul {code} in om het inloggen op je laptop af te ronden. 5 minuten geldig.',
  }),
]
