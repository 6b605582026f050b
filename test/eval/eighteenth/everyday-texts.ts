// Ordinary automated and personal mail of a quiet inbox, written for this set (made-up senders
// except the code forges whose notification shape is copied in spirit). One per line:
// `from|subject|body`; {day} and {n} are filled per mail. All labelled `ham`.
export const EVERYDAY_TEXTS: readonly string[] = [
  'Joana Prates <joana.prates@amigos.example>|Re: jantar sábado?|Combinado! Levo a sobremesa. Beijinhos',
  'Wouter de Kam <wouter@dekam.example>|Re: fietsen zondag|Prima, 10 uur bij de molen. Neem je regenjas mee.',
  'GitHub <notifications@github.com>|Re: [tidewater/mapkit] Fix tile cache eviction (PR #{n})|@thaisv approved these changes. LGTM once CI is green.',
  'GitHub <notifications@github.com>|[tidewater/mapkit] Release v2.{n}.0 - Sardine|Published by maintainers. Changelog: faster vector tiles, dropped Node 18.',
  'GitLab <gitlab@code.studio-lumen.example>|studio-lumen/site | Pipeline #{n} has failed|Pipeline #{n} failed on branch main. Job lint failed after 42s.',
  'Agenda Studio Lumen <calendar@studio-lumen.example>|Uitnodiging: Design review @ do {day} 14:00 - 15:00|Thaís, je bent uitgenodigd. Ja - Misschien - Nee',
  'Marta Lopes <marta.lopes@studio-lumen.example>|Accepted: Sprint planning|Marta Lopes has accepted this invitation.',
  'Typografie Wekelijks <redactie@typografie-wekelijks.example>|Nummer {n}: de terugkeer van de grotesk|Deze week: drie nieuwe letterfamilies, een interview en de agenda. Afmelden kan onderaan.',
  'Folha do Design <news@folhadodesign.example>|Edição #{n} – tipografia brasileira|Nesta edição: entrevistas, vagas e eventos. Você recebe porque assinou nossa newsletter.',
  'Pakketdienst Snel <bezorging@snelpakket.example>|Je pakket is onderweg|Je pakket van Boekhandel Leeslamp is onderweg en wordt {day} bezorgd.',
  'Boekhandel Leeslamp <bestellingen@leeslamp.example>|Je bestelling is verzonden|Goed nieuws! Je bestelling is verzonden. Track & trace staat in je account.',
  'Forum Fietsherstel <digest@fietsforum.example>|[Fietsforum] Samenvatting van de week|12 nieuwe onderwerpen: remblokken, kettingolie, tweedehands frames…',
  '[design-systems] <design-systems@lists.example>|[design-systems] Re: tokens for dark mode|I agree with Priya: semantic tokens first, then the palette. -- Ola',
  'Priya N. <priya@lists.example>|[design-systems] Re: Re: tokens for dark mode|+1, and let’s keep the naming boring.',
  'Fysiotherapie Kralingen <afspraken@fysio-kralingen.example>|Herinnering: afspraak {day} om 09:30|Tot dan! Verzetten kan tot 24 uur van tevoren.',
  'Theater Maasoever <kassa@maasoever.example>|Herinnering: voorstelling {day}|Je tickets staan in de app. De zaal gaat 30 minuten voor aanvang open.',
  'Spaarbank Rotterdam <info@spaarbank-rdam.example>|Uw maandoverzicht staat klaar|Uw rekeningoverzicht van deze maand staat klaar in Internet Bankieren.',
  'Klantenservice Winkelhuis <klantenservice@winkelhuis.example>|Hoe hebben we het gedaan?|Je vraag is afgehandeld. Wil je ons een cijfer geven? Het duurt maar 1 minuut.',
  'Casa do Lago <host@casadolago.example>|Informações sobre o check-in|Olá Thaís, o check-in é a partir das 15h. A chave está no cofre, código enviado na véspera.',
  'Vera Vanderlei <vera.vanderlei@familia.example>|Fotos do aniversário|Oi filha! Seguem as fotos da festa da vovó. Saudades!',
  'Gemeente Maasstad <noreply@gemeente.example>|Uw afvalkalender|De afvalkalender voor dit kwartaal staat online.',
  'Loja Maré <pedidos@lojamare.example>|Seu pedido saiu para entrega|Seu pedido está com a transportadora e chega amanhã.',
  'Kathrin Vogel <k.vogel@partner-studio.example>|AW: Angebot Logo-Relaunch|Danke, Thaís, das Angebot passt. Wir starten nächste Woche.',
  'Lucía Ferrer <lucia@estudio-ferrer.example>|RE: colaboración en el catálogo|¡Genial! Te mando los textos el lunes.',
  'Giorgio Bellini <giorgio@bellini-print.example>|R: bozza copertina|Va benissimo, stampiamo giovedì.',
  'Meetup Design Rotterdam <info@meetup-design.example>|Herinnering: meetup {day}, 19:00|We zien je bij de meetup! Locatie: Katendrecht.',
]

/** A web-form ticket the person really opened, with its later replies and solved notice. */
export const TICKET_THREAD: readonly string[] = [
  'sent|Printer Studio Lumen <support@drukwerkdirect.example>|Verkeerde papiersoort geleverd|Hallo, ik kreeg 250 g mat in plaats van 300 g gesatineerd. Bestelnummer 55120. Groet, Thaís',
  'in|Drukwerk Direct <support@drukwerkdirect.zendesk.com>|[#88412] Verkeerde papiersoort geleverd|Hoi Thaís, we hebben je vraag ontvangen en kijken ernaar. Ticket 88412.',
  'in|Drukwerk Direct <support@drukwerkdirect.zendesk.com>|Re: [#88412] Verkeerde papiersoort geleverd|Hoi Thaís, excuses! We drukken de order opnieuw en sturen hem kosteloos op. Groet, Sander',
  'sent|Printer Studio Lumen <support@drukwerkdirect.example>|Re: [#88412] Verkeerde papiersoort geleverd|Top, dank je! Thaís',
  'in|Drukwerk Direct <support@drukwerkdirect.zendesk.com>|[#88412] is opgelost|Je ticket is gemarkeerd als opgelost. Reageer op deze mail als je nog vragen hebt.',
]
