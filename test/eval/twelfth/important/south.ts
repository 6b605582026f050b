// Important notices in es, pt, it and nl from made-up services (bank, payments, shop, carrier),
// written for this set in the usual shape of such notices.
import type { Lang } from '../../types.ts'
import type { ImportantText } from './text.ts'

export const SOUTH: Record<Extract<Lang, 'es' | 'pt' | 'it' | 'nl'>, readonly ImportantText[]> = {
  es: [
    {
      kind: 'receipt',
      from: 'Nubaria Facturación <facturas@nubaria.example>',
      subject: (n) => `Tu recibo n.º ${n.ref}`,
      body: (n) =>
        `Importe pagado: ${n.amount} €. Tarjeta terminada en ${n.last4}. Recibo n.º ${n.ref}.`,
    },
    {
      kind: 'payment-received',
      from: 'Pagalisto <servicio@pagalisto.example>',
      subject: (n) => `Has recibido ${n.amount} €`,
      body: (n) =>
        `Has recibido un pago de ${n.amount} €. Identificador de la transacción: ${n.ref}.`,
    },
    {
      kind: 'card',
      from: 'Banco Alcornal <avisos@alcornal.example>',
      subject: () => 'Aviso de compra con tu tarjeta',
      body: (n) =>
        `Se ha realizado una compra de ${n.amount} € con tu tarjeta terminada en ${n.last4}. Si no la reconoces, bloquea la tarjeta en la app.`,
    },
    {
      kind: 'security',
      from: 'Banco Alcornal <seguridad@alcornal.example>',
      subject: () => 'Nuevo acceso a tu banca online',
      body: () =>
        'Hemos detectado un nuevo acceso desde un dispositivo desconocido. Si no has sido tú, cambia tu clave de inmediato.',
    },
    {
      kind: 'order',
      from: 'Casa Tramontana <pedidos@tramontana.example>',
      subject: (n) => `Confirmación de tu pedido ${n.ref}`,
      body: (n) => `Gracias por tu pedido ${n.ref} por un total de ${n.amount} €.`,
    },
    {
      kind: 'delivery',
      from: 'Enviosur <seguimiento@enviosur.example>',
      subject: (n) => `Tu envío ${n.ref} llega hoy`,
      body: () => 'Tu paquete está en reparto y llegará hoy entre las 10:00 y las 14:00.',
    },
  ],
  pt: [
    {
      kind: 'receipt',
      from: 'Nuvália Cobrança <cobranca@nuvalia.example>',
      subject: (n) => `Seu recibo nº ${n.ref}`,
      body: (n) => `Valor pago: R$ ${n.amount}. Cartão final ${n.last4}. Recibo nº ${n.ref}.`,
    },
    {
      kind: 'payment-sent',
      from: 'Pagabem <servico@pagabem.example>',
      subject: (n) => `Você enviou R$ ${n.amount}`,
      body: (n) =>
        `Sua transferência de R$ ${n.amount} foi concluída. Código da transação: ${n.ref}.`,
    },
    {
      kind: 'card',
      from: 'Banco Maresia <alertas@maresia.example>',
      subject: () => 'Compra aprovada no seu cartão',
      body: (n) =>
        `Compra de R$ ${n.amount} aprovada no cartão final ${n.last4}. Não reconhece? Bloqueie o cartão no app.`,
    },
    {
      kind: '2fa',
      from: 'Nuvália <seguranca@nuvalia.example>',
      subject: () => 'A verificação em duas etapas foi desativada',
      body: () =>
        'A verificação em duas etapas da sua conta foi desativada agora. Se não foi você, redefina sua senha.',
    },
    {
      kind: 'order',
      from: 'Loja Jacarandá <pedidos@jacaranda.example>',
      subject: (n) => `Pedido ${n.ref} confirmado`,
      body: (n) => `Recebemos seu pedido ${n.ref} no valor de R$ ${n.amount}.`,
    },
    {
      kind: 'delivery',
      from: 'Rotaentrega <rastreio@rotaentrega.example>',
      subject: (n) => `Sua encomenda ${n.ref} saiu para entrega`,
      body: () => 'Sua encomenda saiu para entrega e chega hoje.',
    },
  ],
  it: [
    {
      kind: 'receipt',
      from: 'Nuvolaria Fatturazione <fatture@nuvolaria.example>',
      subject: (n) => `La tua ricevuta n. ${n.ref}`,
      body: (n) =>
        `Importo pagato: ${n.amount} €. Carta che termina con ${n.last4}. Ricevuta n. ${n.ref}.`,
    },
    {
      kind: 'payment-received',
      from: 'Pagosvelto <servizio@pagosvelto.example>',
      subject: (n) => `Hai ricevuto ${n.amount} €`,
      body: (n) => `Hai ricevuto un pagamento di ${n.amount} €. ID transazione: ${n.ref}.`,
    },
    {
      kind: 'card',
      from: 'Banca Ulivella <avvisi@ulivella.example>',
      subject: () => 'Avviso di pagamento con carta',
      body: (n) =>
        `È stato effettuato un pagamento di ${n.amount} € con la carta che termina con ${n.last4}. Se non lo riconosci, blocca la carta.`,
    },
    {
      kind: 'security',
      from: 'Banca Ulivella <sicurezza@ulivella.example>',
      subject: () => 'La tua password è stata modificata',
      body: () =>
        'La password del tuo home banking è stata appena modificata. Se non sei stato tu, contattaci subito.',
    },
    {
      kind: 'order',
      from: 'Bottega Pioppo <ordini@pioppo.example>',
      subject: (n) => `Conferma dell'ordine n. ${n.ref}`,
      body: (n) => `Grazie per l'ordine n. ${n.ref}, totale ${n.amount} €.`,
    },
    {
      kind: 'delivery',
      from: 'Pacchiveloci <tracking@pacchiveloci.example>',
      subject: (n) => `La tua spedizione ${n.ref} è in consegna`,
      body: () => 'Il pacco verrà consegnato oggi tra le 9 e le 13.',
    },
  ],
  nl: [
    {
      kind: 'receipt',
      from: 'Wolkwerk Facturen <facturen@wolkwerk.example>',
      subject: (n) => `Je betaalbewijs ${n.ref}`,
      body: (n) =>
        `Betaald bedrag: € ${n.amount}. Kaart eindigend op ${n.last4}. Betaalbewijs ${n.ref}.`,
    },
    {
      kind: 'payment-sent',
      from: 'Betaalvlot <service@betaalvlot.example>',
      subject: (n) => `Je hebt € ${n.amount} betaald aan Duinhuis Verhuur`,
      body: (n) => `Je betaling van € ${n.amount} is verstuurd. Transactiecode: ${n.ref}.`,
    },
    {
      kind: 'card',
      from: 'Polderbank <meldingen@polderbank.example>',
      subject: () => 'Melding: betaling met je pas',
      body: (n) =>
        `Er is € ${n.amount} betaald met je pas eindigend op ${n.last4}. Herken je dit niet? Blokkeer je pas in de app.`,
    },
    {
      kind: '2fa',
      from: 'Wolkwerk <beveiliging@wolkwerk.example>',
      subject: () => 'Tweestapsverificatie is gewijzigd',
      body: () =>
        'Er is een nieuw toestel toegevoegd voor tweestapsverificatie. Was jij dit niet? Beveilig dan je account.',
    },
    {
      kind: 'order',
      from: 'Tuinkamer Webshop <bestellingen@tuinkamer.example>',
      subject: (n) => `Bevestiging van je bestelling ${n.ref}`,
      body: (n) => `Bedankt voor je bestelling ${n.ref} van € ${n.amount}.`,
    },
    {
      kind: 'delivery',
      from: 'Pakketpijl <tracking@pakketpijl.example>',
      subject: (n) => `Je pakket ${n.ref} wordt vandaag bezorgd`,
      body: () => 'Je pakket wordt vandaag tussen 12:00 en 16:00 bezorgd.',
    },
  ],
}
