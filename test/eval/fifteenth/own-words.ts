// Words of the bursts the person caused: what they wrote to companies, the wrappers the
// companies' acknowledgements put around the echoed subject, and a sign-up / newsletter
// confirmation of their own. Written fresh for this set.
import type { Lang } from '../types.ts'

export const SENT: Record<Lang, readonly string[]> = {
  en: [
    'Subject access request under UK GDPR',
    'Please delete my account and data',
    'Question about my last invoice',
    'Erasure request – Article 17',
    'Opt me out of marketing, please',
  ],
  de: [
    'Auskunftsersuchen nach Art. 15 DSGVO',
    'Löschung meines Kundenkontos',
    'Frage zu meiner Rechnung',
    'Widerspruch gegen Werbung',
    'Datenlöschung nach Art. 17 DSGVO',
  ],
  fr: [
    "Demande d'accès à mes données (RGPD)",
    'Suppression de mon compte',
    'Question sur ma facture',
    "Droit d'opposition – prospection",
    "Demande d'effacement article 17",
  ],
  es: [
    'Solicitud de acceso a mis datos (RGPD)',
    'Baja y supresión de mi cuenta',
    'Duda sobre mi última factura',
    'Oposición a comunicaciones comerciales',
    'Ejercicio del derecho de supresión',
  ],
  pt: [
    'Pedido de acesso aos meus dados (RGPD)',
    'Eliminação da minha conta',
    'Dúvida sobre a minha fatura',
    'Oposição a marketing',
    'Pedido de apagamento – artigo 17.º',
  ],
  it: [
    'Richiesta di accesso ai dati (GDPR)',
    'Cancellazione del mio account',
    'Domanda sulla mia fattura',
    'Opposizione al marketing',
    'Diritto alla cancellazione – art. 17',
  ],
  nl: [
    'Inzageverzoek op grond van de AVG',
    'Verwijdering van mijn account',
    'Vraag over mijn factuur',
    'Bezwaar tegen direct marketing',
    'Verzoek tot gegevenswissing (art. 17)',
  ],
}

export const ACK_WRAPS: Record<Lang, readonly string[]> = {
  en: [
    'Re: {s}',
    '[{c}] Request received: {s}',
    'Your request ({r}) has been received',
    'Ticket #{r}: {s}',
  ],
  de: [
    'AW: {s}',
    '[{c}] Anfrage erhalten: {s}',
    'Ihre Anfrage ({r}) ist eingegangen',
    'Ticket #{r}: {s}',
  ],
  fr: [
    'RE: {s}',
    '[{c}] Demande reçue : {s}',
    'Votre demande ({r}) a bien été reçue',
    'Ticket n°{r} : {s}',
  ],
  es: [
    'RE: {s}',
    '[{c}] Solicitud recibida: {s}',
    'Hemos recibido su solicitud ({r})',
    'Ticket #{r}: {s}',
  ],
  pt: [
    'RE: {s}',
    '[{c}] Pedido recebido: {s}',
    'O seu pedido ({r}) foi recebido',
    'Ticket #{r}: {s}',
  ],
  it: [
    'R: {s}',
    '[{c}] Richiesta ricevuta: {s}',
    'La tua richiesta ({r}) è stata ricevuta',
    'Ticket #{r}: {s}',
  ],
  nl: [
    'Re: {s}',
    '[{c}] Verzoek ontvangen: {s}',
    'Uw verzoek ({r}) is ontvangen',
    'Ticket #{r}: {s}',
  ],
}

export const ACK_BODY: Record<Lang, string> = {
  en: 'Thank you for contacting {c}. We have received your request and will respond within one month, as the law requires.',
  de: 'Vielen Dank für Ihre Nachricht an {c}. Wir haben Ihre Anfrage erhalten und beantworten sie innerhalb der gesetzlichen Frist von einem Monat.',
  fr: 'Merci d’avoir contacté {c}. Nous avons bien reçu votre demande et y répondrons dans le délai légal d’un mois.',
  es: 'Gracias por contactar con {c}. Hemos recibido su solicitud y le responderemos en el plazo legal de un mes.',
  pt: 'Obrigado por contactar a {c}. Recebemos o seu pedido e responderemos no prazo legal de um mês.',
  it: 'Grazie per aver contattato {c}. Abbiamo ricevuto la tua richiesta e risponderemo entro il termine di legge di un mese.',
  nl: 'Bedankt voor uw bericht aan {c}. Wij hebben uw verzoek ontvangen en reageren binnen de wettelijke termijn van een maand.',
}

export const SIGNUP: Record<Lang, readonly [string, string]> = {
  en: [
    'Confirm your account',
    'Thanks for signing up to {c}! Confirm your email to get started: {l}',
  ],
  de: [
    'Bestätige dein Konto',
    'Danke für deine Anmeldung bei {c}! Bestätige deine E-Mail-Adresse: {l}',
  ],
  fr: [
    'Confirmez votre compte',
    'Merci pour votre inscription chez {c} ! Confirmez votre adresse : {l}',
  ],
  es: ['Confirma tu cuenta', '¡Gracias por registrarte en {c}! Confirma tu correo: {l}'],
  pt: ['Confirme a sua conta', 'Obrigado por se registar na {c}! Confirme o seu e-mail: {l}'],
  it: ['Conferma il tuo account', 'Grazie per la registrazione a {c}! Conferma la tua email: {l}'],
  nl: ['Bevestig je account', 'Bedankt voor je aanmelding bij {c}! Bevestig je e-mailadres: {l}'],
}

export const NEWSLETTER: Record<Lang, readonly [string, string]> = {
  en: [
    'Confirm your subscription to {c}',
    'Tap to confirm and you will get our next issue on Friday: {l}',
  ],
  de: ['Bestätige dein Abo von {c}', 'Ein Klick und die nächste Ausgabe kommt am Freitag: {l}'],
  fr: [
    'Confirmez votre abonnement à {c}',
    'Un clic et vous recevrez le prochain numéro vendredi : {l}',
  ],
  es: ['Confirma tu suscripción a {c}', 'Un clic y recibirás el próximo número el viernes: {l}'],
  pt: ['Confirme a sua subscrição de {c}', 'Um clique e recebe a próxima edição na sexta: {l}'],
  it: ['Conferma l’iscrizione a {c}', 'Un clic e riceverai il prossimo numero venerdì: {l}'],
  nl: ['Bevestig je inschrijving bij {c}', 'Eén klik en je krijgt vrijdag de volgende editie: {l}'],
}
