// What the person writes and what answers it in an own burst, per language: the subjects sent,
// the wrapper a helpdesk puts around them, the reply's first line, a sign-up confirmation and a
// newsletter opt-in the person asked for. Written for this set.
import type { Lang } from '../types.ts'

export interface OwnTexts {
  sent: string[]
  wrap: string[]
  reply: string
  signup: [string, string]
  optin: [string, string]
}

export const OWN: Record<Lang, OwnTexts> = {
  en: {
    sent: [
      'Wrong size delivered',
      'Cancel my membership please',
      'Refund for order 55120',
      'Broken hinge on wardrobe',
      'Change of address',
      'Missing invoice for August',
      'Booking reference not working',
      'Damaged parcel',
      'Question about warranty',
      'Double charge on my card',
      'Login problem',
      'Return label request',
    ],
    wrap: [
      '[{brand}] Re: {subject}',
      'We received your request: {subject}',
      '[Ticket #{ref}] {subject}',
    ],
    reply:
      'Hi {name}, thanks for contacting {brand}. Your request has been received and a member of our team will reply shortly.',
    signup: [
      'Welcome to {brand}, please confirm your email',
      'Thanks for creating an account. Confirm your address: {link}',
    ],
    optin: [
      'Confirm your subscription to {brand}',
      'Click to confirm you want our weekly email: {link}',
    ],
  },
  de: {
    sent: [
      'Falsche Größe geliefert',
      'Bitte Mitgliedschaft kündigen',
      'Erstattung Bestellung 55120',
      'Scharnier am Schrank defekt',
      'Adressänderung',
      'Rechnung August fehlt',
      'Buchungsnummer funktioniert nicht',
      'Paket beschädigt',
      'Frage zur Garantie',
      'Doppelte Abbuchung',
      'Anmeldeproblem',
      'Retourenschein anfordern',
    ],
    wrap: [
      '[{brand}] AW: {subject}',
      'Ihre Anfrage ist eingegangen: {subject}',
      '[Ticket #{ref}] {subject}',
    ],
    reply:
      'Hallo {name}, danke für Ihre Nachricht an {brand}. Wir haben Ihre Anfrage erhalten und melden uns in Kürze.',
    signup: [
      'Willkommen bei {brand} – bitte E-Mail bestätigen',
      'Danke für Ihre Registrierung. Bestätigen Sie Ihre Adresse: {link}',
    ],
    optin: [
      'Bitte bestätige dein Abo bei {brand}',
      'Ein Klick, und du bekommst unseren Wochenbrief: {link}',
    ],
  },
  fr: {
    sent: [
      'Mauvaise taille livrée',
      'Résiliation de mon abonnement',
      'Remboursement commande 55120',
      'Charnière cassée',
      'Changement d’adresse',
      'Facture d’août manquante',
      'Référence de réservation invalide',
      'Colis abîmé',
      'Question sur la garantie',
      'Double prélèvement',
      'Problème de connexion',
      'Demande d’étiquette retour',
    ],
    wrap: [
      '[{brand}] RE: {subject}',
      'Nous avons reçu votre demande : {subject}',
      '[Ticket #{ref}] {subject}',
    ],
    reply:
      'Bonjour {name}, merci d’avoir contacté {brand}. Votre demande a bien été reçue, un conseiller vous répond rapidement.',
    signup: [
      'Bienvenue chez {brand}, confirmez votre e-mail',
      'Merci d’avoir créé un compte. Confirmez votre adresse : {link}',
    ],
    optin: [
      'Confirmez votre abonnement à {brand}',
      'Cliquez pour recevoir notre lettre hebdomadaire : {link}',
    ],
  },
  es: {
    sent: [
      'Talla equivocada',
      'Quiero darme de baja',
      'Reembolso pedido 55120',
      'Bisagra rota',
      'Cambio de dirección',
      'Falta la factura de agosto',
      'La referencia de reserva no funciona',
      'Paquete dañado',
      'Consulta sobre la garantía',
      'Cargo duplicado',
      'Problema para entrar',
      'Solicitud de etiqueta de devolución',
    ],
    wrap: [
      '[{brand}] RE: {subject}',
      'Hemos recibido tu solicitud: {subject}',
      '[Ticket #{ref}] {subject}',
    ],
    reply:
      'Hola {name}, gracias por contactar con {brand}. Hemos recibido tu solicitud y te responderemos en breve.',
    signup: [
      'Bienvenido a {brand}, confirma tu correo',
      'Gracias por crear una cuenta. Confirma tu dirección: {link}',
    ],
    optin: [
      'Confirma tu suscripción a {brand}',
      'Pulsa para recibir nuestro correo semanal: {link}',
    ],
  },
  pt: {
    sent: [
      'Tamanho errado entregue',
      'Cancelar a minha adesão',
      'Reembolso encomenda 55120',
      'Dobradiça partida',
      'Mudança de morada',
      'Falta a fatura de agosto',
      'Referência da reserva não funciona',
      'Encomenda danificada',
      'Dúvida sobre a garantia',
      'Cobrança duplicada',
      'Problema de acesso',
      'Pedido de etiqueta de devolução',
    ],
    wrap: [
      '[{brand}] RE: {subject}',
      'Recebemos o seu pedido: {subject}',
      '[Ticket #{ref}] {subject}',
    ],
    reply:
      'Olá {name}, obrigado por contactar a {brand}. Recebemos o seu pedido e respondemos em breve.',
    signup: [
      'Bem-vindo à {brand}, confirme o seu e-mail',
      'Obrigado por criar uma conta. Confirme o seu endereço: {link}',
    ],
    optin: [
      'Confirme a sua subscrição da {brand}',
      'Clique para receber o nosso e-mail semanal: {link}',
    ],
  },
  it: {
    sent: [
      'Taglia sbagliata',
      'Disdetta abbonamento',
      'Rimborso ordine 55120',
      'Cerniera rotta',
      'Cambio indirizzo',
      'Manca la fattura di agosto',
      'Codice prenotazione non valido',
      'Pacco danneggiato',
      'Domanda sulla garanzia',
      'Doppio addebito',
      'Problema di accesso',
      'Richiesta etichetta di reso',
    ],
    wrap: [
      '[{brand}] R: {subject}',
      'Abbiamo ricevuto la tua richiesta: {subject}',
      '[Ticket #{ref}] {subject}',
    ],
    reply:
      'Ciao {name}, grazie per aver contattato {brand}. Abbiamo ricevuto la tua richiesta e ti risponderemo a breve.',
    signup: [
      'Benvenuto su {brand}, conferma la tua e-mail',
      'Grazie per aver creato un account. Conferma l’indirizzo: {link}',
    ],
    optin: [
      'Conferma l’iscrizione a {brand}',
      'Clicca per ricevere la nostra e-mail settimanale: {link}',
    ],
  },
  nl: {
    sent: [
      'Verkeerde maat geleverd',
      'Lidmaatschap opzeggen',
      'Terugbetaling bestelling 55120',
      'Scharnier kapot',
      'Adreswijziging',
      'Factuur augustus ontbreekt',
      'Boekingsnummer werkt niet',
      'Pakket beschadigd',
      'Vraag over garantie',
      'Dubbele afschrijving',
      'Inlogprobleem',
      'Retourlabel aanvragen',
    ],
    wrap: [
      '[{brand}] Antw: {subject}',
      'We hebben je aanvraag ontvangen: {subject}',
      '[Ticket #{ref}] {subject}',
    ],
    reply:
      'Hoi {name}, bedankt voor je bericht aan {brand}. We hebben je aanvraag ontvangen en reageren snel.',
    signup: [
      'Welkom bij {brand}, bevestig je e-mail',
      'Bedankt voor je account. Bevestig je adres: {link}',
    ],
    optin: [
      'Bevestig je inschrijving bij {brand}',
      'Klik om onze wekelijkse mail te ontvangen: {link}',
    ],
  },
}
