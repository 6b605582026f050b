// Texts of the person's own bursts, per language: what they write to shops after the holidays,
// the wrappers companies answer in, and the gift-shopping evening's account and order mails.
import type { Lang } from '../types.ts'

export interface OwnText {
  asks: readonly string[]
  wrap: readonly string[]
  answer: string
  signup: readonly [string, string]
  newsletter: readonly [string, string]
  account: readonly (readonly [string, string])[]
  order: readonly [string, string]
}

export const OWN_TEXT: Record<Lang, OwnText> = {
  en: {
    asks: [
      'Return request for order {n}',
      'Refund for the cancelled gift box',
      'Parcel marked delivered but not here',
      'Exchange: jumper too small',
      'Missing item in order {n}',
      'Damaged ornament, please refund',
    ],
    wrap: ['Re: {s}', '[Request #{t}] {s}', '{s} [#{t}]', 'Your request: {s}'],
    answer:
      'Hi {first}, thanks for getting in touch about "{s}". Our team will reply within 24 hours. Reference {t}.',
    signup: [
      'Welcome to {brand}',
      'Hi {first}, your account is ready. Confirm your email to finish: {link}',
    ],
    newsletter: [
      'Confirm your subscription to {brand}',
      'Thanks for signing up on our site today. Click to confirm: {link}',
    ],
    account: [
      [
        'Verify your email',
        'Thanks for creating a {brand} account. Verify your email to check out: {link}',
      ],
      ['Welcome, {first}!', 'Your {brand} account is set up. Happy gifting!'],
      ['Confirm your account', 'One click and you are ready to order at {brand}: {link}'],
    ],
    order: [
      'Thank you for your order #{n}',
      'Hi {first}, we received your order. Total {amount}. Gift wrapping included. Estimated delivery {day}.',
    ],
  },
  de: {
    asks: [
      'Retoure zu Bestellung {n}',
      'Erstattung für stornierte Geschenkbox',
      'Paket als zugestellt markiert, aber nicht da',
      'Umtausch: Pullover zu klein',
      'Artikel fehlt in Bestellung {n}',
      'Beschädigte Kugel, bitte erstatten',
    ],
    wrap: ['AW: {s}', '[Anfrage #{t}] {s}', '{s} [#{t}]', 'Ihre Anfrage: {s}'],
    answer:
      'Hallo {first}, danke für Ihre Nachricht zu „{s}". Wir antworten innerhalb von 24 Stunden. Referenz {t}.',
    signup: [
      'Willkommen bei {brand}',
      'Hallo {first}, Ihr Konto ist angelegt. Bitte bestätigen Sie Ihre E-Mail: {link}',
    ],
    newsletter: [
      'Bitte bestätigen: Newsletter von {brand}',
      'Danke für Ihre Anmeldung heute. Bestätigen: {link}',
    ],
    account: [
      [
        'E-Mail-Adresse bestätigen',
        'Danke für Ihr Kundenkonto bei {brand}. Bitte bestätigen Sie Ihre E-Mail, um zu bestellen: {link}',
      ],
      ['Willkommen, {first}!', 'Ihr Konto bei {brand} ist bereit.'],
      ['Konto bestätigen', 'Ein Klick und Sie können bei {brand} bestellen: {link}'],
    ],
    order: [
      'Vielen Dank für Ihre Bestellung {n}',
      'Hallo {first}, wir haben Ihre Bestellung erhalten. Summe {amount}. Voraussichtliche Lieferung {day}.',
    ],
  },
  fr: {
    asks: [
      'Demande de retour commande {n}',
      'Remboursement coffret annulé',
      'Colis indiqué livré mais absent',
      'Échange : pull trop petit',
      'Article manquant commande {n}',
      'Boule cassée, remboursement svp',
    ],
    wrap: ['RE : {s}', '[Demande n°{t}] {s}', '{s} [#{t}]', 'Votre demande : {s}'],
    answer: 'Bonjour {first}, merci pour votre message « {s} ». Réponse sous 24 h. Référence {t}.',
    signup: [
      'Bienvenue chez {brand}',
      'Bonjour {first}, votre compte est créé. Confirmez votre e-mail : {link}',
    ],
    newsletter: [
      'Confirmez votre inscription à {brand}',
      'Merci pour votre inscription aujourd’hui. Confirmer : {link}',
    ],
    account: [
      [
        'Vérifiez votre adresse e-mail',
        'Merci d’avoir créé un compte {brand}. Vérifiez votre e-mail pour commander : {link}',
      ],
      ['Bienvenue, {first} !', 'Votre compte {brand} est prêt.'],
      ['Confirmez votre compte', 'Un clic et vous pouvez commander chez {brand} : {link}'],
    ],
    order: [
      'Merci pour votre commande n°{n}',
      'Bonjour {first}, commande reçue. Total {amount}. Livraison prévue le {day}.',
    ],
  },
  es: {
    asks: [
      'Solicitud de devolución pedido {n}',
      'Reembolso de la caja regalo cancelada',
      'Paquete marcado como entregado pero no llegó',
      'Cambio: jersey pequeño',
      'Falta un artículo en el pedido {n}',
      'Adorno roto, solicito reembolso',
    ],
    wrap: ['RE: {s}', '[Solicitud #{t}] {s}', '{s} [#{t}]', 'Tu consulta: {s}'],
    answer:
      'Hola {first}, gracias por escribirnos sobre «{s}». Responderemos en 24 horas. Referencia {t}.',
    signup: [
      'Bienvenido/a a {brand}',
      'Hola {first}, tu cuenta está lista. Confirma tu correo: {link}',
    ],
    newsletter: [
      'Confirma tu suscripción a {brand}',
      'Gracias por suscribirte hoy. Confirmar: {link}',
    ],
    account: [
      [
        'Verifica tu correo',
        'Gracias por crear tu cuenta en {brand}. Verifica tu correo para comprar: {link}',
      ],
      ['¡Bienvenido/a, {first}!', 'Tu cuenta de {brand} está lista.'],
      ['Confirma tu cuenta', 'Un clic y ya puedes comprar en {brand}: {link}'],
    ],
    order: [
      'Gracias por tu pedido n.º {n}',
      'Hola {first}, hemos recibido tu pedido. Total {amount}. Entrega prevista {day}.',
    ],
  },
  pt: {
    asks: [
      'Pedido de devolução encomenda {n}',
      'Reembolso do cabaz cancelado',
      'Pacote consta como entregue mas não chegou',
      'Troca: camisola pequena',
      'Falta um item no pedido {n}',
      'Enfeite partido, peço reembolso',
    ],
    wrap: ['RE: {s}', '[Pedido #{t}] {s}', '{s} [#{t}]', 'Sua solicitação: {s}'],
    answer:
      'Olá {first}, obrigado pela mensagem sobre "{s}". Respondemos em até 24 horas. Referência {t}.',
    signup: [
      'Bem-vindo à {brand}',
      'Olá {first}, sua conta foi criada. Confirme seu e-mail: {link}',
    ],
    newsletter: [
      'Confirme a subscrição da {brand}',
      'Obrigado pela inscrição de hoje. Confirmar: {link}',
    ],
    account: [
      [
        'Verifique seu e-mail',
        'Obrigado por criar sua conta na {brand}. Verifique o e-mail para finalizar a compra: {link}',
      ],
      ['Bem-vinda, {first}!', 'A sua conta {brand} está pronta.'],
      ['Confirme a sua conta', 'Um clique e já pode comprar na {brand}: {link}'],
    ],
    order: [
      'Obrigado pela sua encomenda n.º {n}',
      'Olá {first}, recebemos o seu pedido. Total {amount}. Entrega prevista {day}.',
    ],
  },
  it: {
    asks: [
      'Richiesta di reso ordine {n}',
      'Rimborso cofanetto annullato',
      'Pacco segnato consegnato ma non arrivato',
      'Cambio: maglione piccolo',
      'Articolo mancante nell’ordine {n}',
      'Addobbo rotto, chiedo rimborso',
    ],
    wrap: ['R: {s}', '[Richiesta #{t}] {s}', '{s} [#{t}]', 'La tua richiesta: {s}'],
    answer:
      'Ciao {first}, grazie per averci scritto su "{s}". Ti rispondiamo entro 24 ore. Riferimento {t}.',
    signup: [
      'Benvenuto su {brand}',
      'Ciao {first}, il tuo account è pronto. Conferma la tua email: {link}',
    ],
    newsletter: [
      'Conferma l’iscrizione a {brand}',
      'Grazie per esserti iscritto oggi. Conferma: {link}',
    ],
    account: [
      [
        'Verifica la tua email',
        'Grazie per aver creato un account {brand}. Verifica l’email per completare l’acquisto: {link}',
      ],
      ['Benvenuta, {first}!', 'Il tuo account {brand} è pronto.'],
      ['Conferma il tuo account', 'Un clic e puoi ordinare su {brand}: {link}'],
    ],
    order: [
      'Grazie per il tuo ordine n. {n}',
      'Ciao {first}, abbiamo ricevuto il tuo ordine. Totale {amount}. Consegna prevista {day}.',
    ],
  },
  nl: {
    asks: [
      'Retourverzoek bestelling {n}',
      'Terugbetaling geannuleerd kerstpakket',
      'Pakket als bezorgd gemeld maar niet ontvangen',
      'Ruilen: trui te klein',
      'Artikel ontbreekt in bestelling {n}',
      'Kapotte kerstbal, graag terugbetaling',
    ],
    wrap: ['RE: {s}', '[Verzoek #{t}] {s}', '{s} [#{t}]', 'Je vraag: {s}'],
    answer:
      'Hoi {first}, bedankt voor je bericht over "{s}". We reageren binnen 24 uur. Kenmerk {t}.',
    signup: [
      'Welkom bij {brand}',
      'Hoi {first}, je account is aangemaakt. Bevestig je e-mail: {link}',
    ],
    newsletter: [
      'Bevestig je inschrijving bij {brand}',
      'Bedankt voor je aanmelding vandaag. Bevestigen: {link}',
    ],
    account: [
      [
        'Bevestig je e-mailadres',
        'Bedankt voor je account bij {brand}. Bevestig je e-mail om af te rekenen: {link}',
      ],
      ['Welkom, {first}!', 'Je account bij {brand} staat klaar.'],
      ['Bevestig je account', 'Eén klik en je kunt bestellen bij {brand}: {link}'],
    ],
    order: [
      'Bedankt voor je bestelling {n}',
      'Hoi {first}, we hebben je bestelling ontvangen. Totaal {amount}. Verwachte levering {day}.',
    ],
  },
}
