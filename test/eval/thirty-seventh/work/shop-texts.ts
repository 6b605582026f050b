// The shop owner's work mail, written for this set: the shop's own contact-form and form-builder
// notifications, new orders from the shop platform and payouts from the payment provider (both
// important), marketplace buyer messages, SaaS account mail and supplier newsletters.
import type { Lang } from '../../types.ts'

export interface ShopTexts {
  contact: string
  form: string
  order: string
  payout: string
  buyer: string
  saas: string
  supplier: string
  subjects: string
  messages: string
  items: string
  forms: string
}

export const SHOP_TEXTS: Record<Lang, ShopTexts> = {
  en: {
    contact:
      'New message from your website: {vsubject} :: You have a new message from the contact form on {site}.\n\nName: {visitor}\nEmail: {vemail}\nSubject: {vsubject}\nMessage:\n{vmessage}\n\n--\nSent from {site}',
    form: 'New form submission - {form} :: A new entry was submitted to "{form}" on {site}.\n\nName: {visitor}\nEmail: {vemail}\nPhone: {phone}\nMessage: {vmessage}',
    order:
      '[{shop}] Order #{order} placed by {visitor} :: You have a new order!\n\nOrder #{order}\nCustomer: {visitor}\nItems: {items}\nTotal: {amount}\n\nFulfil it in your {platform} admin: {link}',
    payout:
      'Your {pay} payout of {amount} is on its way :: Hi {first},\n\nWe have sent a payout of {amount} to your bank account ending in {last4}. It usually arrives within 1-2 business days.\n\nPayout ID: po_{order}\n{pay}',
    buyer:
      'New message from {buyer} about "{item}" :: {buyer} sent you a message on {market}:\n\n"Hi, is this still available in blue? Can you ship by Friday?"\n\nReply within 24 hours to keep your response rate: {link}',
    saas: '{tool}: your weekly summary :: Hi {first},\n\nHere is what happened in {tool} last week: 14 tasks done, 3 new contacts, 2 automations ran 211 times.\n\nOpen your dashboard: {link}',
    supplier:
      '{supplier}: autumn price list and new arrivals :: Dear retailer,\n\nour new price list is online, with 40 new items for the autumn season. Orders before the 15th ship free.\n\nBrowse the catalogue: {link}\n\n{supplier} Wholesale',
    subjects:
      'Wholesale enquiry | Where is my parcel?? | Do you ship to Norway? | complaint!!! | Collaboration with an influencer | Wrong size received | hi | Gift wrapping possible?',
    messages:
      'Hi, I ordered last week and still have no tracking number. | Can I return the jacket if it does not fit? | We run a small boutique and would like to stock your products. | The mug arrived broken. Photos attached.',
    items:
      'Linen tote bag | Ceramic mug set (4) | Wool scarf, charcoal | Beeswax candle | Hand-printed tea towel | Leather card holder',
    forms: 'Wholesale request | Custom order | Newsletter sign-up form',
  },
  de: {
    contact:
      'Neue Nachricht über Ihre Website: {vsubject} :: Sie haben eine neue Nachricht über das Kontaktformular auf {site} erhalten.\n\nName: {visitor}\nE-Mail: {vemail}\nBetreff: {vsubject}\nNachricht:\n{vmessage}\n\n--\nGesendet von {site}',
    form: 'Neuer Formulareintrag - {form} :: Im Formular „{form}“ auf {site} ist ein neuer Eintrag eingegangen.\n\nName: {visitor}\nE-Mail: {vemail}\nTelefon: {phone}\nNachricht: {vmessage}',
    order:
      '[{shop}] Bestellung #{order} von {visitor} :: Sie haben eine neue Bestellung!\n\nBestellung #{order}\nKunde: {visitor}\nArtikel: {items}\nSumme: {amount}\n\nJetzt im {platform} Admin bearbeiten: {link}',
    payout:
      'Ihre {pay} Auszahlung über {amount} ist unterwegs :: Hallo {first},\n\nwir haben {amount} auf Ihr Konto mit der Endung {last4} überwiesen. Die Gutschrift dauert in der Regel 1-2 Bankarbeitstage.\n\nAuszahlungs-ID: po_{order}\n{pay}',
    buyer:
      'Neue Nachricht von {buyer} zu „{item}“ :: {buyer} hat Ihnen auf {market} geschrieben:\n\n„Hallo, gibt es das auch in Blau? Können Sie bis Freitag liefern?“\n\nAntworten Sie innerhalb von 24 Stunden: {link}',
    saas: '{tool}: Ihre Wochenübersicht :: Hallo {first},\n\ndas ist letzte Woche in {tool} passiert: 14 Aufgaben erledigt, 3 neue Kontakte, 2 Automationen liefen 211-mal.\n\nZum Dashboard: {link}',
    supplier:
      '{supplier}: Herbst-Preisliste und Neuheiten :: Liebe Händlerinnen und Händler,\n\nunsere neue Preisliste ist online, mit 40 neuen Artikeln für den Herbst. Bestellungen bis zum 15. versandkostenfrei.\n\nZum Katalog: {link}\n\n{supplier} Großhandel',
    subjects:
      'Großhandelsanfrage | Wo ist mein Paket?? | Versand in die Schweiz? | Reklamation!!! | Kooperation mit Influencerin | Falsche Größe bekommen | hallo | Geschenkverpackung möglich?',
    messages:
      'Hallo, ich habe letzte Woche bestellt und noch keine Sendungsnummer. | Kann ich die Jacke zurückschicken, wenn sie nicht passt? | Wir haben eine kleine Boutique und würden Ihre Produkte gern führen. | Die Tasse kam zerbrochen an. Fotos anbei.',
    items:
      'Leinen-Tragetasche | Keramikbecher-Set (4) | Wollschal, anthrazit | Bienenwachskerze | Handbedrucktes Geschirrtuch | Kartenetui aus Leder',
    forms: 'Händleranfrage | Sonderanfertigung | Newsletter-Formular',
  },
  fr: {
    contact:
      'Nouveau message depuis votre site : {vsubject} :: Vous avez reçu un nouveau message via le formulaire de contact de {site}.\n\nNom : {visitor}\nE-mail : {vemail}\nObjet : {vsubject}\nMessage :\n{vmessage}\n\n--\nEnvoyé depuis {site}',
    form: 'Nouvelle réponse au formulaire - {form} :: Une nouvelle réponse a été envoyée au formulaire « {form} » sur {site}.\n\nNom : {visitor}\nE-mail : {vemail}\nTéléphone : {phone}\nMessage : {vmessage}',
    order:
      '[{shop}] Commande n°{order} de {visitor} :: Vous avez une nouvelle commande !\n\nCommande n°{order}\nClient : {visitor}\nArticles : {items}\nTotal : {amount}\n\nÀ traiter dans votre admin {platform} : {link}',
    payout:
      'Votre virement {pay} de {amount} est en route :: Bonjour {first},\n\nnous avons viré {amount} sur votre compte se terminant par {last4}. Comptez 1 à 2 jours ouvrés.\n\nID du versement : po_{order}\n{pay}',
    buyer:
      'Nouveau message de {buyer} à propos de « {item} » :: {buyer} vous a écrit sur {market} :\n\n« Bonjour, existe-t-il en bleu ? Pouvez-vous l’envoyer avant vendredi ? »\n\nRépondez sous 24 heures : {link}',
    saas: '{tool} : votre récap de la semaine :: Bonjour {first},\n\nla semaine dernière dans {tool} : 14 tâches terminées, 3 nouveaux contacts, 2 automatisations lancées 211 fois.\n\nVoir le tableau de bord : {link}',
    supplier:
      '{supplier} : tarifs d’automne et nouveautés :: Chers revendeurs,\n\nnotre nouveau tarif est en ligne, avec 40 nouveautés pour l’automne. Livraison offerte avant le 15.\n\nVoir le catalogue : {link}\n\n{supplier} Grossiste',
    subjects:
      'Demande revendeur | Où est mon colis ?? | Livrez-vous en Suisse ? | réclamation !!! | Partenariat influenceuse | Mauvaise taille reçue | bonjour | Paquet cadeau possible ?',
    messages:
      'Bonjour, j’ai commandé la semaine dernière et je n’ai toujours pas de suivi. | Puis-je retourner la veste si elle ne va pas ? | Nous tenons une petite boutique et aimerions vendre vos produits. | Le mug est arrivé cassé. Photos jointes.',
    items:
      'Tote bag en lin | Set de 4 mugs en céramique | Écharpe en laine anthracite | Bougie à la cire d’abeille | Torchon imprimé main | Porte-cartes en cuir',
    forms: 'Demande revendeur | Commande personnalisée | Formulaire newsletter',
  },
  es: {
    contact:
      'Nuevo mensaje desde tu web: {vsubject} :: Has recibido un mensaje nuevo desde el formulario de contacto de {site}.\n\nNombre: {visitor}\nCorreo: {vemail}\nAsunto: {vsubject}\nMensaje:\n{vmessage}\n\n--\nEnviado desde {site}',
    form: 'Nueva respuesta del formulario - {form} :: Se ha enviado una nueva respuesta al formulario «{form}» en {site}.\n\nNombre: {visitor}\nCorreo: {vemail}\nTeléfono: {phone}\nMensaje: {vmessage}',
    order:
      '[{shop}] Pedido n.º {order} de {visitor} :: ¡Tienes un pedido nuevo!\n\nPedido n.º {order}\nCliente: {visitor}\nArtículos: {items}\nTotal: {amount}\n\nPrepáralo desde el panel de {platform}: {link}',
    payout:
      'Tu pago de {pay} por {amount} está en camino :: Hola {first}:\n\nHemos enviado {amount} a tu cuenta terminada en {last4}. Suele llegar en 1-2 días hábiles.\n\nID del pago: po_{order}\n{pay}',
    buyer:
      'Nuevo mensaje de {buyer} sobre «{item}» :: {buyer} te ha escrito en {market}:\n\n«Hola, ¿lo tienes en azul? ¿Podrías enviarlo antes del viernes?»\n\nResponde en 24 horas: {link}',
    saas: '{tool}: tu resumen semanal :: Hola {first}:\n\nLa semana pasada en {tool}: 14 tareas completadas, 3 contactos nuevos, 2 automatizaciones ejecutadas 211 veces.\n\nVer el panel: {link}',
    supplier:
      '{supplier}: tarifas de otoño y novedades :: Estimado distribuidor:\n\nya está disponible nuestra nueva tarifa, con 40 novedades de otoño. Envío gratis en pedidos antes del día 15.\n\nVer el catálogo: {link}\n\n{supplier} Mayorista',
    subjects:
      'Consulta mayorista | ¿¿Dónde está mi paquete?? | ¿Enviáis a Portugal? | ¡¡¡reclamación!!! | Colaboración con influencer | Talla equivocada | hola | ¿Se puede envolver para regalo?',
    messages:
      'Hola, pedí la semana pasada y aún no tengo número de seguimiento. | ¿Puedo devolver la chaqueta si no me queda bien? | Tenemos una pequeña tienda y queremos vender vuestros productos. | La taza llegó rota. Adjunto fotos.',
    items:
      'Bolsa de lino | Juego de 4 tazas de cerámica | Bufanda de lana gris | Vela de cera de abeja | Paño de cocina estampado | Tarjetero de piel',
    forms: 'Solicitud mayorista | Pedido personalizado | Formulario de newsletter',
  },
  pt: {
    contact:
      'Nova mensagem do seu site: {vsubject} :: Recebeu uma nova mensagem através do formulário de contacto de {site}.\n\nNome: {visitor}\nE-mail: {vemail}\nAssunto: {vsubject}\nMensagem:\n{vmessage}\n\n--\nEnviado a partir de {site}',
    form: 'Nova submissão de formulário - {form} :: Foi submetida uma nova resposta ao formulário "{form}" em {site}.\n\nNome: {visitor}\nE-mail: {vemail}\nTelefone: {phone}\nMensagem: {vmessage}',
    order:
      '[{shop}] Encomenda n.º {order} de {visitor} :: Tem uma nova encomenda!\n\nEncomenda n.º {order}\nCliente: {visitor}\nArtigos: {items}\nTotal: {amount}\n\nProcesse-a no painel {platform}: {link}',
    payout:
      'O seu pagamento {pay} de {amount} está a caminho :: Olá {first},\n\nenviámos {amount} para a sua conta terminada em {last4}. Chega normalmente em 1-2 dias úteis.\n\nID do pagamento: po_{order}\n{pay}',
    buyer:
      'Nova mensagem de {buyer} sobre "{item}" :: {buyer} enviou-lhe uma mensagem no {market}:\n\n"Olá, tem em azul? Consegue enviar até sexta?"\n\nResponda em 24 horas: {link}',
    saas: '{tool}: o seu resumo semanal :: Olá {first},\n\nna semana passada no {tool}: 14 tarefas concluídas, 3 novos contactos, 2 automações executadas 211 vezes.\n\nAbrir o painel: {link}',
    supplier:
      '{supplier}: tabela de outono e novidades :: Caro revendedor,\n\na nossa nova tabela de preços já está online, com 40 novidades de outono. Portes grátis até dia 15.\n\nVer o catálogo: {link}\n\n{supplier} Grossista',
    subjects:
      'Pedido de revenda | Onde está a minha encomenda?? | Enviam para Espanha? | reclamação!!! | Parceria com influenciadora | Recebi o tamanho errado | olá | Dá para embrulhar para oferta?',
    messages:
      'Olá, encomendei na semana passada e ainda não tenho o código de seguimento. | Posso devolver o casaco se não servir? | Temos uma pequena loja e gostaríamos de revender os vossos produtos. | A caneca chegou partida. Envio fotos.',
    items:
      'Saco de linho | Conjunto de 4 canecas de cerâmica | Cachecol de lã cinzento | Vela de cera de abelha | Pano de cozinha estampado | Porta-cartões em pele',
    forms: 'Pedido de revenda | Encomenda personalizada | Formulário de newsletter',
  },
  it: {
    contact:
      'Nuovo messaggio dal tuo sito: {vsubject} :: Hai ricevuto un nuovo messaggio dal modulo di contatto di {site}.\n\nNome: {visitor}\nEmail: {vemail}\nOggetto: {vsubject}\nMessaggio:\n{vmessage}\n\n--\nInviato da {site}',
    form: 'Nuovo invio del modulo - {form} :: È stata inviata una nuova risposta al modulo "{form}" su {site}.\n\nNome: {visitor}\nEmail: {vemail}\nTelefono: {phone}\nMessaggio: {vmessage}',
    order:
      '[{shop}] Ordine n. {order} di {visitor} :: Hai un nuovo ordine!\n\nOrdine n. {order}\nCliente: {visitor}\nArticoli: {items}\nTotale: {amount}\n\nEvadilo dal pannello {platform}: {link}',
    payout:
      'Il tuo accredito {pay} di {amount} è in arrivo :: Ciao {first},\n\nabbiamo inviato {amount} sul conto che termina con {last4}. Di solito arriva in 1-2 giorni lavorativi.\n\nID accredito: po_{order}\n{pay}',
    buyer:
      'Nuovo messaggio da {buyer} su "{item}" :: {buyer} ti ha scritto su {market}:\n\n"Ciao, c’è anche in blu? Riesci a spedire entro venerdì?"\n\nRispondi entro 24 ore: {link}',
    saas: '{tool}: il tuo riepilogo settimanale :: Ciao {first},\n\nla settimana scorsa su {tool}: 14 attività completate, 3 nuovi contatti, 2 automazioni eseguite 211 volte.\n\nApri la dashboard: {link}',
    supplier:
      '{supplier}: listino autunno e novità :: Gentile rivenditore,\n\nil nuovo listino è online, con 40 novità per l’autunno. Spedizione gratuita per ordini entro il 15.\n\nSfoglia il catalogo: {link}\n\n{supplier} Ingrosso',
    subjects:
      'Richiesta ingrosso | Dov’è il mio pacco?? | Spedite in Svizzera? | reclamo!!! | Collaborazione con influencer | Taglia sbagliata | ciao | Possibile confezione regalo?',
    messages:
      'Ciao, ho ordinato la settimana scorsa e non ho ancora il tracking. | Posso restituire la giacca se non va bene? | Abbiamo un piccolo negozio e vorremmo vendere i vostri prodotti. | La tazza è arrivata rotta. Allego foto.',
    items:
      'Borsa in lino | Set di 4 tazze in ceramica | Sciarpa di lana antracite | Candela in cera d’api | Strofinaccio stampato a mano | Porta carte in pelle',
    forms: 'Richiesta rivenditori | Ordine su misura | Modulo newsletter',
  },
  nl: {
    contact:
      'Nieuw bericht via je website: {vsubject} :: Je hebt een nieuw bericht ontvangen via het contactformulier op {site}.\n\nNaam: {visitor}\nE-mail: {vemail}\nOnderwerp: {vsubject}\nBericht:\n{vmessage}\n\n--\nVerzonden via {site}',
    form: 'Nieuwe formulierinzending - {form} :: Er is een nieuwe inzending op het formulier "{form}" op {site}.\n\nNaam: {visitor}\nE-mail: {vemail}\nTelefoon: {phone}\nBericht: {vmessage}',
    order:
      '[{shop}] Bestelling #{order} van {visitor} :: Je hebt een nieuwe bestelling!\n\nBestelling #{order}\nKlant: {visitor}\nArtikelen: {items}\nTotaal: {amount}\n\nVerwerk hem in je {platform}-beheer: {link}',
    payout:
      'Je {pay}-uitbetaling van {amount} is onderweg :: Hoi {first},\n\nwe hebben {amount} overgemaakt naar je rekening eindigend op {last4}. Meestal staat het binnen 1-2 werkdagen op je rekening.\n\nUitbetalings-ID: po_{order}\n{pay}',
    buyer:
      'Nieuw bericht van {buyer} over "{item}" :: {buyer} stuurde je een bericht op {market}:\n\n"Hoi, heb je deze ook in blauw? Kun je voor vrijdag verzenden?"\n\nReageer binnen 24 uur: {link}',
    saas: '{tool}: je weekoverzicht :: Hoi {first},\n\nvorige week in {tool}: 14 taken afgerond, 3 nieuwe contacten, 2 automatiseringen 211 keer uitgevoerd.\n\nNaar je dashboard: {link}',
    supplier:
      '{supplier}: najaarsprijslijst en nieuwe artikelen :: Beste winkelier,\n\nonze nieuwe prijslijst staat online, met 40 nieuwe artikelen voor het najaar. Gratis verzending bij bestellingen voor de 15e.\n\nBekijk de catalogus: {link}\n\n{supplier} Groothandel',
    subjects:
      'Groothandelsvraag | Waar is mijn pakket?? | Verzenden jullie naar Duitsland? | klacht!!! | Samenwerking met influencer | Verkeerde maat ontvangen | hallo | Kan het als cadeau ingepakt?',
    messages:
      'Hoi, ik heb vorige week besteld en nog geen track & trace. | Kan ik de jas retourneren als hij niet past? | Wij hebben een kleine winkel en willen graag jullie producten verkopen. | De mok kwam kapot aan. Foto’s bijgevoegd.',
    items:
      'Linnen tas | Set van 4 keramieken mokken | Wollen sjaal antraciet | Bijenwaskaars | Handbedrukte theedoek | Leren pasjeshouder',
    forms: 'Groothandelsaanvraag | Maatwerkbestelling | Nieuwsbriefformulier',
  },
}
