// Look-alike texts of one class (person), written for this set: [subject, body] per language.
import type { LookTexts } from './types.ts'

export const PERSON: LookTexts = {
  en: [
    ['Re: Sunday lunch', 'Sounds great — we’ll bring dessert. Is 1pm still ok? x'],
    [
      'photos from the weekend',
      'Hey {first}! Finally sorted the pictures, link below. The one of the dog is my favourite. {link}',
    ],
    [
      'Re: Re: draft for Thursday',
      'Thanks, I’ve added two comments on page 3. Otherwise good to go. {name}',
    ],
  ],
  de: [
    ['Re: Sonntag Mittagessen', 'Klingt gut, wir bringen den Nachtisch mit. Passt 13 Uhr noch?'],
    [
      'Fotos vom Wochenende',
      'Hi {first}! Hab die Bilder endlich sortiert, Link unten. Das mit dem Hund ist mein Favorit. {link}',
    ],
    [
      'AW: Entwurf für Donnerstag',
      'Danke, ich habe auf Seite 3 zwei Anmerkungen gemacht. Sonst passt es. {name}',
    ],
  ],
  fr: [
    ['Re: déjeuner dimanche', 'Super, on apporte le dessert. 13h, ça tient toujours ?'],
    [
      'photos du week-end',
      'Coucou {first} ! J’ai enfin trié les photos, lien ci-dessous. Celle du chien est ma préférée. {link}',
    ],
    [
      'RE: brouillon pour jeudi',
      'Merci, j’ai mis deux commentaires page 3. Sinon c’est bon pour moi. {name}',
    ],
  ],
  es: [
    ['Re: comida del domingo', 'Genial, llevamos el postre. ¿Sigue en pie a la una?'],
    [
      'fotos del finde',
      '¡Hola {first}! Por fin he ordenado las fotos, te paso el enlace. La del perro es mi favorita. {link}',
    ],
    [
      'RE: borrador para el jueves',
      'Gracias, te he dejado dos comentarios en la página 3. Por lo demás, adelante. {name}',
    ],
  ],
  pt: [
    ['Re: almoço de domingo', 'Ótimo, levamos a sobremesa. À uma ainda dá?'],
    [
      'fotos do fim de semana',
      'Oi {first}! Finalmente organizei as fotos, segue o link. A do cachorro é a minha favorita. {link}',
    ],
    [
      'RE: rascunho para quinta',
      'Obrigado, deixei dois comentários na página 3. De resto, pode seguir. {name}',
    ],
  ],
  it: [
    ['Re: pranzo di domenica', 'Perfetto, portiamo il dolce. All’una va ancora bene?'],
    [
      'foto del weekend',
      'Ciao {first}! Ho finalmente sistemato le foto, ti giro il link. Quella del cane è la mia preferita. {link}',
    ],
    [
      'R: bozza per giovedì',
      'Grazie, ho lasciato due commenti a pagina 3. Per il resto va bene. {name}',
    ],
  ],
  nl: [
    ['Re: zondaglunch', 'Leuk, wij nemen het toetje mee. Is 13.00 uur nog goed?'],
    [
      'foto’s van het weekend',
      'Hoi {first}! Eindelijk de foto’s uitgezocht, link hieronder. Die met de hond is mijn favoriet. {link}',
    ],
    [
      'RE: concept voor donderdag',
      'Dank je, ik heb twee opmerkingen gezet op pagina 3. Verder prima. {name}',
    ],
  ],
}
