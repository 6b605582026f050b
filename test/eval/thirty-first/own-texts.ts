// Texts of the bursts the person caused: what they wrote, the companies' answers wrapping the sent
// subject, a sign-up confirmation and the newsletters subscribed to that day. `subject|body`.
import type { Lang } from '../types.ts'

export const OWN_ASKS: Record<Lang, readonly string[]> = {
  en: [
    'Missing item in order 55120',
    'Can I change my delivery address',
    'Warranty claim for my kettle',
    'Cancel my membership',
    'Invoice for October',
  ],
  de: [
    'Fehlender Artikel in Bestellung 55120',
    'Lieferadresse ändern',
    'Garantiefall Wasserkocher',
    'Mitgliedschaft kündigen',
    'Rechnung für Oktober',
  ],
  fr: [
    'Article manquant dans la commande 55120',
    'Changer mon adresse de livraison',
    'Garantie de ma bouilloire',
    'Résilier mon abonnement',
    'Facture d’octobre',
  ],
  es: [
    'Falta un artículo en el pedido 55120',
    'Cambiar la dirección de entrega',
    'Garantía del hervidor',
    'Darme de baja como socia',
    'Factura de octubre',
  ],
  pt: [
    'Falta um artigo na encomenda 55120',
    'Alterar a morada de entrega',
    'Garantia da chaleira',
    'Cancelar a minha assinatura',
    'Fatura de outubro',
  ],
  it: [
    'Articolo mancante nell’ordine 55120',
    'Cambiare indirizzo di consegna',
    'Garanzia del bollitore',
    'Disdire l’abbonamento',
    'Fattura di ottobre',
  ],
  nl: [
    'Artikel ontbreekt in bestelling 55120',
    'Bezorgadres wijzigen',
    'Garantie waterkoker',
    'Lidmaatschap opzeggen',
    'Factuur oktober',
  ],
}

export const WRAPPERS: Record<Lang, readonly string[]> = {
  en: [
    '[Request #{ticket}] {subject}|Hi {name}, thanks for writing to {company}. We’ve received your request and will reply soon.',
    'Re: {subject}|Your message has been received (case {ticket}).',
    'Ticket received - {subject}|{company} support: ticket {ticket} is open.',
  ],
  de: [
    '[Anfrage #{ticket}] {subject}|Hallo {name}, danke für Ihre Nachricht an {company}. Wir melden uns bald.',
    'AW: {subject}|Ihre Nachricht ist eingegangen (Vorgang {ticket}).',
    'Ticket erhalten – {subject}|{company} Kundenservice: Ticket {ticket} ist offen.',
  ],
  fr: [
    '[Demande #{ticket}] {subject}|Bonjour {name}, merci d’avoir écrit à {company}. Nous répondons vite.',
    'RE : {subject}|Votre message a bien été reçu (dossier {ticket}).',
    'Ticket reçu – {subject}|Service client {company} : ticket {ticket} ouvert.',
  ],
  es: [
    '[Solicitud #{ticket}] {subject}|Hola {name}, gracias por escribir a {company}. Te responderemos pronto.',
    'RE: {subject}|Hemos recibido tu mensaje (caso {ticket}).',
    'Ticket recibido – {subject}|Atención al cliente {company}: ticket {ticket} abierto.',
  ],
  pt: [
    '[Pedido #{ticket}] {subject}|Olá {name}, obrigado por escrever à {company}. Respondemos em breve.',
    'RE: {subject}|Recebemos sua mensagem (chamado {ticket}).',
    'Ticket recebido – {subject}|Suporte {company}: ticket {ticket} aberto.',
  ],
  it: [
    '[Richiesta #{ticket}] {subject}|Ciao {name}, grazie per aver scritto a {company}. Ti rispondiamo presto.',
    'R: {subject}|Abbiamo ricevuto il tuo messaggio (pratica {ticket}).',
    'Ticket ricevuto – {subject}|Assistenza {company}: ticket {ticket} aperto.',
  ],
  nl: [
    '[Verzoek #{ticket}] {subject}|Hoi {name}, bedankt voor je bericht aan {company}. We reageren snel.',
    'Re: {subject}|We hebben je bericht ontvangen (melding {ticket}).',
    'Ticket ontvangen – {subject}|Klantenservice {company}: ticket {ticket} staat open.',
  ],
}

export const SIGNUP: Record<Lang, readonly string[]> = {
  en: ['Confirm your email for {company}|Hi {name}, thanks for signing up. Confirm here: {link}'],
  de: [
    'Bestätige deine E-Mail für {company}|Hallo {name}, danke für deine Registrierung. Bestätigen: {link}',
  ],
  fr: [
    'Confirmez votre e-mail pour {company}|Bonjour {name}, merci pour votre inscription. Confirmer : {link}',
  ],
  es: ['Confirma tu correo en {company}|Hola {name}, gracias por registrarte. Confirmar: {link}'],
  pt: ['Confirme seu e-mail na {company}|Oi {name}, obrigado pelo cadastro. Confirmar: {link}'],
  it: [
    'Conferma la tua email per {company}|Ciao {name}, grazie per la registrazione. Conferma: {link}',
  ],
  nl: [
    'Bevestig je e-mail voor {company}|Hoi {name}, bedankt voor je aanmelding. Bevestigen: {link}',
  ],
}

export const SUBSCRIBED: Record<Lang, readonly string[]> = {
  en: [
    'Please confirm your subscription to {company}|One click to confirm: {link}',
    'Welcome to the {company} newsletter|You’re in, {name}! First issue arrives on Friday.',
  ],
  de: [
    'Bitte bestätige dein Abo bei {company}|Ein Klick zum Bestätigen: {link}',
    'Willkommen beim Newsletter von {company}|Schön, dass du dabei bist, {name}!',
  ],
  fr: [
    'Confirmez votre abonnement à {company}|Un clic pour confirmer : {link}',
    'Bienvenue dans la newsletter {company}|Ravi de vous compter parmi nous, {name} !',
  ],
  es: [
    'Confirma tu suscripción a {company}|Un clic para confirmar: {link}',
    'Bienvenido/a al boletín de {company}|¡Ya estás dentro, {name}!',
  ],
  pt: [
    'Confirme a sua subscrição da {company}|Um clique para confirmar: {link}',
    'Bem-vindo à newsletter da {company}|Já está dentro, {name}!',
  ],
  it: [
    'Conferma l’iscrizione a {company}|Un clic per confermare: {link}',
    'Benvenuto nella newsletter di {company}|Ci sei, {name}!',
  ],
  nl: [
    'Bevestig je inschrijving bij {company}|Eén klik om te bevestigen: {link}',
    'Welkom bij de nieuwsbrief van {company}|Je bent erbij, {name}!',
  ],
}
