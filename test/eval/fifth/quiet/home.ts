// Her flat in Lisbon: the landlord, the building's administration and the letting agent's
// portal. Portuguese (pt-PT) and English.
import type { Random } from '../../prng.ts'
import { during, type QuietMail } from './kit.ts'

const LANDLORD = 'Rui Sarmento <rui.sarmento@correio.example>'
const CONDO =
  'Administração do Condomínio Rua do Alecrim Novo <administracao@condominio-alecrimnovo.pt>'
const AGENT = 'Lisbon Nest Lettings <tenants@lisbonnest-lettings.pt>'

export function homeMail(rng: Random): QuietMail[] {
  const mail = (
    day: number,
    from: string,
    subject: string,
    body: string,
    lang: 'pt' | 'en' = 'pt',
  ): QuietMail => ({
    at: during(rng, day, 8, 21),
    from,
    subject,
    body,
    source: 'home',
    lang,
  })
  return [
    mail(
      0,
      AGENT,
      'Rent receipt – November 2026',
      'Hi Femke, we confirm receipt of your rent for November (1.150,00 €). The electronic rent receipt (recibo de renda eletrónico) has been issued on the tax portal. Lisbon Nest Lettings',
      'en',
    ),
    mail(
      1,
      CONDO,
      'Manutenção do elevador – quinta-feira',
      'Exmos. condóminos,\n\ninformamos que na próxima quinta-feira, entre as 9h e as 13h, o elevador estará parado para a manutenção trimestral. Pedimos desculpa pelo incómodo.\n\nA Administração',
    ),
    mail(
      3,
      LANDLORD,
      'Canalizador amanhã',
      'Olá Femke, o canalizador passa amanhã por volta das 10h para ver a fuga no lava-loiça. Se não estiver em casa, a D. Amélia do rés-do-chão tem a chave. Obrigado, Rui',
    ),
    mail(
      4,
      LANDLORD,
      'Re: Canalizador amanhã',
      'Perfeito, obrigado pela confirmação. Depois diga-me se ficou resolvido. Rui',
    ),
    mail(
      6,
      CONDO,
      'Convocatória – Assembleia de Condóminos',
      'Convocam-se todos os condóminos para a assembleia ordinária a realizar no dia 26, às 19h, na sala do condomínio. Ordem de trabalhos: 1. Contas de 2026; 2. Orçamento para 2027; 3. Pintura da fachada.',
    ),
    mail(
      8,
      CONDO,
      'Corte de água – terça-feira das 14h às 17h',
      'Por motivo de reparação da coluna montante, o abastecimento de água será interrompido na terça-feira, das 14h às 17h.',
    ),
    mail(
      10,
      AGENT,
      'Annual boiler check – choose a slot',
      'Hello Femke, the yearly gas boiler inspection is due. Please pick a slot for the technician in the tenant portal before Friday. Thanks, Lisbon Nest Lettings',
      'en',
    ),
    mail(
      12,
      LANDLORD,
      'Renovação do contrato',
      'Olá Femke, o contrato termina em março. Da minha parte gostava de renovar nas mesmas condições. Diga-me o que pensa quando puder. Cumprimentos, Rui Sarmento',
    ),
    mail(
      15,
      CONDO,
      'Ata da assembleia e quotas 2027',
      'Segue em anexo a ata da última assembleia. A quota mensal para 2027 mantém-se em 45,00 €.',
    ),
    mail(
      20,
      AGENT,
      'Rent reminder – December',
      'Just a friendly reminder that December rent is due on the 8th. If you pay by standing order, no action is needed.',
      'en',
    ),
  ]
}
