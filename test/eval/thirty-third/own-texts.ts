// What the person writes and gets back in their own bursts, per language: subjects they send,
// the wrappers companies put around them, a sign-up, a newsletter welcome and the shop owner's
// new sales channels and tools ({s} the sent subject, {ref}, {brand}, {link}).
import type { Lang } from '../types.ts'

export interface OwnTexts {
  sent: readonly string[]
  wrap: readonly string[]
  reply: string
  signup: string
  welcome: string
  setup: readonly string[]
}

export const OWN_TEXT: Record<Lang, OwnTexts> = {
  en: {
    sent: [
      'Wholesale order 24 mugs',
      'Pickup slot for Friday',
      'Invoice 2219 query',
      'Return label missing',
      'Courier account details',
    ],
    wrap: ['Re: {s} [#{ref}]', '[{brand}] Request received: {s}', 'Case {ref}: {s}'],
    reply:
      'Thanks for getting in touch, we have logged your message ({ref}) and will reply shortly.',
    signup:
      'Welcome to {brand} — confirm your email || Thanks for signing up. Confirm here: {link}',
    welcome: 'You’re subscribed to {brand} || Welcome! Your first issue arrives on Sunday.',
    setup: [
      'Verify your email for {brand} Seller Hub || Confirm to finish setting up your shop channel: {link}',
      'Activate your {brand} account || Your account for {brand} label printing is ready: {link}',
      'Welcome to {brand}! || Your store is connected. Next: import products.',
    ],
  },
  de: {
    sent: [
      'Großhandelsbestellung 24 Tassen',
      'Abholtermin Freitag',
      'Frage zu Rechnung 2219',
      'Retourenlabel fehlt',
      'Geschäftskundenkonto Versand',
    ],
    wrap: ['AW: {s} [#{ref}]', '[{brand}] Anfrage erhalten: {s}', 'Vorgang {ref}: {s}'],
    reply: 'Danke für Ihre Nachricht, wir haben sie unter {ref} erfasst und melden uns.',
    signup:
      'Willkommen bei {brand} — E-Mail bestätigen || Danke für die Anmeldung. Bestätigen: {link}',
    welcome: 'Sie haben {brand} abonniert || Willkommen! Die erste Ausgabe kommt am Sonntag.',
    setup: [
      'E-Mail bestätigen für {brand} Händlerportal || Bestätigen Sie, um den Verkaufskanal einzurichten: {link}',
      'Aktivieren Sie Ihr {brand} Konto || Ihr Versandetiketten-Konto ist bereit: {link}',
      'Willkommen bei {brand}! || Ihr Shop ist verbunden.',
    ],
  },
  fr: {
    sent: [
      'Commande en gros 24 tasses',
      'Créneau d’enlèvement vendredi',
      'Question facture 2219',
      'Étiquette retour manquante',
      'Compte transporteur',
    ],
    wrap: ['RE: {s} [#{ref}]', '[{brand}] Demande reçue : {s}', 'Dossier {ref} : {s}'],
    reply: 'Merci pour votre message, enregistré sous {ref}. Nous revenons vers vous.',
    signup:
      'Bienvenue chez {brand} — confirmez votre e-mail || Merci de votre inscription : {link}',
    welcome: 'Vous êtes abonné à {brand} || Bienvenue ! Premier numéro dimanche.',
    setup: [
      'Vérifiez votre e-mail pour {brand} Vendeurs || Confirmez pour finir la configuration : {link}',
      'Activez votre compte {brand} || Votre compte étiquettes est prêt : {link}',
      'Bienvenue sur {brand} ! || Votre boutique est connectée.',
    ],
  },
  es: {
    sent: [
      'Pedido mayorista 24 tazas',
      'Recogida el viernes',
      'Duda factura 2219',
      'Falta la etiqueta de devolución',
      'Cuenta de mensajería',
    ],
    wrap: ['RE: {s} [#{ref}]', '[{brand}] Solicitud recibida: {s}', 'Caso {ref}: {s}'],
    reply: 'Gracias por escribirnos, hemos registrado tu mensaje ({ref}).',
    signup: 'Bienvenido a {brand}: confirma tu correo || Gracias por registrarte: {link}',
    welcome: 'Ya estás suscrito a {brand} || ¡Bienvenido! El primer número llega el domingo.',
    setup: [
      'Verifica tu correo para {brand} Vendedores || Confirma para terminar de configurar tu canal: {link}',
      'Activa tu cuenta de {brand} || Tu cuenta de etiquetas está lista: {link}',
      '¡Bienvenido a {brand}! || Tu tienda ya está conectada.',
    ],
  },
  pt: {
    sent: [
      'Encomenda por grosso 24 canecas',
      'Recolha na sexta',
      'Dúvida fatura 2219',
      'Falta etiqueta de devolução',
      'Conta transportadora',
    ],
    wrap: ['RE: {s} [#{ref}]', '[{brand}] Pedido recebido: {s}', 'Processo {ref}: {s}'],
    reply: 'Obrigado pelo contacto, registámos a sua mensagem ({ref}).',
    signup: 'Bem-vindo à {brand} — confirme o email || Obrigado pelo registo: {link}',
    welcome: 'Você assinou {brand} || Boas-vindas! A primeira edição chega domingo.',
    setup: [
      'Verifique o email para {brand} Vendedores || Confirme para concluir o canal de vendas: {link}',
      'Ative sua conta {brand} || Sua conta de etiquetas está pronta: {link}',
      'Bem-vindo à {brand}! || Sua loja está conectada.',
    ],
  },
  it: {
    sent: [
      'Ordine all’ingrosso 24 tazze',
      'Ritiro venerdì',
      'Domanda fattura 2219',
      'Manca etichetta reso',
      'Conto corriere',
    ],
    wrap: ['R: {s} [#{ref}]', '[{brand}] Richiesta ricevuta: {s}', 'Pratica {ref}: {s}'],
    reply: 'Grazie per averci scritto, messaggio registrato ({ref}).',
    signup: 'Benvenuto su {brand}: conferma l’email || Grazie per la registrazione: {link}',
    welcome: 'Sei iscritto a {brand} || Benvenuto! Il primo numero arriva domenica.',
    setup: [
      'Verifica l’email per {brand} Venditori || Conferma per completare il canale: {link}',
      'Attiva il tuo account {brand} || Il conto etichette è pronto: {link}',
      'Benvenuto su {brand}! || Il tuo negozio è collegato.',
    ],
  },
  nl: {
    sent: [
      'Groothandelsbestelling 24 mokken',
      'Ophaalmoment vrijdag',
      'Vraag over factuur 2219',
      'Retourlabel ontbreekt',
      'Verzendaccount zakelijk',
    ],
    wrap: ['RE: {s} [#{ref}]', '[{brand}] Verzoek ontvangen: {s}', 'Dossier {ref}: {s}'],
    reply: 'Bedankt voor je bericht, we hebben het vastgelegd ({ref}).',
    signup: 'Welkom bij {brand} — bevestig je e-mail || Bedankt voor je aanmelding: {link}',
    welcome: 'Je bent geabonneerd op {brand} || Welkom! De eerste editie komt zondag.',
    setup: [
      'Bevestig je e-mail voor {brand} Verkopers || Bevestig om je verkoopkanaal af te ronden: {link}',
      'Activeer je {brand} account || Je labelaccount is klaar: {link}',
      'Welkom bij {brand}! || Je winkel is gekoppeld.',
    ],
  },
}
