// Look-alike texts (pt, it, nl), two per class, written for this set (slots as in texts-a.ts).
import type { LookTexts } from './types.ts'

export const LOOK_PT: LookTexts = {
  newsletter: [
    'Newsletter {brand} | 5 ferramentas que poupam uma hora por dia às equipas de suporte :: Olá {first},\n\nesta semana: macros que ajudam mesmo, uma lista para as férias e o nosso webinar de {date}.\n\nLer online: {link}\n\nCancelar subscrição ou gerir preferências: {link}',
    'Novidades de outubro na {brand} 🚀 :: Este mês: edição em massa, pesquisa mais rápida e app renovada.\n\nVer o que mudou: {link}\n\nRecebe este e-mail por ser cliente {brand}. Cancelar: {link}',
  ],
  colleague: [
    'RES: Plano de turnos do 4.º trimestre :: Olá {first},\n\nparece-me bem. Consegues juntar os turnos de sábado até quinta?\n\nObrigado,\n{cname}\n\n> Na segunda escreveste:\n> Rascunho em anexo, comentários são bem-vindos.',
    'RES: pergunta rápida sobre o cliente Fonseca :: Sim, renovaram na semana passada. Enviei o contrato para o jurídico.\n\n{cname}',
  ],
  customer: [
    'Obrigado pela ajuda rápida! :: Olá {first},\n\nsó queria agradecer: a solução funcionou e a equipa já está a trabalhar.\n\nCumprimentos,\n{cname}',
    'Encomenda {order} - pequena alteração :: Bom dia,\n\npodem alterar a morada de entrega da encomenda {order} para o nosso novo escritório? Rua do Moinho 14, Porto.\n\nObrigado,\n{cname}',
  ],
  forward: [
    'ENC: Reclamação de fatura da Matos & Filhos :: {first}, podes ver isto? Está abaixo.\n\n{cname}\n\n---------- Mensagem encaminhada ---------\nAssunto: Reclamação de fatura\nSetembro foi-nos cobrado duas vezes.',
    'ENC: Dados da chamada :: Para tua informação - o link de amanhã.\n\n---------- Mensagem encaminhada ---------\nDe: {brand} Eventos\nLink: {link}',
  ],
  calendar: [
    'Convite: Reunião semanal de suporte @ {date} 10:00 - 10:30 :: {cname} convidou-o para "Reunião semanal de suporte".\n\nQuando: {date} 10:00-10:30\nOnde: sala 2 / videochamada {link}\n\nSim - Talvez - Não',
    'Convite atualizado: Revisão do orçamento passou para {date} 15:00 :: {cname} alterou a hora da revisão do orçamento.\n\nNova hora: {date} 15:00-16:00\nEntrar: {link}',
  ],
  'shared-doc': [
    '{cname} partilhou "Roadmap T4" consigo :: {cname} partilhou um documento consigo:\n\nRoadmap T4\n"Acrescentem os vossos pontos até sexta."\n\nAbrir: {link}\n\n{brand} Docs',
    '{cname} mencionou-o em "Manual de suporte" :: {cname} mencionou-o num comentário:\n\n"@{first} podes rever a secção de escalonamento?"\n\nResponder: {link}',
  ],
  'list-reply': [
    '[{list}] Re: Migrar do formulário antigo :: {cname} escreveu:\n\nFizemos isso na primavera: mantenham o redirecionamento do URL antigo pelo menos um mês.\n\n> Alguém migrou recentemente?\n\n--\nLista {list}\n{link}',
    '[{list}] Re: Encontro em novembro? :: +1, podemos receber no nosso escritório. {cname}\n\n--\nEstá inscrito em {list}. Cancelar: {link}',
  ],
  'vendor-ticket': [
    'RES: [Ticket #{ticket}] {vsubject} :: Olá {first},\n\nobrigado pela paciência. Encontrámos a causa do problema do ticket #{ticket} e aplicámos a correção esta manhã.\n\nPode confirmar que já funciona?\n\n{cname}\nSuporte {brand}\n\n> {vsubject}',
    '[{brand}] Atualização do seu pedido #{ticket} :: Olá {first},\n\no seu pedido "{vsubject}" (#{ticket}) foi encaminhado para a nossa equipa técnica. Daremos notícias em dois dias úteis.\n\nSuporte {brand}',
  ],
  receipt: [
    'O seu recibo {brand} n.º {ref} :: Recibo n.º {ref}\n\nValor pago: {amount}\nData: {date}\nMeio de pagamento: Visa terminado em {last4}\n\nDúvidas? Responda a este e-mail.',
    'Pagamento recebido - obrigado :: Recebemos o seu pagamento de {amount} em {date}. Recibo n.º {ref}.\n\n{brand}',
  ],
  invoice: [
    'Fatura {ref} da {brand} :: Olá,\n\nsegue a fatura {ref} no valor de {amount}, com vencimento a {date}. Será debitada no cartão terminado em {last4}.\n\nVer fatura: {link}',
    'A sua fatura {brand} está disponível :: A fatura {ref} ({amount}) da sua subscrição já está disponível.\n\nDescarregar: {link}',
  ],
  'bank-alert': [
    'Pagamento com cartão de {amount} em {merchant} :: O seu cartão {brand} terminado em {last4} foi usado para pagar {amount} em {merchant} a {date} às {time}.\n\nNão foi você? Ligue para o número do seu cartão.',
    'Recebeu {amount} :: Chegou uma transferência de {amount} de {cname} à sua conta {brand} terminada em {last4}.',
  ],
  'security-alert': [
    'Novo início de sessão na sua conta {brand} :: Houve um novo início de sessão na sua conta {brand} a {date} às {time} no Chrome em Windows.\n\nSe foi você, não precisa de fazer nada. Caso contrário, proteja a conta: {link}',
    'A palavra-passe da sua conta {brand} foi alterada :: A palavra-passe da sua conta {brand} foi alterada a {date}. Se não foi você, redefina-a já: {link}',
  ],
}

