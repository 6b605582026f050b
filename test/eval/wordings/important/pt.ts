// Portuguese important mail (reconstructions of the services' usual notices).
import type { ImportantMail } from './types.ts'

export const importantPt: readonly ImportantMail[] = [
  {
    type: 'subscription-receipt',
    from: 'Globoplay <naoresponda@globo.com>',
    subject: 'Recibo da sua assinatura Globoplay',
    body: 'Recebemos o pagamento de {amount} referente à sua assinatura mensal.',
  },
  {
    type: 'ride-receipt',
    from: '99 <recibos@99app.com>',
    subject: 'Recibo da sua corrida de quinta-feira',
    body: 'Obrigado por viajar com a 99. Valor total {amount}, pago com cartão final 4421.',
  },
  {
    type: 'card-alert',
    from: 'Nubank <todomundo@nubank.com.br>',
    subject: 'Compra aprovada de {amount}',
    body: 'Compra de {amount} aprovada em {merchant} no seu cartão final 4421.',
  },
  {
    type: 'payment-sent',
    from: 'Itaú <comunicacao@itau.com.br>',
    subject: 'Pix enviado: {amount}',
    body: 'Você enviou um Pix de {amount} para {merchant}. Identificador E60701190202603041531.',
  },
  {
    type: 'payment-received',
    from: 'MB WAY <noreply@mbway.pt>',
    subject: 'Recebeu {amount} por MB WAY',
    body: 'A Ana enviou-lhe {amount} por MB WAY.',
  },
  {
    type: 'security-alert',
    from: 'Caixa Geral de Depósitos <noreply@cgd.pt>',
    subject: 'Novo acesso à Caixadirecta',
    body: 'Foi registado um acesso a partir de {device}. Se não foi você, contacte-nos.',
  },
  {
    type: 'order',
    from: 'Mercado Livre <noreply@mercadolivre.com>',
    subject: 'Recebemos seu pedido #{order}',
    body: 'Seu pedido de {amount} foi confirmado. Acompanhe a entrega pelo app.',
  },
  {
    type: 'delivery',
    from: 'CTT <noreply@ctt.pt>',
    subject: 'A sua encomenda está em distribuição',
    body: 'A encomenda RR123456785PT será entregue hoje.',
  },
]
