// Look-alike texts (pt, it, nl): see look-words.ts for the slots and the reply prefixes.
import { w, type Texts } from './look-words.ts'

export const PT: Texts = {
  newsletter: w(
    'Newsletter {brand}: novidades da semana',
    'Olá {first},\nesta semana: três receitas novas, os saldos de inverno e notícias da equipa.\nLer online: {link}\nRecebe este email porque subscreveu. Cancelar subscrição: {link}',
  ),
  reply: w(
    'RES: {topic}',
    'Olá {first},\npor mim está ótimo, às sete e meia? Eu levo a sobremesa.\n{sender}\n\nEm {date}, {first} escreveu:\n> O que achas?',
  ),
  list: w(
    '[{list}] RES: {topic}',
    'Tive o mesmo problema na semana passada; a versão mais recente resolveu.\n-- \n{sender}\n_______________________________________________\nLista {list}\nSair: {list}-leave@lists.example.org',
  ),
  calendar: w(
    'Convite: {topic} @ {date}',
    '{sender} convidou-o para um evento.\n{topic}\nQuando: {date}, 10:00 – 10:30\nParticipar: {link}\nSim - Talvez - Não',
  ),
  document: w(
    '{sender} partilhou "{topic}" consigo',
    '{sender} partilhou um documento consigo.\n"{topic}"\nAbrir: {link}\nRecebe este email porque {sender} partilhou um ficheiro consigo.',
  ),
  'ticket-reply': w(
    'RES: [#{ref}] {topic}',
    'Olá {first},\nobrigado pela paciência. Corrigi isto do nosso lado; verá a alteração dentro de um dia.\nCumprimentos,\n{sender}, apoio {brand}\n\nTicket #{ref}: responda acima desta linha.',
  ),
  'ticket-solved': w(
    'O seu pedido #{ref} foi resolvido',
    'Olá {first},\no seu pedido #{ref} "{topic}" foi marcado como resolvido.\nSe o problema continuar, responda a este email.\nApoio {brand}',
  ),
  sent: w(
    '{topic}',
    'Olá,\ntenho um problema com a minha conta: {topic}. Podem verificar?\nObrigado,\n{first}',
  ),
}

export const IT: Texts = {
  newsletter: w(
    'Newsletter {brand}: le novità della settimana',
    'Ciao {first},\nquesta settimana: tre nuove ricette, i saldi invernali e notizie dal team.\nLeggi online: {link}\nRicevi questa e-mail perché sei iscritto. Disiscriviti: {link}',
  ),
  reply: w(
    'R: {topic}',
    'Ciao {first},\nper me va benissimo, facciamo alle sette e mezza? Porto io il dolce.\n{sender}\n\nIl {date}, {first} ha scritto:\n> Che ne dici?',
  ),
  list: w(
    '[{list}] R: {topic}',
    'Stesso problema la settimana scorsa; con l’ultima versione si è risolto.\n-- \n{sender}\n_______________________________________________\nLista {list}\nDisiscrizione: {list}-leave@lists.example.org',
  ),
  calendar: w(
    'Invito: {topic} @ {date}',
    '{sender} ti ha invitato a un evento.\n{topic}\nQuando: {date}, 10:00 – 10:30\nPartecipa: {link}\nSì - Forse - No',
  ),
  document: w(
    '{sender} ha condiviso "{topic}" con te',
    '{sender} ha condiviso un documento con te.\n"{topic}"\nApri: {link}\nRicevi questa e-mail perché {sender} ha condiviso un file con te.',
  ),
  'ticket-reply': w(
    'R: [#{ref}] {topic}',
    'Ciao {first},\ngrazie per la pazienza. Ho corretto dal nostro lato; vedrai la modifica entro un giorno.\nSaluti,\n{sender}, assistenza {brand}\n\nTicket #{ref}: rispondi sopra questa riga.',
  ),
  'ticket-solved': w(
    'La tua richiesta #{ref} è stata risolta',
    'Ciao {first},\nla tua richiesta #{ref} "{topic}" è stata contrassegnata come risolta.\nSe il problema persiste, rispondi a questa e-mail.\nAssistenza {brand}',
  ),
  sent: w(
    '{topic}',
    'Buongiorno,\nho un problema con il mio account: {topic}. Potete controllare?\nGrazie,\n{first}',
  ),
}

export const NL: Texts = {
  newsletter: w(
    '{brand} weekbrief: nieuw deze week',
    'Hoi {first},\ndeze week: drie nieuwe recepten, onze winteruitverkoop en nieuws van het team.\nOnline lezen: {link}\nJe ontvangt deze mail omdat je je hebt aangemeld. Afmelden: {link}',
  ),
  reply: w(
    'Antw: {topic}',
    'Hoi {first},\nprima, zullen we half acht zeggen? Ik neem het toetje mee.\n{sender}\n\nOp {date} schreef {first}:\n> Wat vind jij?',
  ),
  list: w(
    '[{list}] Antw: {topic}',
    'Had ik vorige week ook; met de nieuwste versie was het opgelost.\n-- \n{sender}\n_______________________________________________\n{list} mailinglijst\nAfmelden: {list}-leave@lists.example.org',
  ),
  calendar: w(
    'Uitnodiging: {topic} @ {date}',
    '{sender} heeft je uitgenodigd voor een afspraak.\n{topic}\nWanneer: {date}, 10:00 – 10:30\nDeelnemen: {link}\nJa - Misschien - Nee',
  ),
  document: w(
    '{sender} heeft "{topic}" met je gedeeld',
    '{sender} heeft een document met je gedeeld.\n"{topic}"\nOpenen: {link}\nJe ontvangt deze mail omdat {sender} een bestand met je heeft gedeeld.',
  ),
  'ticket-reply': w(
    'Antw: [#{ref}] {topic}',
    'Hoi {first},\nbedankt voor je geduld. Ik heb het aan onze kant aangepast; binnen een dag zie je de wijziging.\nGroet,\n{sender}, {brand} Support\n\nTicket #{ref}: antwoord boven deze regel.',
  ),
  'ticket-solved': w(
    'Je verzoek #{ref} is opgelost',
    'Hoi {first},\nje verzoek #{ref} "{topic}" is als opgelost gemarkeerd.\nIs het probleem er nog? Beantwoord dan deze mail.\n{brand} Support',
  ),
  sent: w(
    '{topic}',
    'Hallo,\nik heb een probleem met mijn account: {topic}. Kunnen jullie kijken?\nBedankt,\n{first}',
  ),
}
