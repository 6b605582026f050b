// The parish council's newsletter and notices (Portuguese), and a note from her Dutch home
// municipality about her postal vote (Dutch).
import type { Random } from '../../prng.ts'
import { during, type QuietMail } from './kit.ts'

const JUNTA = 'Junta de Freguesia do Alto Mirante <newsletter@jf-altomirante.pt>'

export function municipalMail(rng: Random): QuietMail[] {
  const m = (
    day: number,
    from: string,
    subject: string,
    body: string,
    lang: 'pt' | 'nl',
  ): QuietMail => ({
    at: during(rng, day, 9, 18),
    from,
    subject,
    body,
    source: 'municipal',
    lang,
  })
  return [
    m(
      1,
      JUNTA,
      'Newsletter Alto Mirante – novembro',
      'Neste número: feira de Natal no largo (dias 12 a 20), novas hortas comunitárias, horário alargado da piscina municipal e rastreio de saúde gratuito no dia 21.',
      'pt',
    ),
    m(
      5,
      JUNTA,
      'Recolha de monos: nova data',
      'Informamos que a recolha de monos e verdes na sua rua passa a realizar-se às terças-feiras. Coloque os objetos junto ao contentor a partir das 20h da véspera.',
      'pt',
    ),
    m(
      8,
      JUNTA,
      'Obras na Rua da Boavista Nova',
      'De 16 a 27 de novembro decorrem obras de repavimentação. O estacionamento estará condicionado e a carreira 728 terá desvio.',
      'pt',
    ),
    m(
      12,
      'Gemeente Lekvliet <verkiezingen@lekvliet.example>',
      'Uw briefstembewijs is verstuurd',
      'Beste kiezer in het buitenland, uw briefstembewijs voor de verkiezingen is per post verzonden. Stuur het uiterlijk 10 dagen voor de verkiezingsdag terug.',
      'nl',
    ),
    m(
      15,
      JUNTA,
      'Newsletter Alto Mirante – edição especial Natal',
      'Programa completo da feira de Natal, concerto do coro da freguesia e recolha solidária de brinquedos.',
      'pt',
    ),
    m(
      19,
      JUNTA,
      'Inquérito: o que quer ver no jardim do Largo?',
      'Responda ao inquérito sobre a requalificação do jardim até ao fim do mês. Leva 3 minutos.',
      'pt',
    ),
  ]
}
