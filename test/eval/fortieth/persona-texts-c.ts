// The personas' regular mail in pt, it and nl (see persona-texts.ts), written for this set.
import { T, type Pair, type Stream } from './persona-texts.ts'

export const STREAM_TEXT_C: Record<'pt' | 'it' | 'nl', Record<Stream, Pair>> = {
  pt: T(
    [
      'Pagamento recebido: fatura {ref} ({amount})',
      '{who} pagou a fatura {ref} de {amount}. Ver na {brand}: {link}',
    ],
    [
      '{who} comentou em “Novo site”',
      '{who}: “Carreguei os novos esboços, podes ver o cabeçalho?” Responder na {brand}: {link}',
    ],
    [
      '{who} assinou “Contrato de prestação {ref}”',
      'Todas as partes assinaram. Descarregue o documento na {brand}: {link}',
    ],
    [
      '{brand}: as ofertas da semana',
      'Olá {name}, a nossa seleção desta semana e {amount} de desconto a partir de 50 €. {link}',
    ],
    [
      'O seu extrato mensal está disponível',
      'Caro(a) {name}, o extrato {brand} da conta terminada em {code} já está no homebanking.',
    ],
    ['{reply} Almoço de domingo', 'Olá avô/avó, chegamos às 12:30 com os miúdos. Beijinhos, {who}'],
    [
      'Obrigado pela compra – encomenda {ref}',
      'Loja {brand}: comprou 1 artigo por {amount}. Já está na sua biblioteca.',
    ],
    [
      'O seu código de acesso {brand}: {code}',
      'Introduza {code} no launcher. Não foi você? Altere a palavra-passe.',
    ],
    [
      '{who} enviou-lhe um pedido de amizade',
      '{who} quer ser seu amigo na {brand}. Aceitar ou ignorar: {link}',
    ],
    [
      'Novas mensagens em #noite-de-raid',
      '{who} e mais 4 escreveram na comunidade {brand}: {link}',
    ],
    [
      'Nova reserva: {date}, 3 noites',
      '{who} reservou o seu apartamento 3 noites a partir de {date}. Pagamento: {amount}. Detalhes na {brand}: {link}',
    ],
    [
      '{reply} Aquecimento apartamento 2',
      'Olá, o radiador do quarto continua frio desde ontem. Alguém pode passar? {who}',
    ],
    [
      'A sua fatura de eletricidade: {amount}',
      '{brand}: a sua fatura {ref} de {amount} está disponível e será debitada a {date}.',
    ],
    [
      'Orçamento {ref}: reparação da torneira',
      'Olá {name}, segue o orçamento {ref} de {amount} com IVA. Podemos ir a {date}. {who}, {brand}',
    ],
  ),
  it: T(
    [
      'Pagamento ricevuto: fattura {ref} ({amount})',
      '{who} ha pagato la fattura {ref} di {amount}. Vedi su {brand}: {link}',
    ],
    [
      '{who} ha commentato “Nuovo sito”',
      '{who}: “Ho caricato le nuove bozze, guardi l’intestazione?” Rispondi su {brand}: {link}',
    ],
    [
      '{who} ha firmato “Contratto di servizio {ref}”',
      'Tutte le parti hanno firmato. Scarica il documento da {brand}: {link}',
    ],
    [
      '{brand}: le offerte della settimana',
      'Buongiorno {name}, la nostra selezione della settimana e {amount} di sconto da 50 € di spesa. {link}',
    ],
    [
      'Il tuo estratto conto mensile è disponibile',
      'Gentile {name}, l’estratto {brand} del conto che termina con {code} è disponibile nell’home banking.',
    ],
    [
      '{reply} Pranzo di domenica',
      'Ciao nonno/nonna, arriviamo alle 12:30 con i bambini. Un abbraccio, {who}',
    ],
    [
      'Grazie per l’acquisto – ordine {ref}',
      'Store {brand}: hai acquistato 1 articolo per {amount}. È già nella tua libreria.',
    ],
    [
      'Il tuo codice di accesso {brand}: {code}',
      'Inserisci {code} nel launcher. Non sei stato tu? Cambia la password.',
    ],
    [
      '{who} ti ha inviato una richiesta di amicizia',
      '{who} vuole essere tuo amico su {brand}. Accetta o ignora: {link}',
    ],
    [
      'Nuovi messaggi in #serata-raid',
      '{who} e altri 4 hanno scritto nella community {brand}: {link}',
    ],
    [
      'Nuova prenotazione: {date}, 3 notti',
      '{who} ha prenotato il tuo appartamento per 3 notti dal {date}. Accredito: {amount}. Dettagli su {brand}: {link}',
    ],
    [
      '{reply} Riscaldamento appartamento 2',
      'Buongiorno, il termosifone della camera è freddo da ieri. Può passare qualcuno? {who}',
    ],
    [
      'La tua bolletta della luce: {amount}',
      '{brand}: la bolletta {ref} di {amount} è disponibile e sarà addebitata il {date}.',
    ],
    [
      'Preventivo {ref}: riparazione rubinetto bagno',
      'Buongiorno {name}, in allegato il preventivo {ref} di {amount} IVA inclusa. Possiamo venire il {date}. {who}, {brand}',
    ],
  ),
  nl: T(
    [
      'Betaling ontvangen: factuur {ref} ({amount})',
      '{who} heeft factuur {ref} van {amount} betaald. Bekijk in {brand}: {link}',
    ],
    [
      '{who} reageerde op “Nieuwe website”',
      '{who}: “Nieuwe schetsen staan online, kijk je even naar de header?” Reageer in {brand}: {link}',
    ],
    [
      '{who} heeft “Dienstverleningsovereenkomst {ref}” ondertekend',
      'Alle partijen hebben getekend. Download het document in {brand}: {link}',
    ],
    [
      '{brand}: de aanbiedingen van deze week',
      'Beste {name}, onze selectie van deze week en {amount} korting vanaf € 50. {link}',
    ],
    [
      'Uw maandoverzicht staat klaar',
      'Beste {name}, uw {brand}-overzicht van de rekening eindigend op {code} staat klaar in internetbankieren.',
    ],
    ['{reply} Zondaglunch', 'Hoi opa/oma, we zijn er om 12:30 met de kinderen. Liefs, {who}'],
    [
      'Bedankt voor je aankoop – bestelling {ref}',
      '{brand} Store: je kocht 1 item voor {amount}. Het staat in je bibliotheek.',
    ],
    [
      'Je {brand}-inlogcode: {code}',
      'Vul {code} in de launcher in. Was jij dit niet? Wijzig je wachtwoord.',
    ],
    [
      '{who} heeft je een vriendschapsverzoek gestuurd',
      '{who} wil vrienden worden op {brand}. Accepteren of negeren: {link}',
    ],
    [
      'Nieuwe berichten in #raid-avond',
      '{who} en 4 anderen schreven in de {brand} community: {link}',
    ],
    [
      'Nieuwe boeking: {date}, 3 nachten',
      '{who} boekte je appartement 3 nachten vanaf {date}. Uitbetaling: {amount}. Details op {brand}: {link}',
    ],
    [
      '{reply} Verwarming appartement 2',
      'Hallo, de radiator in de slaapkamer is sinds gisteren koud. Kan er iemand langskomen? {who}',
    ],
    [
      'Uw energierekening: {amount}',
      '{brand}: uw rekening {ref} van {amount} staat klaar en wordt op {date} afgeschreven.',
    ],
    [
      'Offerte {ref}: reparatie kraan badkamer',
      'Beste {name}, bijgaand onze offerte {ref} van {amount} incl. btw. We kunnen op {date} komen. {who}, {brand}',
    ],
  ),
}
