// Look-alike texts of people writing to the public address, written for this set: first-time
// enquiries, applications and complaints, replies and forwards with each language's prefixes
// ('subject|body' with {slots}).
import type { Lang } from '../types.ts'

export const REPLY_PREFIX: Record<Lang, string> = {
  en: 'Re:',
  de: 'AW:',
  fr: 'RE :',
  es: 'RE:',
  pt: 'RES:',
  it: 'R:',
  nl: 'Antw:',
}

export const FORWARD_PREFIX: Record<Lang, string> = {
  en: 'Fwd:',
  de: 'WG:',
  fr: 'TR :',
  es: 'RV:',
  pt: 'ENC:',
  it: 'I:',
  nl: 'Doorst:',
}

export const PERSON_TEXTS: Record<string, Record<Lang, string>> = {
  enquiry: {
    en: 'Hall hire for a birthday party?|Hello, a friend gave me this address. Do you rent out your hall on Saturday evenings, and what would it cost for about 40 people? Many thanks, {name}',
    de: 'Raummiete für eine Geburtstagsfeier?|Guten Tag, eine Bekannte hat mir Ihre Adresse gegeben. Vermieten Sie Ihren Saal samstagabends, und was würde das für etwa 40 Personen kosten? Danke, {name}',
    fr: 'Location de salle pour un anniversaire ?|Bonjour, une amie m’a donné votre adresse. Louez-vous votre salle le samedi soir, et à quel tarif pour une quarantaine de personnes ? Merci, {name}',
    es: '¿Alquiler del local para un cumpleaños?|Hola, me ha pasado vuestro correo una amiga. ¿Alquiláis el local los sábados por la noche? ¿Cuánto costaría para unas 40 personas? Gracias, {name}',
    pt: 'Aluguer da sala para um aniversário?|Olá, uma amiga deu-me este endereço. Alugam a sala ao sábado à noite? Quanto custaria para umas 40 pessoas? Obrigada, {name}',
    it: 'Affitto della sala per un compleanno?|Buongiorno, un’amica mi ha dato questo indirizzo. Affittate la sala il sabato sera? Quanto costerebbe per circa 40 persone? Grazie, {name}',
    nl: 'Zaalhuur voor een verjaardag?|Goedendag, ik kreeg dit adres van een vriendin. Verhuren jullie de zaal op zaterdagavond, en wat kost dat voor zo’n 40 mensen? Dank, {name}',
  },
  application: {
    en: 'Application: part-time coordinator|Dear Sir or Madam, I saw your advert for a part-time coordinator and attach my CV. I have run volunteer teams for six years. Kind regards, {name}',
    de: 'Bewerbung als Teilzeitkraft|Sehr geehrte Damen und Herren, anbei meine Bewerbung auf Ihre Anzeige für eine Teilzeitstelle. Ich habe sechs Jahre Erfahrung. Mit freundlichen Grüßen, {name}',
    fr: 'Candidature : poste à temps partiel|Madame, Monsieur, suite à votre annonce, je vous adresse ma candidature et mon CV. J’ai six ans d’expérience. Cordialement, {name}',
    es: 'Candidatura: puesto a media jornada|Buenos días: he visto vuestra oferta a media jornada y os adjunto mi currículum. Tengo seis años de experiencia. Un saludo, {name}',
    pt: 'Candidatura: part-time|Boa tarde, vi o vosso anúncio para part-time e envio em anexo o meu CV. Tenho seis anos de experiência. Cumprimentos, {name}',
    it: 'Candidatura: posizione part-time|Buongiorno, ho visto il vostro annuncio per un part-time e allego il mio curriculum. Ho sei anni di esperienza. Cordiali saluti, {name}',
    nl: 'Sollicitatie: parttime functie|Geachte heer/mevrouw, naar aanleiding van uw vacature stuur ik mijn cv mee. Ik heb zes jaar ervaring. Met vriendelijke groet, {name}',
  },
  complaint: {
    en: 'Very disappointed|I waited 40 minutes on Saturday and nobody told me the session was cancelled. I would like an explanation and my money back. {name}',
    de: 'Sehr enttäuscht|Ich habe am Samstag 40 Minuten gewartet, und niemand hat mir gesagt, dass der Termin ausfällt. Ich erwarte eine Erklärung und mein Geld zurück. {name}',
    fr: 'Très déçu|J’ai attendu 40 minutes samedi et personne ne m’a prévenu de l’annulation. J’attends une explication et un remboursement. {name}',
    es: 'Muy decepcionada|El sábado esperé 40 minutos y nadie me avisó de que se había cancelado. Quiero una explicación y que me devolváis el dinero. {name}',
    pt: 'Muito desiludido|No sábado esperei 40 minutos e ninguém me avisou do cancelamento. Quero uma explicação e o reembolso. {name}',
    it: 'Molto deluso|Sabato ho aspettato 40 minuti e nessuno mi ha avvisato dell’annullamento. Chiedo una spiegazione e il rimborso. {name}',
    nl: 'Erg teleurgesteld|Ik heb zaterdag 40 minuten gewacht en niemand liet weten dat het niet doorging. Ik wil graag uitleg en mijn geld terug. {name}',
  },
  reply: {
    en: '{prefix} Christmas market stall|Great, count us in for the 13th. We will bring our own table.\n\nOn {date}, {reader} wrote:\n> Would you like a stall at our Christmas market?',
    de: '{prefix} Stand auf dem Weihnachtsmarkt|Prima, wir sind am 13. dabei und bringen einen eigenen Tisch mit.\n\nAm {date} schrieb {reader}:\n> Hätten Sie Interesse an einem Stand?',
    fr: '{prefix} Stand au marché de Noël|Parfait, nous serons là le 13 avec notre propre table.\n\nLe {date}, {reader} a écrit :\n> Souhaitez-vous un stand au marché de Noël ?',
    es: '{prefix} Puesto en el mercadillo de Navidad|Genial, contad con nosotros el 13. Llevamos nuestra mesa.\n\nEl {date}, {reader} escribió:\n> ¿Os interesa un puesto en el mercadillo?',
    pt: '{prefix} Banca no mercado de Natal|Ótimo, contem connosco no dia 13. Levamos a nossa mesa.\n\nEm {date}, {reader} escreveu:\n> Gostariam de ter uma banca?',
    it: '{prefix} Banchetto al mercatino di Natale|Perfetto, ci saremo il 13 con il nostro tavolo.\n\nIl {date}, {reader} ha scritto:\n> Vi interessa un banchetto al mercatino?',
    nl: '{prefix} Kraam op de kerstmarkt|Top, we zijn er op de 13e bij en nemen een eigen tafel mee.\n\nOp {date} schreef {reader}:\n> Hebben jullie interesse in een kraam?',
  },
  forward: {
    en: '{prefix} Sponsorship for the spring event|Hi, forwarding this from our marketing manager - could you get in touch with her directly?\n\n---------- Forwarded message ---------\nSubject: Sponsorship for the spring event',
    de: '{prefix} Sponsoring für das Frühjahrsfest|Hallo, ich leite Ihnen das von unserer Marketingleitung weiter - melden Sie sich bitte direkt bei ihr.\n\n---------- Weitergeleitete Nachricht ----------',
    fr: '{prefix} Parrainage de la fête du printemps|Bonjour, je vous transfère ce message de notre responsable marketing, pouvez-vous la contacter directement ?\n\n---------- Message transféré ----------',
    es: '{prefix} Patrocinio de la fiesta de primavera|Hola, os reenvío esto de nuestra responsable de marketing; ¿podéis contactar con ella directamente?\n\n---------- Mensaje reenviado ----------',
    pt: '{prefix} Patrocínio da festa da primavera|Olá, reencaminho a mensagem da nossa diretora de marketing, podem contactá-la diretamente?\n\n---------- Mensagem reencaminhada ----------',
    it: '{prefix} Sponsorizzazione della festa di primavera|Ciao, vi inoltro il messaggio della nostra responsabile marketing: potete contattarla direttamente?\n\n---------- Messaggio inoltrato ----------',
    nl: '{prefix} Sponsoring voorjaarsfeest|Hoi, ik stuur dit door van onze marketingmanager - kunnen jullie haar rechtstreeks mailen?\n\n---------- Doorgestuurd bericht ----------',
  },
}
