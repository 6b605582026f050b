// Important notices in Portuguese, Italian and Dutch (reconstructions of the usual notices of
// these kinds of service; senders, amounts and references made up).
import type { Lang } from '../../types.ts'
import { notice as n, type Notice } from './types.ts'

export const SOUTH: Partial<Record<Lang, Notice[]>> = {
  pt: [
    n(
      'receipt',
      'Pagamar <recibos@pagamar.example>',
      'O seu recibo: 12,30 € na Pastelaria Sol',
      'Pagou 12,30 € na Pastelaria Sol a 14/01 com o cartão terminado em 8812.',
    ),
    n(
      'payment-received',
      'Banco Ribeira <alertas@bancoribeira.example>',
      'Recebeu uma transferência de 150,00 €',
      'Foi creditada na sua conta ••4410 uma transferência de 150,00 € de RUI MATOS.',
    ),
    n(
      'card-alert',
      'Banco Ribeira <alertas@bancoribeira.example>',
      'Compra de 389,00 € com o seu cartão',
      'Foi efetuada uma compra de 389,00 € em TECNOLAR com o cartão ••4410. Não reconhece? Bloqueie o cartão na app.',
    ),
    n(
      'two-step',
      'Nuvemail <seguranca@nuvemail.example>',
      'Verificação em dois passos desativada',
      'A verificação em dois passos foi desativada na sua conta. Se não foi você, reative-a e altere a palavra-passe.',
    ),
    n(
      'security-alert',
      'Nuvemail <seguranca@nuvemail.example>',
      'Novo início de sessão na sua conta',
      'Início de sessão a partir de Edge em Windows, Porto, às 08:55. Se não foi você, proteja a sua conta.',
    ),
    n(
      'order',
      'Casa Lusitana <encomendas@casalusitana.example>',
      'Encomenda CL-20931 confirmada',
      'Obrigado pela sua encomenda CL-20931 no valor de 58,70 €.',
    ),
    n(
      'delivery',
      'Expressol <entregas@expressol.example>',
      'A sua encomenda chega hoje',
      'A encomenda EX77120934PT será entregue hoje entre as 14h e as 16h.',
    ),
  ],
  it: [
    n(
      'receipt',
      'Pagasì <ricevute@pagasi.example>',
      'La tua ricevuta: 7,50 € da Bar Centrale',
      'Hai pagato 7,50 € a Bar Centrale il 14/01 con la carta che termina con 2204.',
    ),
    n(
      'payment-sent',
      'Banca Collina <avvisi@bancacollina.example>',
      'Bonifico di 800,00 € eseguito',
      'Il tuo bonifico di 800,00 € a STUDIO DENTISTICO RIVA è stato eseguito.',
    ),
    n(
      'card-alert',
      'Banca Collina <avvisi@bancacollina.example>',
      'Pagamento con carta di 455,00 €',
      'È stato effettuato un pagamento di 455,00 € presso ELETTROCITY con la carta ••2204. Non sei tu? Blocca la carta dall’app.',
    ),
    n(
      'password-changed',
      'Nuvolamail <sicurezza@nuvolamail.example>',
      'La tua password è stata modificata',
      'La password del tuo account è stata modificata oggi alle 09:37. Se non sei stato tu, reimpostala subito.',
    ),
    n(
      'security-alert',
      'Nuvolamail <sicurezza@nuvolamail.example>',
      'Nuovo accesso al tuo account',
      'Nuovo accesso da Chrome su Android, Bologna. Se non sei stato tu, proteggi il tuo account.',
    ),
    n(
      'order',
      'Casa Ulivo <ordini@casaulivo.example>',
      'Conferma ordine n. CU-66102',
      'Grazie per il tuo ordine CU-66102 di 73,20 €. Ti avviseremo alla spedizione.',
    ),
    n(
      'delivery',
      'Corriere Lampo <tracking@corrierelampo.example>',
      'Il tuo pacco arriva oggi',
      'La spedizione LP0091827364 verrà consegnata oggi entro le 18:00.',
    ),
  ],
  nl: [
    n(
      'receipt',
      'Betaalwijs <bonnen@betaalwijs.example>',
      'Je bon van Bakkerij Smit: € 6,85',
      'Je hebt op 14-01 € 6,85 betaald bij Bakkerij Smit met je pas eindigend op 9931.',
    ),
    n(
      'payment-received',
      'Polderbank <meldingen@polderbank.example>',
      'Je hebt € 75,00 ontvangen van J. de Wit',
      'Er is € 75,00 bijgeschreven op je rekening ••3381 van J. DE WIT. Omschrijving: Tikkie etentje.',
    ),
    n(
      'card-alert',
      'Polderbank <meldingen@polderbank.example>',
      'Betaling van € 299,00 met je pas',
      'Er is zojuist € 299,00 betaald bij MEDIAPLAZA met je pas ••3381. Herken je dit niet? Blokkeer je pas in de app.',
    ),
    n(
      'two-step',
      'Wolkmail <beveiliging@wolkmail.example>',
      'Tweestapsverificatie ingeschakeld',
      'Tweestapsverificatie is ingeschakeld voor je account. Was jij dit niet? Neem contact met ons op.',
    ),
    n(
      'security-alert',
      'Wolkmail <beveiliging@wolkmail.example>',
      'Nieuwe aanmelding op je account',
      'Nieuwe aanmelding vanaf Firefox op macOS, Utrecht, om 20:14. Was jij dit niet? Wijzig je wachtwoord.',
    ),
    n(
      'order',
      'Huis & Haard <bestellingen@huisenhaard.example>',
      'Bestelling HH-19273 bevestigd',
      'Bedankt voor je bestelling HH-19273 van € 54,95. We laten je weten wanneer hij verzonden is.',
    ),
    n(
      'delivery',
      'Pakketpost <bezorging@pakketpost.example>',
      'Je pakket wordt vandaag bezorgd',
      'Pakket 3SPPX1029384 wordt vandaag tussen 17:00 en 19:00 bezorgd.',
    ),
  ],
}
