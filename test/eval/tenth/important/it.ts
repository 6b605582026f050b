// Italian important notices (see kit.ts).
import type { NoticeTable } from './kit.ts'

export const IT: NoticeTable = [
  [
    'Banca Colleverde <avvisi@bancacolleverde.example>',
    'Pagamento con carta di {a} autorizzato',
    'La tua carta che termina con 3306 è stata usata per {a} presso ALIMENTARI DEL CORSO alle {t}. Se non sei stato tu, bloccala.',
  ],
  [
    'Pagafacile <aiuto@pagafacile.example>',
    'Hai ricevuto {a} da Giulia Ferrante',
    'Giulia Ferrante ti ha inviato {a}. Causale: «cena di sabato». Riferimento {r}.',
  ],
  [
    'Pagafacile <aiuto@pagafacile.example>',
    'Ricevuta del pagamento ad Acque del Brenta',
    'Hai inviato {a} ad Acque del Brenta. Riferimento {r}. Conserva questa ricevuta.',
  ],
  [
    'Account Belvedere <sicurezza@belvedere.example>',
    'Avviso di sicurezza: nuovo accesso',
    'Abbiamo rilevato un nuovo accesso da {d} alle {t}. Se non sei stato tu, proteggi il tuo account.',
  ],
  [
    'Account Belvedere <sicurezza@belvedere.example>',
    'La tua password è stata modificata',
    'La password del tuo account Belvedere è stata modificata alle {t}. Se non sei stato tu, reimpostala subito.',
  ],
  [
    'Banca Colleverde <avvisi@bancacolleverde.example>',
    'Verifica in due passaggi attivata',
    "La verifica in due passaggi dell'home banking è stata attivata alle {t}.",
  ],
  [
    'Bottega Lirico <ordini@bottegalirico.example>',
    'Conferma del tuo ordine {r}',
    'Grazie per il tuo ordine {r}. Totale: {a}. Consegna prevista: giovedì.',
  ],
  [
    'PaccoLesto <tracking@paccolesto.example>',
    'La tua spedizione {r} arriva oggi',
    'La tua spedizione {r} è in consegna e arriverà tra le {t} e le 18:00.',
  ],
]
