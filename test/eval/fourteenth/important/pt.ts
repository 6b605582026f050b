// Portuguese important notices, written for this set.
import { amount, digits, type NoticeMaker } from './notice.ts'

export const IMPORTANT_PT: readonly NoticeMaker[] = [
  (r) => ({
    from: 'PagaJá <recibos@pagaja.com.br>',
    subject: `Seu comprovante de pagamento`,
    body: `Comprovante ${digits(r, 10)}\nValor: R$ ${amount(r)}\nFavorecido: Padaria Ipê\nCartão final ${digits(r, 4)}`,
  }),
  (r) => ({
    from: 'Banco Maresia <alertas@bancomaresia.pt>',
    subject: `Alerta de compra: ${amount(r)} €`,
    body: `Foi feita uma compra com o cartão terminado em ${digits(r, 4)}. Se não reconhece, ligue 800 000 000.`,
  }),
  () => ({
    from: 'Nuvemar <seguranca@nuvemar.com.br>',
    subject: `Sua senha foi alterada`,
    body: `A senha da sua conta Nuvemar foi alterada agora. Se não foi você, proteja sua conta imediatamente.`,
  }),
  () => ({
    from: 'Nuvemar <seguranca@nuvemar.com.br>',
    subject: `Verificação em duas etapas desativada`,
    body: `A verificação em duas etapas foi desativada na sua conta. Se não foi você, ative novamente e troque a senha.`,
  }),
  (r) => ({
    from: 'Loja Jacarandá <pedidos@jacaranda.com.br>',
    subject: `Pedido confirmado nº ${digits(r, 8)}`,
    body: `Obrigado pela compra: 1 x Rede de descanso. Total R$ ${amount(r)}. Avisaremos quando for enviado.`,
  }),
  (r) => ({
    from: 'Expresso Sabiá <rastreio@expressosabia.com.br>',
    subject: `Seu pedido saiu para entrega`,
    body: `O objeto SB${digits(r, 9)}BR sai para entrega hoje.`,
  }),
  (r) => ({
    from: 'PagaJá <servico@pagaja.com.br>',
    subject: `Você recebeu um Pix`,
    body: `Você recebeu R$ ${amount(r)} de Thiago Moraes.`,
  }),
]
