// Person-to-person mail in seven languages: friends, family and colleagues writing short notes
// and replies. Written for the fifth set; addresses on the reserved `.example` domain.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'

export interface Note {
  /** A parent writing: only the person of that language has them. */
  family?: true
  from: string
  subject: string
  body: string
}

type NoteText = (first: string) => Note

const NOTES: Record<Lang, readonly NoteText[]> = {
  en: [
    (n) => ({
      from: 'Hattie Grange <hattie.g@fastpost.example>',
      subject: 'Sunday roast?',
      body: `Hi ${n}, are you free on Sunday? Mum's doing a roast and asked if you'd come. Bring nothing but yourself. H x`,
    }),
    (n) => ({
      from: 'Rob Ellery <rob.ellery@workmail.example>',
      subject: 'Re: slides for Thursday',
      body: `Thanks ${n}, the new version reads much better. I moved the budget slide to the end. See you at the run-through.\n\n> Here's the updated deck, let me know what you think.`,
    }),
    (n) => ({
      family: true,
      from: 'Auntie Pat <pat.morrow@oldmail.example>',
      subject: 'Photos from the wedding',
      body: `Dear ${n}, I finally got the photos off my camera. There's a lovely one of you and Grandad dancing. I'll post prints too. Love, Pat`,
    }),
    (n) => ({
      from: 'Callum Brierley <callum@brierley.example>',
      subject: 'Re: borrowing the drill',
      body: `No problem ${n}, it's in the shed. Battery's charged. Just drop it back whenever.`,
    }),
  ],
  de: [
    (n) => ({
      from: 'Jana Westphal <jana.westphal@netzpost.example>',
      subject: 'Samstag Flohmarkt?',
      body: `Hi ${n}, gehst du Samstag mit zum Flohmarkt am Siegfriedplatz? Ich hol dich um 9 ab, wenn du magst. LG Jana`,
    }),
    (n) => ({
      family: true,
      from: 'Papa <g.vosskamp@netzpost.example>',
      subject: 'AW: Weihnachten',
      body: `Liebe ${n}, wir freuen uns, dass ihr kommt. Oma fragt, ob du wieder den Nachtisch machst. Gruß Papa\n\n> Wir kommen am 24. gegen Mittag.`,
    }),
    (n) => ({
      from: 'Frank Dierkes <frank.dierkes@firma.example>',
      subject: 'Protokoll Teammeeting',
      body: `Hallo ${n}, anbei das Protokoll von heute. Bitte bis Freitag kurz gegenlesen. Danke & Gruß, Frank`,
    }),
    (n) => ({
      from: 'Selin Kaya <selin.kaya@mailpost.example>',
      subject: 'Buch zurück',
      body: `Hey ${n}, danke fürs Leihen – ich hab das Buch in deinen Briefkasten geworfen. War super! Selin`,
    }),
  ],
  fr: [
    (n) => ({
      from: 'Maëlle Guillou <maelle.guillou@courriel.example>',
      subject: 'Apéro jeudi ?',
      body: `Salut ${n}, on se fait un apéro jeudi soir place Sainte-Anne ? Dis-moi si ça te va. Bises, Maëlle`,
    }),
    () => ({
      family: true,
      from: 'Maman <c.quemener@courriel.example>',
      subject: 'Re: Noël',
      body: `Mon chéri, c'est noté pour le 24. Ta sœur vient aussi avec les enfants. Je t'embrasse.\n\n> On arrivera vers midi.`,
    }),
    (n) => ({
      from: 'Julien Caradec <j.caradec@entreprise.example>',
      subject: 'Compte rendu réunion',
      body: `Bonjour ${n}, voici le compte rendu de la réunion de ce matin. Peux-tu compléter la partie budget ? Merci, Julien`,
    }),
    (n) => ({
      from: 'Nolwenn Le Roux <nolwenn@leroux.example>',
      subject: 'Covoiturage samedi',
      body: `Coucou ${n}, il me reste une place pour aller à Saint-Malo samedi, ça t'intéresse ? Départ 9 h.`,
    }),
  ],
  es: [
    (n) => ({
      from: 'Ainhoa Zubiri <ainhoa.zubiri@correo.example>',
      subject: '¿Cena el viernes?',
      body: `Hola ${n}, ¿te apuntas a cenar el viernes en la Plaza Mayor? Reservo para seis. Un beso, Ainhoa`,
    }),
    () => ({
      family: true,
      from: 'Aita <j.etxeberria@correo.example>',
      subject: 'RE: Navidad',
      body: `Cariño, perfecto, os esperamos el 24. La amona pregunta si traes el flan. Besos\n\n> Llegaremos a mediodía.`,
    }),
    (n) => ({
      from: 'Óscar Villalobos <oscar.v@empresa.example>',
      subject: 'Acta de la reunión',
      body: `Buenas ${n}, te paso el acta de la reunión de hoy. ¿Puedes revisar el punto 3 antes del jueves? Gracias`,
    }),
    (n) => ({
      from: 'Marta Ruiz <marta.ruiz@correo.example>',
      subject: 'Las llaves',
      body: `Hola ${n}, te he dejado las llaves del trastero en el buzón. ¡Gracias por todo!`,
    }),
  ],
  pt: [
    (n) => ({
      from: 'Larissa Moura <larissa.moura@caixa.example>',
      subject: 'Churrasco domingo?',
      body: `Oi ${n}, vai ter churrasco lá em casa no domingo. Bora? Pode levar a Bia também. Beijo, Lari`,
    }),
    () => ({
      family: true,
      from: 'Mãe <r.albuquerque@caixa.example>',
      subject: 'RES: Natal',
      body: `Filho, combinado, esperamos vocês no dia 24. Sua avó quer saber se você leva o pavê. Beijos\n\n> Chegamos no almoço.`,
    }),
    (n) => ({
      from: 'Gustavo Peixoto <gustavo.peixoto@empresa.example>',
      subject: 'Ata da reunião',
      body: `Bom dia, ${n}! Segue a ata da reunião de hoje. Consegue revisar a parte do orçamento até quinta? Valeu`,
    }),
    (n) => ({
      from: 'Inês Carvalho <ines.carvalho@correio.example>',
      subject: 'Livro devolvido',
      body: `Olá ${n}, deixei o livro na tua caixa do correio. Obrigada pelo empréstimo, adorei! Beijinhos, Inês`,
    }),
  ],
  it: [
    (n) => ({
      from: 'Sara Montanari <sara.montanari@posta.example>',
      subject: 'Aperitivo giovedì?',
      body: `Ciao ${n}, giovedì aperitivo in piazza Garibaldi? Dimmi tu. Un abbraccio, Sara`,
    }),
    () => ({
      family: true,
      from: 'Mamma <a.scarpellini@posta.example>',
      subject: 'R: Natale',
      body: `Tesoro, va benissimo, vi aspettiamo il 24. La nonna chiede se porti il tiramisù. Baci\n\n> Arriviamo per pranzo.`,
    }),
    (n) => ({
      from: 'Davide Ferrandi <davide.ferrandi@azienda.example>',
      subject: 'Verbale riunione',
      body: `Ciao ${n}, ti giro il verbale della riunione di stamattina. Puoi completare la parte sul budget entro venerdì? Grazie`,
    }),
    (n) => ({
      from: 'Elena Guidotti <elena.g@posta.example>',
      subject: 'Le chiavi',
      body: `Ciao ${n}, ti ho lasciato le chiavi della cantina nella cassetta. Grazie mille!`,
    }),
  ],
  nl: [
    (n) => ({
      from: 'Marloes Jansen <marloes.jansen@mailbox.example>',
      subject: 'Zaterdag markt?',
      body: `Hoi ${n}, ga je zaterdag mee naar de markt op het Grote Kerkplein? Ik haal je om 10 uur op. Groetjes, Marloes`,
    }),
    (n) => ({
      family: true,
      from: 'Pa <h.verhoeckx@mailbox.example>',
      subject: 'Re: Kerst',
      body: `Hoi ${n}, prima, we zien jullie eerste kerstdag. Oma vraagt of jij weer de toetjes doet. Groet, pa\n\n> We komen rond twaalf uur.`,
    }),
    (n) => ({
      from: 'Ruud Hofstede <ruud.hofstede@bedrijf.example>',
      subject: 'Notulen overleg',
      body: `Hoi ${n}, hierbij de notulen van vanochtend. Wil je het stuk over de planning vóór vrijdag nalezen? Dank!`,
    }),
    (n) => ({
      from: 'Lieke de Graaf <lieke.degraaf@mailbox.example>',
      subject: 'Boek terug',
      body: `Hé ${n}, ik heb je boek in de brievenbus gedaan. Echt een aanrader, bedankt!`,
    }),
  ],
}

export function notesFor(lang: Lang, first: string): Note[] {
  return NOTES[lang].map((make) => make(first))
}

export function pickNotes(rng: Random, lang: Lang, first: string, count: number): Note[] {
  return rng.shuffle(notesFor(lang, first)).slice(0, count)
}
