// Look-alike texts written for this set: real people writing (season's greetings, reply threads
// with the wrappers of each language's mail clients).
import type { LookTexts } from './types.ts'

export const PERSONAL: LookTexts = {
  en: [
    [
      'Happy holidays!',
      'Hi {first}, wishing you and the family a calm end of the year. Let’s finally meet up in January! Tom',
    ],
    ['RE: {sent}', 'Sounds good, Thursday works for me. I’ll bring the printouts. Kate'],
    ['Fwd: recipe', 'Here’s the one from Grandma I promised. Love, Mum'],
  ],
  de: [
    [
      'Frohe Weihnachten 🎄',
      'Liebe/r {first}, wir wünschen euch schöne Feiertage! Viele Grüße, Anke und Jens',
    ],
    ['AW: {sent}', 'Passt mir gut, dann bis Donnerstag. Gruß, Micha'],
    ['WG: Fotos', 'Hab ich von Tante Gerda bekommen, schau mal. LG'],
  ],
  fr: [
    [
      'Joyeuses fêtes !',
      'Coucou {first}, belles fêtes à vous tous ! On se voit en janvier ? Bises, Élodie',
    ],
    ['RE: {sent}', 'Ça me va, jeudi c’est parfait. À plus, Nico'],
    ['TR: la recette', 'Voilà la recette de mamie promise. Bisous, Maman'],
  ],
  es: [
    [
      '¡Felices fiestas!',
      'Hola {first}, que paséis unas fiestas estupendas. ¿Quedamos en enero? Un abrazo, Javi',
    ],
    ['RE: {sent}', 'Me parece bien, el jueves me viene genial. Besos, Carmen'],
    ['RV: fotos', 'Te reenvío las fotos que mandó la tía. Un beso'],
  ],
  pt: [
    ['Boas festas!', 'Oi {first}, feliz Natal para vocês! Vamos nos ver em janeiro? Abraço, Fê'],
    ['RE: {sent}', 'Combinado, quinta está ótimo. Beijos, Dani'],
    ['Enc: receita', 'Segue a receita da vó que te prometi. Beijo, mãe'],
  ],
  it: [
    [
      'Buone feste!',
      'Ciao {first}, tanti auguri di buon Natale a tutti voi! Ci vediamo a gennaio? Un abbraccio, Fede',
    ],
    ['R: {sent}', 'Per me va bene, giovedì perfetto. Ciao, Elena'],
    ['I: ricetta', 'Ecco la ricetta della nonna che ti avevo promesso. Baci, mamma'],
  ],
  nl: [
    [
      'Fijne feestdagen!',
      'Hoi {first}, fijne kerstdagen en een goed nieuwjaar! Zien we elkaar in januari? Groetjes, Lotte',
    ],
    ['Re: {sent}', 'Prima, donderdag is goed. Groet, Ruben'],
    ['Fw: recept', 'Hier het recept van oma dat ik beloofd had. Liefs, mam'],
  ],
}
