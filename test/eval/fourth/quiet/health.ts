// Doctor's, dentist's and physiotherapist's appointment mail of the quiet inbox (French and
// Dutch, as in Brussels), including a booking platform's confirmation and reminder.
// Written for this set; practices and the platform are made up.
import type { Random } from '../../prng.ts'
import { between, type Everyday } from './everyday.ts'

const AGENDA = 'DocAgenda <rappels@docagenda.be>'

export function healthMail(rng: Random): Everyday[] {
  const source = 'health'
  return [
    {
      at: between(rng, 1, 20, 22),
      from: AGENDA,
      subject: 'Votre rendez-vous est confirmé – Dr Nathalie Perrin',
      body: 'Bonjour Imogen Blackwood,\n\nVotre rendez-vous est confirmé :\nDr Nathalie Perrin, médecine générale\nLundi 14 septembre à 16 h 15\nAvenue de la Couronne 118, Ixelles\n\nEmpêché(e) ? Annulez au moins 24 h à l’avance depuis votre espace.',
      source,
    },
    {
      at: between(rng, 6, 16, 17),
      from: AGENDA,
      subject: 'Rappel : votre rendez-vous demain à 16 h 15',
      body: 'Bonjour,\n\nNous vous rappelons votre rendez-vous de demain à 16 h 15 avec le Dr Nathalie Perrin.\n\nPensez à votre carte d’identité.',
      source,
    },
    {
      at: between(rng, 10, 9, 10),
      from: 'Cabinet dentaire Vasseur <secretariat@dentiste-vasseur.be>',
      subject: 'Rappel de rendez-vous – mardi 22 septembre à 10 h 30',
      body: 'Madame Blackwood,\n\nNous vous rappelons votre rendez-vous de contrôle le mardi 22 septembre à 10 h 30 pour Noah.\n\nMerci de nous prévenir en cas d’empêchement au 02 555 41 20.',
      source,
    },
    {
      at: between(rng, 3, 13, 14),
      from: 'Kinepraktijk Zuidpark <afspraken@kinezuidpark.be>',
      subject: 'Bevestiging afspraken kinesitherapie',
      body: 'Beste Imogen,\n\nHierbij de bevestiging van je volgende sessies: 17/09 om 8u00, 24/09 om 8u00 en 1/10 om 8u00.\n\nTot dan!\nKinepraktijk Zuidpark',
      source,
    },
    {
      at: between(rng, 16, 8, 9),
      from: 'Kinepraktijk Zuidpark <afspraken@kinezuidpark.be>',
      subject: 'Herinnering: afspraak morgen om 8u00',
      body: 'Dit is een herinnering voor je afspraak morgen om 8u00. Kan je niet komen? Bel ons vóór 18u.',
      source,
    },
    {
      at: between(rng, 8, 11, 13),
      from: 'Apotheek Zonnebloem <bestellingen@apotheekzonnebloem.be>',
      subject: 'Uw bestelling ligt klaar',
      body: 'Goedemiddag,\n\nUw bestelling ligt vanaf nu voor u klaar in de apotheek. Vergeet uw identiteitskaart niet.\n\nApotheek Zonnebloem',
      source,
    },
    {
      at: between(rng, 11, 7, 9),
      from: 'Labo Santé Plus <resultats@labosanteplus.be>',
      subject: 'Vos résultats d’analyses sont disponibles',
      body: 'Bonjour,\n\nLes résultats de votre prise de sang du 15 septembre sont disponibles dans votre espace patient. Ils ont également été transmis à votre médecin.\n\nLabo Santé Plus',
      source,
    },
    {
      at: between(rng, 19, 18, 19),
      from: 'Centre Optique Louise <rdv@optique-louise.be>',
      subject: 'Vos nouvelles lunettes sont prêtes',
      body: 'Bonjour Madame Blackwood,\n\nVos lunettes sont prêtes. Vous pouvez passer les retirer du mardi au samedi, de 10 h à 18 h 30.',
      source,
    },
  ]
}
