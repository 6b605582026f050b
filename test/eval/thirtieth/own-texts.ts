// Texts of the bursts the person caused (g-own): what they wrote to companies, how the companies'
// answers wrap the subject, their answers, a sign-up and newsletter confirmations.
import type { Lang } from '../types.ts'

export interface OwnTexts {
  asks: readonly string[]
  wrappers: readonly string[]
  answers: readonly string[]
  body: string
  signup: readonly [string, string]
  newsletter: readonly [string, string]
}

export const OWN: Record<Lang, OwnTexts> = {
  en: {
    asks: [
      'Wrong size delivered, order {n}',
      'Cancel my subscription please',
      'Invoice {n} charged twice',
      'Broken hinge on wardrobe',
      'Change delivery date',
      'Warranty question',
      'Missing item in order {n}',
      'Update my billing address',
    ],
    wrappers: ['Re: {s}', '[#{ref}] {s}', 'Request received: {s}', '{s} – case {ref}'],
    answers: [
      'Hi {first}, thanks for getting in touch. We are looking into it and will reply within a day.',
      'Thanks {first}, your request {ref} is with our team.',
    ],
    body: 'Hello,\n\n{s}\n\nCould you help? Thanks, {first}',
    signup: [
      'Welcome to {c} – confirm your email',
      'Thanks for creating an account. Confirm your address: {link}',
    ],
    newsletter: [
      'Confirm your subscription to {c}',
      'You signed up on our website a moment ago. Confirm: {link}',
    ],
  },
  de: {
    asks: [
      'Falsche Größe geliefert, Bestellung {n}',
      'Bitte Abo kündigen',
      'Rechnung {n} doppelt abgebucht',
      'Scharnier defekt',
      'Liefertermin ändern',
      'Frage zur Garantie',
      'Artikel fehlt in Bestellung {n}',
      'Rechnungsadresse ändern',
    ],
    wrappers: ['AW: {s}', '[Ticket #{ref}] {s}', 'Ihre Anfrage: {s}', '{s} (Vorgang {ref})'],
    answers: [
      'Hallo {first}, danke für Ihre Nachricht. Wir prüfen das und melden uns innerhalb eines Tages.',
      'Danke {first}, Ihre Anfrage {ref} liegt bei unserem Team.',
    ],
    body: 'Guten Tag,\n\n{s}\n\nKönnen Sie helfen? Danke, {first}',
    signup: [
      'Willkommen bei {c} – bitte E-Mail bestätigen',
      'Danke für Ihre Registrierung. Bestätigen: {link}',
    ],
    newsletter: [
      'Newsletter-Anmeldung bei {c} bestätigen',
      'Sie haben sich eben angemeldet. Bestätigen: {link}',
    ],
  },
  fr: {
    asks: [
      'Mauvaise taille reçue, commande {n}',
      'Résiliation de mon abonnement',
      'Facture {n} débitée deux fois',
      'Charnière cassée',
      'Changer la date de livraison',
      'Question garantie',
      'Article manquant commande {n}',
      'Modifier mon adresse de facturation',
    ],
    wrappers: ['RE: {s}', '[#{ref}] {s}', 'Demande reçue : {s}', '{s} – dossier {ref}'],
    answers: [
      'Bonjour {first}, merci pour votre message. Nous revenons vers vous sous 24 h.',
      'Merci {first}, votre demande {ref} est prise en charge.',
    ],
    body: 'Bonjour,\n\n{s}\n\nPouvez-vous m’aider ? Merci, {first}',
    signup: [
      'Bienvenue chez {c} – confirmez votre e-mail',
      'Merci pour votre inscription. Confirmer : {link}',
    ],
    newsletter: [
      'Confirmez votre inscription à la newsletter {c}',
      'Vous venez de vous inscrire. Confirmer : {link}',
    ],
  },
  es: {
    asks: [
      'Talla equivocada, pedido {n}',
      'Quiero darme de baja',
      'Factura {n} cobrada dos veces',
      'Bisagra rota',
      'Cambiar fecha de entrega',
      'Consulta sobre garantía',
      'Falta un artículo del pedido {n}',
      'Cambiar dirección de facturación',
    ],
    wrappers: ['RE: {s}', '[#{ref}] {s}', 'Consulta recibida: {s}', '{s} – caso {ref}'],
    answers: [
      'Hola {first}, gracias por escribirnos. Lo revisamos y te respondemos en un día.',
      'Gracias {first}, tu petición {ref} ya está con el equipo.',
    ],
    body: 'Hola,\n\n{s}\n\n¿Me pueden ayudar? Gracias, {first}',
    signup: ['Bienvenido a {c} – confirma tu correo', 'Gracias por registrarte. Confirmar: {link}'],
    newsletter: ['Confirma tu suscripción a {c}', 'Te acabas de apuntar. Confirmar: {link}'],
  },
  pt: {
    asks: [
      'Tamanho errado, encomenda {n}',
      'Cancelar a assinatura',
      'Fatura {n} cobrada duas vezes',
      'Dobradiça partida',
      'Alterar data de entrega',
      'Dúvida sobre garantia',
      'Falta um artigo no pedido {n}',
      'Atualizar morada de faturação',
    ],
    wrappers: ['RE: {s}', '[#{ref}] {s}', 'Pedido recebido: {s}', '{s} – protocolo {ref}'],
    answers: [
      'Olá {first}, obrigado pelo contacto. Vamos analisar e responder em 24 horas.',
      'Oi {first}, sua solicitação {ref} já está com nossa equipe.',
    ],
    body: 'Olá,\n\n{s}\n\nPodem ajudar? Obrigada, {first}',
    signup: ['Bem-vindo à {c} – confirme o seu e-mail', 'Obrigado pelo registo. Confirmar: {link}'],
    newsletter: ['Confirme a sua subscrição da {c}', 'Acabou de se inscrever. Confirmar: {link}'],
  },
  it: {
    asks: [
      'Taglia sbagliata, ordine {n}',
      'Disdetta abbonamento',
      'Fattura {n} addebitata due volte',
      'Cerniera rotta',
      'Cambiare data di consegna',
      'Domanda sulla garanzia',
      'Articolo mancante ordine {n}',
      'Aggiornare indirizzo di fatturazione',
    ],
    wrappers: ['R: {s}', '[#{ref}] {s}', 'Richiesta ricevuta: {s}', '{s} – pratica {ref}'],
    answers: [
      'Ciao {first}, grazie per averci scritto. Ti rispondiamo entro un giorno.',
      'Grazie {first}, la richiesta {ref} è in lavorazione.',
    ],
    body: 'Buongiorno,\n\n{s}\n\nPotete aiutarmi? Grazie, {first}',
    signup: [
      'Benvenuto su {c} – conferma la tua email',
      'Grazie per la registrazione. Conferma: {link}',
    ],
    newsletter: ['Conferma l’iscrizione a {c}', 'Ti sei appena iscritto. Conferma: {link}'],
  },
  nl: {
    asks: [
      'Verkeerde maat, bestelling {n}',
      'Abonnement opzeggen',
      'Factuur {n} dubbel afgeschreven',
      'Scharnier kapot',
      'Bezorgdatum wijzigen',
      'Vraag over garantie',
      'Artikel ontbreekt in bestelling {n}',
      'Factuuradres aanpassen',
    ],
    wrappers: ['RE: {s}', '[#{ref}] {s}', 'Vraag ontvangen: {s}', '{s} – kenmerk {ref}'],
    answers: [
      'Hoi {first}, bedankt voor je bericht. We reageren binnen een dag.',
      'Dank je {first}, je verzoek {ref} ligt bij ons team.',
    ],
    body: 'Hallo,\n\n{s}\n\nKunnen jullie helpen? Groet, {first}',
    signup: [
      'Welkom bij {c} – bevestig je e-mail',
      'Bedankt voor je registratie. Bevestigen: {link}',
    ],
    newsletter: [
      'Bevestig je inschrijving bij {c}',
      'Je hebt je net aangemeld. Bevestigen: {link}',
    ],
  },
}
