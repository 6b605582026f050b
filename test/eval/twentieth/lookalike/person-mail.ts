// 10. Real people writing: friends, family, colleagues; some "Re:" threads, some first mails.
import type { LookClass } from './types.ts'

export const PERSON_MAIL: LookClass = {
  name: 'person',
  label: 'ham',
  sender: 'person',
  brands: [],
  locals: [],
  texts: {
    en: [
      [
        'Re: Saturday?',
        "Sounds good! I'll bring the salad. Is 7 ok or is that too late for the kids?\n\n{sender}\n\nOn {earlier}, {name} wrote:\n> Are you free on Saturday for dinner?",
      ],
      [
        'photos from the weekend',
        "Hey {name},\n\nfinally sorted the photos, here's the album: {link}\nThe one of the dog in the lake is my favourite 😂\n\nxx {sender}",
      ],
      [
        'Re: Re: budget draft',
        "Thanks – I've added the Q4 travel line and left a comment on the catering figure. Can we talk tomorrow at {time}?\n\n{sender}",
      ],
    ],
    de: [
      [
        'Re: Sonntag Kaffee?',
        'Klar, gerne! Ich bringe Kuchen mit. 15 Uhr passt?\n\nLG {sender}\n\nAm {earlier} schrieb {name}:\n> Hast du Sonntag Zeit für Kaffee?',
      ],
      [
        'Umzug nächste Woche',
        'Hallo {name},\n\nwir ziehen am {date} um und könnten jede helfende Hand gebrauchen. Pizza und Getränke gehen auf uns!\n\nViele Grüße\n{sender}',
      ],
      [
        'AW: Protokoll Teamsitzung',
        'Danke fürs Protokoll. Unter Punkt 3 fehlt noch der Termin mit der IT – kannst du den ergänzen?\n\nGruß\n{sender}',
      ],
    ],
    fr: [
      [
        'Re: dîner samedi ?',
        "Avec plaisir ! J'apporte le dessert. 20 h, ça te va ?\n\nBises,\n{sender}\n\nLe {earlier}, {name} a écrit :\n> Tu es libre samedi soir ?",
      ],
      [
        'Les photos des vacances',
        "Coucou {name},\n\nVoilà enfin l'album : {link}\nLa photo du pique-nique est ma préférée !\n\n{sender}",
      ],
      [
        'RE: compte rendu réunion',
        "Merci pour le compte rendu. Il manque juste la date du prochain point, tu peux l'ajouter ?\n\n{sender}",
      ],
    ],
    es: [
      [
        'Re: ¿cena el sábado?',
        '¡Claro! Llevo el postre. ¿A las nueve os va bien?\n\nUn beso,\n{sender}\n\nEl {earlier}, {name} escribió:\n> ¿Te apetece cenar el sábado?',
      ],
      [
        'Fotos del cumple',
        '¡Hola {name}!\n\nTe paso el álbum con las fotos: {link}\n\nAbrazos,\n{sender}',
      ],
      [
        'RE: presupuesto',
        'Gracias. He revisado las cifras y añadido un comentario en la partida de viajes. ¿Lo vemos mañana a las {time}?\n\n{sender}',
      ],
    ],
    pt: [
      [
        'Re: jantar no sábado?',
        'Claro! Eu levo a sobremesa. Às oito pode ser?\n\nBeijinhos,\n{sender}\n\nA {earlier}, {name} escreveu:\n> Estás livre no sábado?',
      ],
      ['Fotos da viagem', 'Olá {name},\n\naqui está o álbum: {link}\n\nAbraço,\n{sender}'],
      [
        'RE: orçamento',
        'Obrigado. Acrescentei a linha das deslocações e deixei um comentário. Falamos amanhã às {time}?\n\n{sender}',
      ],
    ],
    it: [
      [
        'Re: cena sabato?',
        'Volentieri! Porto io il dolce. Alle otto va bene?\n\nUn abbraccio,\n{sender}\n\nIl {earlier}, {name} ha scritto:\n> Sei libera sabato sera?',
      ],
      ['Le foto della gita', "Ciao {name},\n\nti mando l'album: {link}\n\nA presto,\n{sender}"],
      [
        'R: verbale riunione',
        'Grazie per il verbale. Manca solo la data del prossimo incontro, puoi aggiungerla?\n\n{sender}',
      ],
    ],
    nl: [
      [
        'Re: zaterdag eten?',
        'Leuk! Ik neem het toetje mee. Is half acht goed?\n\nGroetjes,\n{sender}\n\nOp {earlier} schreef {name}:\n> Heb je zaterdag tijd om te eten?',
      ],
      ["Foto's van het weekend", 'Hoi {name},\n\nhier is het album: {link}\n\nLiefs,\n{sender}'],
      [
        'RE: begroting',
        'Dank je. Ik heb de reiskosten toegevoegd en een opmerking gezet bij de catering. Zullen we morgen om {time} bellen?\n\n{sender}',
      ],
    ],
  },
}
