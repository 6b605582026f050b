// Class 10: real people writing (friends, family, colleagues): some replies in a thread the person
// started ({subject}, prefixed by the generator), some first mails. Slots {name} {friend} {date}.
import type { Lang } from '../../types.ts'

/** Replies: the subject line is the prefix plus the person's sent subject. */
export const PEOPLE_REPLY: Record<Lang, readonly string[]> = {
  en: [
    'Sounds good, {name}. Thursday works for me.\n{friend}',
    'Thanks! Got it. I’ll print them tonight.',
    'Ha, yes. Let’s do the earlier train.\n\nOn Mon, {name} wrote:\n> what do you think?',
  ],
  de: [
    'Passt, {name}. Donnerstag geht bei mir.\n{friend}',
    'Danke, ist angekommen. Ich drucke es heute Abend aus.',
    'Ja, nehmen wir den früheren Zug.\n\nAm Montag schrieb {name}:\n> was meinst du?',
  ],
  fr: [
    'Ça marche, {name}. Jeudi me va.\n{friend}',
    'Merci, bien reçu ! Je l’imprime ce soir.',
    'Oui, prenons le train plus tôt.\n\nLe lundi, {name} a écrit :\n> qu’en penses-tu ?',
  ],
  es: [
    'Perfecto, {name}. El jueves me viene bien.\n{friend}',
    '¡Gracias! Recibido. Lo imprimo esta noche.',
    'Sí, cojamos el tren de antes.\n\nEl lunes, {name} escribió:\n> ¿qué te parece?',
  ],
  pt: [
    'Combinado, {name}. Quinta dá para mim.\n{friend}',
    'Obrigado! Recebi. Imprimo hoje à noite.',
    'Sim, vamos no comboio mais cedo.\n\nNa segunda, {name} escreveu:\n> o que achas?',
  ],
  it: [
    'Va bene, {name}. Giovedì per me va.\n{friend}',
    'Grazie! Ricevuto. Lo stampo stasera.',
    'Sì, prendiamo il treno prima.\n\nLunedì {name} ha scritto:\n> che ne pensi?',
  ],
  nl: [
    'Prima, {name}. Donderdag komt mij goed uit.\n{friend}',
    'Dank je! Ontvangen. Ik print het vanavond.',
    'Ja, laten we de eerdere trein nemen.\n\nOp maandag schreef {name}:\n> wat denk jij?',
  ],
}

/** First mails from people: `subject|body`. */
export const PEOPLE_FIRST: Record<Lang, readonly string[]> = {
  en: [
    'dinner sunday?|Hi {name}, fancy coming round on Sunday? Bring nothing, just yourselves. x {friend}',
    'photos from the wedding|Here’s the link to the album, finally! {link}',
    'Quick question about the rota|Can you swap Friday with me? I have the dentist. {friend}',
  ],
  de: [
    'Sonntag Essen?|Hallo {name}, hast du Lust, am Sonntag vorbeizukommen? Bring nichts mit. {friend}',
    'Fotos von der Hochzeit|Hier endlich der Link zum Album: {link}',
    'Kurze Frage zum Dienstplan|Kannst du Freitag mit mir tauschen? Ich hab Zahnarzt. {friend}',
  ],
  fr: [
    'dîner dimanche ?|Coucou {name}, ça te dit de passer dimanche ? Ne ramène rien. Bises, {friend}',
    'les photos du mariage|Voilà enfin le lien vers l’album : {link}',
    'Petite question planning|Tu peux échanger vendredi avec moi ? J’ai le dentiste. {friend}',
  ],
  es: [
    '¿comida el domingo?|Hola {name}, ¿te apetece venir el domingo? No traigas nada. Besos, {friend}',
    'fotos de la boda|¡Por fin! Aquí tienes el enlace al álbum: {link}',
    'Pregunta rápida sobre el turno|¿Me cambias el viernes? Tengo dentista. {friend}',
  ],
  pt: [
    'almoço domingo?|Olá {name}, queres vir cá no domingo? Não tragas nada. Beijinhos, {friend}',
    'fotos do casamento|Finalmente, o link do álbum: {link}',
    'Dúvida rápida sobre a escala|Dá pra trocar a sexta comigo? Tenho dentista. {friend}',
  ],
  it: [
    'cena domenica?|Ciao {name}, ti va di passare domenica? Non portare niente. Un abbraccio, {friend}',
    'foto del matrimonio|Finalmente il link all’album: {link}',
    'Domanda veloce sui turni|Mi cambi il venerdì? Ho il dentista. {friend}',
  ],
  nl: [
    'zondag eten?|Hoi {name}, zin om zondag langs te komen? Neem niks mee. Liefs, {friend}',
    'foto’s van de bruiloft|Eindelijk, hier is de link naar het album: {link}',
    'Snelle vraag over het rooster|Kun je vrijdag met me ruilen? Ik moet naar de tandarts. {friend}',
  ],
}

export const REPLY_PREFIX: Record<Lang, readonly string[]> = {
  en: ['Re:', 'RE:', 'Fwd:'],
  de: ['AW:', 'Re:', 'WG:'],
  fr: ['RE :', 'Re:', 'TR :'],
  es: ['RE:', 'Re:', 'RV:'],
  pt: ['Re:', 'RES:', 'Enc:'],
  it: ['R:', 'Re:', 'I:'],
  nl: ['Re:', 'RE:', 'Fwd:'],
}

/** What the person writes about (their sent subjects), per language. */
export const SENT_SUBJECTS: Record<Lang, readonly string[]> = {
  en: [
    'Train times for Saturday',
    'Quote for the kitchen tiles',
    'Minutes from Tuesday',
    'Boiler still not working',
    'Invoice query',
  ],
  de: [
    'Zugzeiten für Samstag',
    'Angebot Küchenfliesen',
    'Protokoll vom Dienstag',
    'Heizung geht immer noch nicht',
    'Frage zur Rechnung',
  ],
  fr: [
    'Horaires du train samedi',
    'Devis carrelage cuisine',
    'Compte rendu de mardi',
    'Chaudière toujours en panne',
    'Question sur la facture',
  ],
  es: [
    'Horarios del tren del sábado',
    'Presupuesto azulejos cocina',
    'Acta del martes',
    'La caldera sigue sin funcionar',
    'Duda sobre la factura',
  ],
  pt: [
    'Horários do comboio de sábado',
    'Orçamento azulejos cozinha',
    'Ata de terça',
    'A caldeira continua avariada',
    'Dúvida sobre a fatura',
  ],
  it: [
    'Orari del treno di sabato',
    'Preventivo piastrelle cucina',
    'Verbale di martedì',
    'La caldaia non funziona ancora',
    'Domanda sulla fattura',
  ],
  nl: [
    'Treintijden zaterdag',
    'Offerte keukentegels',
    'Notulen van dinsdag',
    'Ketel doet het nog steeds niet',
    'Vraag over de factuur',
  ],
}