export const LOOK_IT: LookTexts = {
  newsletter: [
    'Newsletter {brand} | 5 strumenti che fanno risparmiare un’ora al giorno al supporto :: Ciao {first},\n\nquesta settimana: macro davvero utili, una checklist per le ferie e il nostro webinar del {date}.\n\nLeggi online: {link}\n\nDisiscriviti o gestisci le preferenze: {link}',
    'Le novità di ottobre di {brand} 🚀 :: Questo mese: modifica in blocco, ricerca più veloce e app rinnovata.\n\nScopri le novità: {link}\n\nRicevi questa email in quanto cliente {brand}. Disiscriviti: {link}',
  ],
  colleague: [
    'R: Piano turni Q4 :: Ciao {first},\n\nper me va bene. Riesci ad aggiungere i turni del sabato entro giovedì?\n\nGrazie,\n{cname}\n\n> Lunedì hai scritto:\n> Bozza in allegato, commenti benvenuti.',
    'R: domanda veloce sul cliente Moretti :: Sì, hanno rinnovato la settimana scorsa. Ho girato il contratto all’ufficio legale.\n\n{cname}',
  ],
  customer: [
    'Grazie per l’aiuto veloce! :: Ciao {first},\n\nvolevo solo ringraziarvi: la soluzione ha funzionato e il team è di nuovo operativo.\n\nSaluti,\n{cname}',
    'Ordine {order} - piccola modifica :: Buongiorno,\n\npotete cambiare l’indirizzo di consegna dell’ordine {order} con il nostro nuovo ufficio? Via del Mulino 14, Bologna.\n\nGrazie,\n{cname}',
  ],
  forward: [
    'I: Contestazione fattura Rinaldi & Figli :: {first}, puoi darci un’occhiata? Vedi sotto.\n\n{cname}\n\n---------- Messaggio inoltrato ---------\nOggetto: Contestazione fattura\nSettembre ci è stato addebitato due volte.',
    'I: Dati della call :: Per info - il link di domani.\n\n---------- Messaggio inoltrato ---------\nDa: {brand} Eventi\nLink: {link}',
  ],
  calendar: [
    'Invito: Riunione settimanale supporto @ {date} 10:00 - 10:30 :: {cname} ti ha invitato a "Riunione settimanale supporto".\n\nQuando: {date} 10:00-10:30\nDove: sala 2 / videochiamata {link}\n\nSì - Forse - No',
    'Invito aggiornato: Revisione budget spostata al {date} 15:00 :: {cname} ha cambiato l’orario della revisione budget.\n\nNuovo orario: {date} 15:00-16:00\nPartecipa: {link}',
  ],
  'shared-doc': [
    '{cname} ha condiviso "Roadmap Q4" con te :: {cname} ha condiviso un documento con te:\n\nRoadmap Q4\n"Aggiungete i vostri punti entro venerdì."\n\nApri: {link}\n\n{brand} Docs',
    '{cname} ti ha menzionato in "Manuale del supporto" :: {cname} ti ha menzionato in un commento:\n\n"@{first} puoi controllare la sezione escalation?"\n\nRispondi: {link}',
  ],
  'list-reply': [
    '[{list}] Re: Migrare dal vecchio modulo :: {cname} ha scritto:\n\nL’abbiamo fatto in primavera: tenete il redirect del vecchio URL almeno un mese.\n\n> Qualcuno ha migrato di recente?\n\n--\nLista {list}\n{link}',
    '[{list}] Re: Incontro a novembre? :: +1, possiamo ospitare noi in ufficio. {cname}\n\n--\nSei iscritto a {list}. Disiscriviti: {link}',
  ],
  'vendor-ticket': [
    'R: [Ticket #{ticket}] {vsubject} :: Ciao {first},\n\ngrazie per la pazienza. Abbiamo trovato la causa del problema segnalato nel ticket #{ticket} e stamattina abbiamo rilasciato la correzione.\n\nPuoi confermare che ora funziona?\n\n{cname}\nSupporto {brand}\n\n> {vsubject}',
    '[{brand}] Aggiornamento sulla tua richiesta #{ticket} :: Ciao {first},\n\nla tua richiesta "{vsubject}" (#{ticket}) è stata inoltrata al nostro team tecnico. Ti aggiorneremo entro due giorni lavorativi.\n\nSupporto {brand}',
  ],
  receipt: [
    'La tua ricevuta {brand} n. {ref} :: Ricevuta n. {ref}\n\nImporto pagato: {amount}\nData: {date}\nMetodo di pagamento: Visa che termina con {last4}\n\nDomande? Rispondi a questa email.',
    'Pagamento ricevuto - grazie :: Abbiamo ricevuto il tuo pagamento di {amount} il {date}. Ricevuta n. {ref}.\n\n{brand}',
  ],
  invoice: [
    'Fattura {ref} di {brand} :: Buongiorno,\n\nin allegato la fattura {ref} di {amount}, in scadenza il {date}. Sarà addebitata sulla carta che termina con {last4}.\n\nVedi fattura: {link}',
    'La tua fattura {brand} è disponibile :: La fattura {ref} ({amount}) del tuo abbonamento è disponibile.\n\nScarica: {link}',
  ],
  'bank-alert': [
    'Pagamento con carta di {amount} presso {merchant} :: La tua carta {brand} che termina con {last4} è stata usata per {amount} presso {merchant} il {date} alle {time}.\n\nNon sei stato tu? Chiama il numero sulla carta.',
    'Hai ricevuto {amount} :: È arrivato un bonifico di {amount} da {cname} sul tuo conto {brand} che termina con {last4}.',
  ],
  'security-alert': [
    'Nuovo accesso al tuo account {brand} :: Nuovo accesso al tuo account {brand} il {date} alle {time} da Chrome su Windows.\n\nSe sei stato tu, non serve fare nulla. Altrimenti proteggi l’account: {link}',
    'La password del tuo account {brand} è stata modificata :: La password del tuo account {brand} è stata cambiata il {date}. Se non sei stato tu, reimpostala subito: {link}',
  ],
}

