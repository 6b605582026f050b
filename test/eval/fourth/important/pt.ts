// Correio importante em português (PT e BR), escrito para o quarto conjunto (serviços inventados).
import type { ImportantMail } from './important-mail.ts'

export const IMPORTANT_PT: readonly ImportantMail[] = [
  {
    from: 'Banco Atlântida <alertas@bancoatlantida.pt>',
    subject: 'Pagamento de 64,20 € em SUPERMERCADO BOA SAFRA',
    body: 'Olá {name},\n\nFoi efetuado um pagamento de 64,20 € com o cartão terminado em 9903 em SUPERMERCADO BOA SAFRA.\n\nNão reconhece este movimento? Bloqueie o cartão na app.',
  },
  {
    from: 'Banco Atlântida <seguranca@bancoatlantida.pt>',
    subject: 'Novo acesso ao homebanking',
    body: 'Registámos um acesso ao seu homebanking a partir de um novo computador (Safari, macOS) hoje às 21:14.\n\nSe não foi você, contacte-nos de imediato.',
  },
  {
    from: 'PixRápido <comprovante@pixrapido.com.br>',
    subject: 'Comprovante: Pix de R$ 150,00 para Ana Beatriz Lima',
    body: 'Você enviou um Pix de R$ 150,00 para Ana Beatriz Lima.\nID da transação: {ref}\n\nGuarde este comprovante.',
  },
  {
    from: 'Boleia <recibos@boleia.pt>',
    subject: 'Recibo da sua viagem de sexta-feira',
    body: 'Obrigado por viajar com a Boleia, {name}.\n\nTotal 11,60 €\nCais do Sodré → Avenida de Roma, 6,0 km\nPago com MB Way\n\nViagem {ref}',
  },
  {
    from: 'Expresso Encomendas <seguimento@expresso-encomendas.pt>',
    subject: 'A sua encomenda foi entregue',
    body: 'A encomenda {ref} foi entregue hoje às 12:37 e deixada na receção do prédio.\n\nObrigado por escolher a Expresso Encomendas.',
  },
  {
    from: 'Portal das Finanças Online <nao-responder@financas-online.pt>',
    subject: 'Nova mensagem na sua área reservada',
    body: 'Caro(a) contribuinte,\n\nTem uma nova nota de liquidação do IRS 2025 disponível para consulta na sua área reservada.\n\nEsta mensagem é automática.',
  },
  {
    from: 'Águas do Vale <faturas@aguasdovale.pt>',
    subject: 'Fatura de água disponível: 23,48 €',
    body: 'Olá {name},\n\nA sua fatura {ref} no valor de 23,48 € já está disponível. Débito direto a 11 de outubro.',
  },
  {
    from: 'Lusavia <reservas@lusavia.pt>',
    subject: 'Reserva confirmada – Porto → Funchal, 6 de outubro',
    body: 'Código de reserva {ref}\n\nVoo LV 1724, 6 out., partida 08:40, chegada 10:25\nBagagem de porão incluída\n\nCheck-in online a partir de 36 horas antes.',
  },
  {
    from: 'Loja Sabiá Casa <pedidos@sabiacasa.com.br>',
    subject: 'Recebemos seu pedido {ref}',
    body: 'Oi {name}, obrigado pela compra!\n\n1 × Jogo de lençol 200 fios  R$ 189,90\n1 × Almofada  R$ 49,90\nFrete  R$ 0,00\nTotal  R$ 239,80\n\nAvisaremos quando o pedido for enviado.',
  },
  {
    from: 'Correio Nuvem <seguranca@correionuvem.pt>',
    subject: 'A sua palavra-passe foi alterada',
    body: 'Olá {name},\n\nA palavra-passe da sua conta foi alterada hoje às 10:55.\n\nSe não foi você, recupere a conta imediatamente.',
  },
  {
    from: 'TeleVê <faturacao@televe.pt>',
    subject: 'Pagamento recebido – TeleVê Família 12,99 €',
    body: 'Recebemos o seu pagamento de 12,99 € referente à subscrição TeleVê Família.\n\nPróxima cobrança: 5 de novembro\nFatura {ref}',
  },
  {
    from: 'PixRápido <seguranca@pixrapido.com.br>',
    subject: 'Verificação em duas etapas desativada',
    body: 'A verificação em duas etapas da sua conta foi desativada agora há pouco.\n\nSe não foi você, reative-a e troque sua senha.',
  },
]
