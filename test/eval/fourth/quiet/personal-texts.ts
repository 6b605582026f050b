// Person-to-person mail in the seven languages (friends, family, neighbours, colleagues), written
// for this set. {name} is the recipient's first name; people are made up.
import type { Lang } from '../../types.ts'

export interface Note {
  from: string
  subject: string
  body: string
}

export const NOTES: Record<Lang, readonly Note[]> = {
  en: [
    {
      from: 'Hannah Okoro <hannah.okoro@btinternet.example>',
      subject: 'Sunday lunch?',
      body: 'Hi {name},\n\nAre you free for lunch on Sunday? Dad’s doing his famous roast. Bring the kids!\n\nHannah x',
    },
    {
      from: 'Tom Ashworth <tom.ashworth@gmail.example>',
      subject: 'Re: photos from the lake',
      body: 'These are brilliant, thanks! The one of the heron is going on the fridge.\n\n> Here are the photos from Saturday',
    },
    {
      from: 'Gareth Price <gareth.price@sablonharriers.example>',
      subject: 'Half marathon pacing',
      body: 'Hey {name}, if you want a pacer for the half in October, I’m aiming for 1:55 too. Let me know.\n\nGareth',
    },
    {
      from: 'Mum <margaret.b@talktalk.example>',
      subject: 'Re: Flights at Christmas',
      body: 'Lovely, we’ll pick you up at the airport. Don’t forget Noah’s football boots, the cousins want a match.\n\nLove, Mum',
    },
    {
      from: 'Priya Nair <priya.nair@riverside-makers.example>',
      subject: 'Key for the workshop',
      body: 'Hi {name}, I left the spare key with the café next door. Could you lock up on Saturday?\n\nThanks, P',
    },
  ],
  de: [
    {
      from: 'Katrin Vogel <katrin.vogel@web.example>',
      subject: 'Grillen am Samstag?',
      body: 'Hallo {name},\n\nwir grillen am Samstag ab 17 Uhr im Garten. Kommt ihr? Bring gern einen Salat mit.\n\nLiebe Grüße\nKatrin',
    },
    {
      from: 'Florian Weiß <florian.weiss@posteo.example>',
      subject: 'AW: Umzugshilfe',
      body: 'Klar helfe ich! Sag mir nur die Uhrzeit, ich bringe die Sackkarre mit.\n\n> Hättest du am 26. Zeit?',
    },
    {
      from: 'Oma Hilde <hilde.reinholt@t-online.example>',
      subject: 'Fotos vom Geburtstag',
      body: 'Lieber {name},\n\nanbei ein paar Fotos von meinem Geburtstag. Es war so schön, dass ihr alle da wart!\n\nDeine Oma',
    },
    {
      from: 'Markus Lenz <markus.lenz@gmx.example>',
      subject: 'Re: Skatabend',
      body: 'Donnerstag passt mir. Bei dir oder bei mir?\n\nMarkus',
    },
    {
      from: 'Hausverwaltung Brandt <info@hv-brandt.example>',
      subject: 'Ablesung der Heizkostenverteiler am 29.09.',
      body: 'Sehr geehrte Mieterinnen und Mieter,\n\nam 29.09. zwischen 8 und 12 Uhr werden die Heizkostenverteiler abgelesen. Bitte ermöglichen Sie den Zugang.\n\nIhre Hausverwaltung',
    },
  ],
  fr: [
    {
      from: 'Camille Roux <camille.roux@orange.example>',
      subject: 'Resto vendredi ?',
      body: 'Coucou {name},\n\nÇa te dit un resto vendredi soir ? J’ai repéré un petit libanais près de chez toi.\n\nBises, Camille',
    },
    {
      from: 'Papa <jacques.delorme@wanadoo.example>',
      subject: 'Re: Visite en octobre',
      body: 'Très bonne idée, on vous attend le 17. Ta mère prépare déjà la chambre d’amis.\n\nPapa',
    },
    {
      from: 'Luc Martin <luc.martin@orange.example>',
      subject: 'Covoiturage pour le match',
      body: 'Salut {name}, je passe te prendre samedi à 9 h si ça te va. Il reste deux places.\n\nLuc',
    },
    {
      from: 'Sophie Lambert <sophie.lambert@free.example>',
      subject: 'RE: Livre prêté',
      body: 'Merci pour le livre, je l’ai dévoré ! Je te le rends mardi.\n\n> Garde-le aussi longtemps que tu veux',
    },
    {
      from: 'Syndic Résidence Les Tilleuls <syndic@residence-tilleuls.example>',
      subject: 'Assemblée générale des copropriétaires',
      body: 'Madame, Monsieur,\n\nL’assemblée générale aura lieu le 8 octobre à 19 h dans le hall. L’ordre du jour est joint.\n\nLe syndic',
    },
  ],
  es: [
    {
      from: 'Javier Montes <javier.montes@gmail.example>',
      subject: '¿Pádel el jueves?',
      body: 'Hola {name}, ¿te apuntas al pádel el jueves a las 19:30? Nos falta uno.\n\nJavi',
    },
    {
      from: 'Mamá <carmen.ferrandiz@telefonica.example>',
      subject: 'Re: Cumpleaños de la abuela',
      body: 'Perfecto, cariño. Compra tú la tarta y yo me encargo de las flores.\n\nUn beso',
    },
    {
      from: 'Marina Costa <marina.costa@gmail.example>',
      subject: 'Fotos de la boda',
      body: '¡Hola {name}! Ya tenemos las fotos de la boda, te paso el enlace del álbum.\n\nAbrazos',
    },
    {
      from: 'Andrés Olmedo <andres.olmedo@uv.example>',
      subject: 'RE: Apuntes de estadística',
      body: 'Te los mando esta noche. Ojo, el tema 4 entra en el examen.\n\n> ¿Me pasas los apuntes?',
    },
    {
      from: 'Comunidad de Vecinos Arenal 14 <administracion@arenal14.example>',
      subject: 'Corte de agua el martes',
      body: 'Estimados vecinos:\n\nEl martes de 9:00 a 13:00 se cortará el agua por obras en la bajante.\n\nLa administración',
    },
  ],
  pt: [
    {
      from: 'Inês Carvalho <ines.carvalho@sapo.example>',
      subject: 'Jantar de sábado',
      body: 'Olá {name}! Confirmas o jantar de sábado? Levo a sobremesa.\n\nBeijinhos, Inês',
    },
    {
      from: 'Diogo Matos <diogo.matos@gmail.example>',
      subject: 'RES: Boleia para o Porto',
      body: 'Combinado, saio às 8h de Alvalade. Há lugar para a mala grande.\n\n> Ainda tens lugar no carro?',
    },
    {
      from: 'Avó Lurdes <lurdes.amaral@netcabo.example>',
      subject: 'Saudades',
      body: 'Querido {name},\n\nquando vens cá almoçar? Faço o bacalhau com natas de que gostas.\n\nUm beijinho da avó',
    },
    {
      from: 'Rafael Souza <rafael.souza@uol.example>',
      subject: 'Re: Livro emprestado',
      body: 'Pode ficar com ele mais uma semana, sem pressa nenhuma.\n\nAbraço',
    },
    {
      from: 'Condomínio Rua das Flores 22 <administracao@condominio-flores22.example>',
      subject: 'Reunião de condóminos',
      body: 'Caros condóminos,\n\na reunião anual será no dia 6 de outubro, às 20h, na garagem.\n\nA administração',
    },
  ],
  it: [
    {
      from: 'Giulia Moretti <giulia.moretti@libero.example>',
      subject: 'Pizza venerdì?',
      body: 'Ciao {name}! Venerdì pizza da noi? Porta pure il tuo ragazzo.\n\nUn abbraccio, Giulia',
    },
    {
      from: 'Papà <franco.benvenuti@alice.example>',
      subject: 'R: Treno per Natale',
      body: 'Ti veniamo a prendere in stazione. Fammi sapere l’orario preciso.\n\nPapà',
    },
    {
      from: 'Marco Ferretti <marco.ferretti@gmail.example>',
      subject: 'Regalo per Giulia',
      body: 'Ciao {name}, facciamo una colletta per il regalo di Giulia? Pensavo a un weekend alle terme.\n\nMarco',
    },
    {
      from: 'Francesca Greco <francesca.greco@tiscali.example>',
      subject: 'Re: Appunti del corso',
      body: 'Eccoli! Ti ho evidenziato le parti importanti per l’esame.\n\n> Mi mandi gli appunti?',
    },
    {
      from: 'Amministrazione Condominio Via Roma 5 <amministrazione@condominio-viaroma5.example>',
      subject: 'Assemblea condominiale del 7 ottobre',
      body: 'Gentili condòmini,\n\nl’assemblea si terrà il 7 ottobre alle 18:30 nell’androne. In allegato l’ordine del giorno.\n\nL’amministratore',
    },
  ],
  nl: [
    {
      from: 'Lotte de Wit <lotte.dewit@ziggo.example>',
      subject: 'Koffie morgen?',
      body: 'Hoi {name}, zin in koffie morgen na het brengen? Om half 9 bij de bakker?\n\nLotte',
    },
    {
      from: 'Ruben Janssens <ruben.janssens@telenet.example>',
      subject: 'Re: Boormachine lenen',
      body: 'Tuurlijk, kom hem maar halen. Hij staat in de garage.\n\n> Mag ik je boormachine even lenen?',
    },
    {
      from: 'Mama <ans.verbruggen@kpnmail.example>',
      subject: 'Verjaardag papa',
      body: 'Lieve {name},\n\nvergeet je niet dat papa zaterdag jarig is? We eten om 18 uur.\n\nLiefs, mama',
    },
    {
      from: 'Joost van Dam <joost.vandam@xs4all.example>',
      subject: 'Antw: Pizza dinsdag',
      body: 'Betaald! Volgende keer kies ik het restaurant.\n\n> Hier is het tikkie',
    },
    {
      from: 'VvE Dijkzicht <bestuur@vve-dijkzicht.example>',
      subject: 'Onderhoud lift volgende week',
      body: 'Beste bewoners,\n\nDe lift is op dinsdag en woensdag buiten gebruik wegens onderhoud.\n\nHet bestuur',
    },
  ],
}
