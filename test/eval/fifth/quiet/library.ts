// Library mail: the municipal library's loan reminders and reservation notices (Portuguese), and
// a Dutch online library's e-book loans.
import type { Random } from '../../prng.ts'
import { during, type QuietMail } from './kit.ts'

const LIB = 'Bibliotecas Municipais do Alto Mirante <emprestimos@bib-altomirante.pt>'
const EBOOK = 'Leeskamer Online <geen-antwoord@leeskamer-online.nl>'

export function libraryMail(rng: Random): QuietMail[] {
  const m = (
    day: number,
    from: string,
    subject: string,
    body: string,
    lang: 'pt' | 'nl',
  ): QuietMail => ({
    at: during(rng, day, 6, 10),
    from,
    subject,
    body,
    source: 'library',
    lang,
  })
  return [
    m(
      2,
      LIB,
      'Aviso de devolução',
      'Caro(a) leitor(a), o prazo de empréstimo dos seguintes documentos termina daqui a 3 dias:\n- "O Ano da Morte de Ricardo Reis"\n- "Guia de Lisboa a pé"\nPode renovar online no catálogo ou no balcão de atendimento.',
      'pt',
    ),
    m(
      5,
      EBOOK,
      'Je e-book staat klaar: "De Avonden"',
      'Beste lezer, je reservering is beschikbaar. Je hebt 3 dagen om het e-book te lenen via de app.',
      'nl',
    ),
    m(
      7,
      LIB,
      'Reserva disponível para levantamento',
      'A sua reserva "Uma Breve História do Tempo" está disponível na Biblioteca de Santa Clara até dia 14.',
      'pt',
    ),
    m(
      9,
      EBOOK,
      'Je lening verloopt over 2 dagen',
      'Het e-book "De Avonden" wordt over 2 dagen automatisch ingeleverd. Verlengen kan als er geen reserveringen zijn.',
      'nl',
    ),
    m(13, LIB, 'Empréstimo renovado', 'Os documentos foram renovados até 4 de dezembro.', 'pt'),
    m(
      16,
      LIB,
      'Agenda de novembro: clube de leitura e oficinas',
      'Este mês: clube de leitura (quinta, 18h30), oficina de encadernação (sábado, 10h) e hora do conto para crianças. Entrada livre.',
      'pt',
    ),
    m(
      19,
      EBOOK,
      'Tip: nieuwe luisterboeken deze week',
      'Deze week toegevoegd: 42 nieuwe luisterboeken, waaronder thrillers en non-fictie. Bekijk ze in de app.',
      'nl',
    ),
    m(
      20,
      LIB,
      'Aviso de devolução',
      'O prazo de empréstimo de "Guia de Lisboa a pé" termina amanhã.',
      'pt',
    ),
  ]
}
