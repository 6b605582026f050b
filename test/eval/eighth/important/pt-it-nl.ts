// Important notices in Portuguese, Italian and Dutch (reconstructions, made-up senders).
import type { ImportantNotice } from './types.ts'

export const PT: readonly ImportantNotice[] = [
  [
    'receipt',
    'Mercearia Bairrada <recibos@mercearia-bairrada.example>',
    'O seu recibo',
    'Obrigado pela sua compra. Total pago: {amount} €. Recibo n.º {ref}.',
  ],
  [
    'payment-sent',
    'Banco Tejo Norte <alertas@bancotejonorte.example>',
    'Transferência de {amount} € efetuada',
    'A sua transferência de {amount} € para R. Mourão (ref. {ref}) foi efetuada.',
  ],
  [
    'payment-received',
    'Pagafácil <avisos@pagafacil.example>',
    'Recebeu {amount} €',
    'Joana Paiva enviou-lhe {amount} €. Operação {ref}.',
  ],
  [
    'card-alert',
    'Banco Tejo Norte <alertas@bancotejonorte.example>',
    'Compra com cartão de {amount} €',
    'Foi feita uma compra de {amount} € com o cartão ****5528.',
  ],
  [
    'security-alert',
    'Nuvemcasa <seguranca@nuvemcasa.example>',
    'Novo início de sessão na sua conta',
    'Início de sessão no Chrome em Android perto de Braga. Se não foi você, altere a palavra-passe.',
  ],
  [
    'two-factor',
    'Nuvemcasa <seguranca@nuvemcasa.example>',
    'Verificação em dois passos ativada',
    'A verificação em dois passos foi ativada na sua conta.',
  ],
  [
    'order',
    'Casa Sardoal <encomendas@casasardoal.example>',
    'Encomenda {ref} confirmada',
    'Obrigado pela encomenda {ref}. Total: {amount} €.',
  ],
  [
    'delivery',
    'Expresso Mondego <envios@expressomondego.example>',
    'A sua encomenda chega hoje',
    'A encomenda {ref} será entregue hoje entre as 14h e as 16h.',
  ],
]

export const IT: readonly ImportantNotice[] = [
  [
    'receipt',
    'Bottega Ferlini <ricevute@bottegaferlini.example>',
    'La tua ricevuta di acquisto',
    "Grazie per l'acquisto. Totale pagato: {amount} €. Ricevuta n. {ref}.",
  ],
  [
    'payment-sent',
    'Banca Valsesia <avvisi@bancavalsesia.example>',
    'Bonifico di {amount} € eseguito',
    'Il bonifico di {amount} € a G. Fabbri (rif. {ref}) è stato eseguito.',
  ],
  [
    'payment-received',
    'Pagosubito <avvisi@pagosubito.example>',
    'Hai ricevuto {amount} €',
    'Luca Rinaldi ti ha inviato {amount} €. Operazione {ref}.',
  ],
  [
    'card-alert',
    'Banca Valsesia <avvisi@bancavalsesia.example>',
    'Pagamento con carta di {amount} €',
    'È stato effettuato un pagamento di {amount} € con la carta ****2047.',
  ],
  [
    'security-alert',
    'Nuvolario <sicurezza@nuvolario.example>',
    'Nuovo accesso al tuo account',
    'Accesso da Firefox su Linux vicino a Bergamo. Se non sei stato tu, cambia la password.',
  ],
  [
    'two-factor',
    'Nuvolario <sicurezza@nuvolario.example>',
    'La tua password è stata modificata',
    'La password del tuo account è stata modificata poco fa.',
  ],
  [
    'order',
    'Casa Brenta <ordini@casabrenta.example>',
    'Ordine {ref} confermato',
    'Grazie per il tuo ordine {ref}. Totale {amount} €.',
  ],
  [
    'delivery',
    'Corriere Lario <tracking@corrierelario.example>',
    'Il tuo pacco arriva oggi',
    'La spedizione {ref} sarà consegnata oggi tra le 11 e le 13.',
  ],
]

export const NL: readonly ImportantNotice[] = [
  [
    'receipt',
    'Winkel Hofstede <bonnen@winkelhofstede.example>',
    'Je kassabon',
    'Bedankt voor je aankoop. Betaald: € {amount}. Bon {ref}.',
  ],
  [
    'payment-sent',
    'Polderbank <meldingen@polderbank.example>',
    'Overboeking van € {amount} uitgevoerd',
    'Je overboeking van € {amount} aan K. de Wit (kenmerk {ref}) is uitgevoerd.',
  ],
  [
    'payment-received',
    'Betaalvlot <meldingen@betaalvlot.example>',
    'Je hebt € {amount} ontvangen',
    'Sanne Bakker heeft je € {amount} gestuurd. Transactie {ref}.',
  ],
  [
    'card-alert',
    'Polderbank <meldingen@polderbank.example>',
    'Betaling met je pas: € {amount}',
    'Met je pas ****8850 is zojuist € {amount} betaald. Niet herkend? Blokkeer je pas.',
  ],
  [
    'security-alert',
    'Wolkkast <beveiliging@wolkkast.example>',
    'Nieuwe aanmelding op je account',
    'Nieuwe aanmelding met Safari op macOS bij Utrecht. Was jij dit niet, wijzig dan je wachtwoord.',
  ],
  [
    'two-factor',
    'Wolkkast <beveiliging@wolkkast.example>',
    'Tweestapsverificatie uitgeschakeld',
    'Tweestapsverificatie is uitgeschakeld voor je account.',
  ],
  [
    'order',
    'Woonhuis Ijsselstein <bestellingen@woonhuis-ijsselstein.example>',
    'Bestelling {ref} bevestigd',
    'Bedankt voor je bestelling {ref}. Totaal € {amount}.',
  ],
  [
    'delivery',
    'Pakketpijl <volgen@pakketpijl.example>',
    'Je pakket komt vandaag',
    'Zending {ref} wordt vandaag tussen 17:00 en 19:00 bezorgd.',
  ],
]
