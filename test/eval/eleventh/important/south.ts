// Important notices in Spanish, Portuguese and Italian ({amount}, {ref}, {card} filled per mail).
import type { ImportantTable } from './kit.ts'

export const SOUTH: ImportantTable = {
  es: [
    {
      kind: 'receipt',
      from: 'Ultramarinos Olivar <recibos@ultramarinosolivar.es>',
      subject: 'Tu recibo de Ultramarinos Olivar - pedido {ref}',
      body: 'Gracias por tu compra. Pedido {ref}\nImporte pagado: {amount} €\nTarjeta terminada en {card}.',
    },
    {
      kind: 'payment-sent',
      from: 'Pagalisto <servicio@pagalisto.es>',
      subject: 'Has enviado {amount} € a Lucía Ferrando',
      body: 'Has enviado un pago de {amount} EUR a Lucía Ferrando.\nID de transacción: {ref}',
    },
    {
      kind: 'card-alert',
      from: 'Banco Almendral <avisos@bancoalmendral.es>',
      subject: 'Compra con tarjeta de {amount} € autorizada',
      body: 'Se ha autorizado una compra de {amount} € con tu tarjeta terminada en {card}.\nSi no la reconoces, bloquea la tarjeta en la app.',
    },
    {
      kind: 'security',
      from: 'Banco Almendral <seguridad@bancoalmendral.es>',
      subject: 'Nuevo inicio de sesión en tu banca online',
      body: 'Hemos detectado un nuevo acceso a tu banca online desde un dispositivo desconocido.\nSi no has sido tú, cambia tu clave. Referencia {ref}',
    },
    {
      kind: 'order',
      from: 'Tienda Cardón <pedidos@tiendacardon.es>',
      subject: 'Confirmación de tu pedido n.º {ref}',
      body: 'Gracias por tu pedido {ref}.\nTotal: {amount} € IVA incluido\nEntrega estimada: 48 h.',
    },
    {
      kind: 'delivery',
      from: 'Envialba <seguimiento@envialba.es>',
      subject: 'Tu paquete {ref} llega hoy',
      body: 'Tu paquete {ref} está en reparto y llegará hoy entre las 10:00 y las 14:00.',
    },
  ],
  pt: [
    {
      kind: 'receipt',
      from: 'Mercearia Alfazema <recibos@alfazema.pt>',
      subject: 'O seu recibo da Mercearia Alfazema - encomenda {ref}',
      body: 'Obrigado pela sua compra. Encomenda {ref}\nTotal pago: {amount} €\nCartão terminado em {card}.',
    },
    {
      kind: 'payment-received',
      from: 'Pagaleve <servico@pagaleve.pt>',
      subject: 'Recebeu {amount} € de Tiago Moura',
      body: 'Recebeu um pagamento de {amount} EUR de Tiago Moura.\nReferência da transação: {ref}',
    },
    {
      kind: 'card-alert',
      from: 'Banco Ribamar <alertas@bancoribamar.pt>',
      subject: 'Compra de {amount} € com o seu cartão',
      body: 'Foi autorizada uma compra de {amount} € com o cartão terminado em {card}.\nSe não reconhece esta operação, bloqueie o cartão.',
    },
    {
      kind: 'twofa',
      from: 'Banco Ribamar <seguranca@bancoribamar.pt>',
      subject: 'A autenticação em dois passos foi alterada',
      body: 'O número de telemóvel da autenticação em dois passos foi alterado.\nSe não foi você, contacte-nos de imediato. Ref. {ref}',
    },
    {
      kind: 'order',
      from: 'Loja Marés <encomendas@lojamares.com.br>',
      subject: 'Pedido {ref} confirmado',
      body: 'Obrigado pelo seu pedido {ref}.\nTotal: R$ {amount}\nPrevisão de entrega: 5 dias úteis.',
    },
    {
      kind: 'delivery',
      from: 'Expresso Andorinha <tracking@expressoandorinha.pt>',
      subject: 'A sua encomenda {ref} é entregue hoje',
      body: 'A encomenda {ref} está em distribuição e será entregue hoje.',
    },
  ],
  it: [
    {
      kind: 'receipt',
      from: 'Bottega Carraia <ricevute@bottegacarraia.it>',
      subject: 'La tua ricevuta Bottega Carraia - ordine {ref}',
      body: "Grazie per l'acquisto. Ordine {ref}\nTotale pagato: {amount} €\nCarta che termina con {card}.",
    },
    {
      kind: 'payment-sent',
      from: 'Pagofacile <servizio@pagofacile.it>',
      subject: 'Hai inviato {amount} € a Chiara Sartori',
      body: 'Hai inviato un pagamento di {amount} EUR a Chiara Sartori.\nID transazione: {ref}',
    },
    {
      kind: 'card-alert',
      from: 'Banca del Tirolo Sud <avvisi@bancatirolosud.it>',
      subject: 'Pagamento con carta di {amount} € autorizzato',
      body: "È stato autorizzato un pagamento di {amount} € con la carta che termina con {card}.\nSe non lo riconosci, blocca la carta dall'app.",
    },
    {
      kind: 'security',
      from: 'Banca del Tirolo Sud <sicurezza@bancatirolosud.it>',
      subject: 'Nuovo accesso al tuo home banking',
      body: 'Abbiamo rilevato un nuovo accesso al tuo home banking da un nuovo dispositivo.\nSe non sei stato tu, cambia subito la password. Rif. {ref}',
    },
    {
      kind: 'order',
      from: 'Emporio Gelsomino <ordini@emporiogelsomino.it>',
      subject: 'Conferma ordine n. {ref}',
      body: 'Grazie per il tuo ordine {ref}.\nTotale: {amount} € IVA inclusa\nConsegna prevista: 2-3 giorni lavorativi.',
    },
    {
      kind: 'delivery',
      from: 'Corriere Rondine <tracking@corriererondine.it>',
      subject: 'Il tuo pacco {ref} arriva oggi',
      body: 'Il pacco {ref} è in consegna e arriverà oggi tra le 9 e le 13.',
    },
  ],
}