export const LOOK_NL: LookTexts = {
  newsletter: [
    '{brand} Weekbrief | 5 tools die supportteams een uur per dag besparen :: Hoi {first},\n\ndeze week: macro’s die echt helpen, een checklist voor de vakantie en ons webinar op {date}.\n\nOnline lezen: {link}\n\nAfmelden of voorkeuren beheren: {link}',
    'Productupdate oktober van {brand} 🚀 :: Nieuw deze maand: bulkbewerking, sneller zoeken en een vernieuwde app.\n\nBekijk wat er veranderd is: {link}\n\nJe ontvangt dit als klant van {brand}. Afmelden: {link}',
  ],
  colleague: [
    'Antw: Rooster Q4 :: Hoi {first},\n\nprima wat mij betreft. Kun je de zaterdagdiensten voor donderdag toevoegen?\n\nBedankt,\n{cname}\n\n> Maandag schreef je:\n> Concept bijgevoegd, opmerkingen welkom.',
    'RE: korte vraag over klant Verbeek :: Ja, ze hebben vorige week verlengd. Het contract ligt bij juridische zaken.\n\n{cname}',
  ],
  customer: [
    'Bedankt voor de snelle hulp! :: Hoi {first},\n\nik wilde even bedanken: de oplossing werkte en het team kan weer verder.\n\nGroet,\n{cname}',
    'Bestelling {order} - kleine wijziging :: Goedemiddag,\n\nkunnen jullie het afleveradres van bestelling {order} wijzigen naar ons nieuwe kantoor? Molenweg 14, Utrecht.\n\nBedankt,\n{cname}',
  ],
  forward: [
    'Doorst: Factuurbezwaar van De Graaf & Zonen :: {first}, kun jij hiernaar kijken? Zie hieronder.\n\n{cname}\n\n---------- Doorgestuurd bericht ---------\nOnderwerp: Factuurbezwaar\nSeptember is twee keer gefactureerd.',
    'Doorst: Inbelgegevens call :: Ter info - de link voor morgen.\n\n---------- Doorgestuurd bericht ---------\nVan: {brand} Events\nLink: {link}',
  ],
  calendar: [
    'Uitnodiging: Wekelijks supportoverleg @ {date} 10:00 - 10:30 :: {cname} heeft je uitgenodigd voor "Wekelijks supportoverleg".\n\nWanneer: {date} 10:00-10:30\nWaar: zaal 2 / videolink {link}\n\nJa - Misschien - Nee',
    'Bijgewerkte uitnodiging: Budgetoverleg verplaatst naar {date} 15:00 :: {cname} heeft de tijd van het budgetoverleg gewijzigd.\n\nNieuwe tijd: {date} 15:00-16:00\nDeelnemen: {link}',
  ],
  'shared-doc': [
    '{cname} heeft "Roadmap Q4" met je gedeeld :: {cname} heeft een document met je gedeeld:\n\nRoadmap Q4\n"Graag jullie punten voor vrijdag toevoegen."\n\nOpenen: {link}\n\n{brand} Docs',
    '{cname} heeft je genoemd in "Supporthandboek" :: {cname} heeft je genoemd in een opmerking:\n\n"@{first} kun jij de escalatiesectie nakijken?"\n\nReageren: {link}',
  ],
  'list-reply': [
    '[{list}] Re: Overstappen van het oude ticketformulier :: {cname} schreef:\n\nHebben wij dit voorjaar gedaan: laat de oude URL minstens een maand doorverwijzen.\n\n> Is er iemand recent overgestapt?\n\n--\nMailinglijst {list}\n{link}',
    '[{list}] Re: Meetup in november? :: +1, we kunnen het bij ons op kantoor doen. {cname}\n\n--\nJe bent ingeschreven op {list}. Afmelden: {link}',
  ],
  'vendor-ticket': [
    'Antw: [Ticket #{ticket}] {vsubject} :: Hoi {first},\n\nbedankt voor je geduld. We hebben de oorzaak van het probleem uit ticket #{ticket} gevonden en vanochtend een oplossing uitgerold.\n\nKun je bevestigen dat het nu werkt?\n\n{cname}\n{brand} Support\n\n> {vsubject}',
    '[{brand}] Update over je verzoek #{ticket} :: Hallo {first},\n\nje verzoek "{vsubject}" (#{ticket}) is doorgezet naar ons technische team. We laten binnen twee werkdagen van ons horen.\n\n{brand} Support',
  ],
  receipt: [
    'Je ontvangstbewijs van {brand} #{ref} :: Ontvangstbewijs #{ref}\n\nBetaald: {amount}\nDatum: {date}\nBetaalmethode: Visa eindigend op {last4}\n\nVragen? Beantwoord deze e-mail.',
    'Betaling ontvangen - bedankt :: We hebben je betaling van {amount} op {date} ontvangen. Bonnummer {ref}.\n\n{brand}',
  ],
  invoice: [
    'Factuur {ref} van {brand} :: Hallo,\n\nbijgaand factuur {ref} van {amount}, te betalen voor {date}. Het bedrag wordt afgeschreven van je kaart eindigend op {last4}.\n\nFactuur bekijken: {link}',
    'Je {brand}-factuur staat klaar :: Factuur {ref} ({amount}) voor je abonnement staat klaar.\n\nDownloaden: {link}',
  ],
  'bank-alert': [
    'Kaartbetaling van {amount} bij {merchant} :: Met je {brand}-kaart eindigend op {last4} is op {date} om {time} {amount} betaald bij {merchant}.\n\nWas jij dit niet? Bel het nummer op je kaart.',
    'Je hebt {amount} ontvangen :: Er is een overboeking van {amount} van {cname} binnengekomen op je {brand}-rekening eindigend op {last4}.',
  ],
  'security-alert': [
    'Nieuwe aanmelding bij je {brand}-account :: Er is op {date} om {time} aangemeld op je {brand}-account vanaf Chrome op Windows.\n\nWas jij dit, dan hoef je niets te doen. Zo niet, beveilig je account: {link}',
    'Het wachtwoord van je {brand}-account is gewijzigd :: Het wachtwoord van je {brand}-account is op {date} gewijzigd. Was jij dit niet? Stel het nu opnieuw in: {link}',
  ],
}
