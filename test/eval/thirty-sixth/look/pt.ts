// Portuguese look-alike texts (European and Brazilian usage both appear), written for this set.
import type { LookTexts } from './types.ts'

export const LOOK_PT: LookTexts = {
  newsletter: [
    '🛍️ Black Friday na {brand}: até 50 % de desconto\nVer no navegador\n\nOlá {first}, chegou o momento! Durante 72 horas: casacos, botas e conjuntos de oferta com até 50 % de desconto. Termina segunda-feira à meia-noite.\n\nVer promoções: {link}\n\nRecebe este e-mail porque se inscreveu na {brand}. Cancelar subscrição | Preferências',
    'Última oportunidade: a Cyber Monday acaba hoje\n{brand} · Portes grátis a partir de 40 €\n\nFaltam poucas horas, {first}! Os mais vendidos continuam com {pct} % de desconto e os seus pontos valem a dobrar até à meia-noite.\n\nVer ofertas: {link}\n\nGerir preferências ou cancelar a subscrição: {link}',
  ],
  marketplace: [
    'Nova mensagem de {seller} sobre "{item}"\nOlá {first},\n\n{seller} respondeu à sua pergunta sobre {item}:\n"Sim, ainda está disponível e posso enviar na segunda. {price} € com portes incluídos está bem?"\n\nResponder na app: {link}\n\nPara sua segurança, pague e converse sempre através da {brand}.',
    'O seu artigo "{item}" foi vendido!\nBoas notícias, {first}!\n\n{item} foi vendido por {price} €. Envie-o nos próximos 3 dias úteis e indique o número de seguimento.\n\nImprimir etiqueta: {link}\n\n{brand}',
  ],
  'price-alert': [
    'Baixa de preço: {item} agora a {price} €\nAlerta de preço {brand}\n\nO artigo que segue desceu de {old} € para {price} € em 3 lojas. Na semana da Black Friday os preços mudam depressa.\n\nComparar ofertas: {link}\n\nAlerta criado a {earlier}. Gerir alertas: {link}',
    'O seu preço-alvo foi atingido 🎯\nOlá {first}, {item} está disponível por {price} €, abaixo dos {old} € que definiu.\n\nVer oferta: {link}\n\nComparador {brand} · desativar alerta: {link}',
  ],
  wishlist: [
    'Um artigo da sua lista de desejos está em promoção\nOlá {first},\n\nBoas notícias: "{item}" da sua lista de desejos tem agora {pct} % de desconto. Stock limitado.\n\nVer a minha lista: {link}\n\n{brand}',
    'De volta ao stock: {item}\nPediu-nos para avisar quando {item} voltasse. Voltou – mas provavelmente não por muito tempo.\n\nAdicionar ao carrinho: {link}\n\nRecebe este e-mail porque guardou o artigo na {brand}. Gerir notificações: {link}',
  ],
  loyalty: [
    'Tem {points} pontos à sua espera, {first}\nClube {brand}\n\nO seu saldo: {points} pontos (valem {amount} €). Na semana da Black Friday cada compra dá o triplo dos pontos.\n\nVer vantagens: {link}\n\nOs pontos expiram 12 meses depois de atribuídos.',
    'O seu extrato {brand} de novembro\nOlá {first},\n\nPontos ganhos este mês: 320\nSaldo total: {points}\nNível: Prata – faltam 180 pontos para Ouro\n\nVer extrato: {link}',
  ],
  'app-notice': [
    'Novidades na app {brand}\nOlá {first},\n\nA versão 5.2 já chegou: modo escuro, pagamento mais rápido e seguimento de encomendas no ecrã de bloqueio. Atualize na sua loja de apps.\n\nNotas da versão: {link}\n\nA equipa {brand}',
    'Aviso: o seu armazenamento {brand} está a 90 %\nOlá {first},\n\nEstá a usar 4,5 GB de 5 GB. Quando encher, as fotos e cópias de segurança deixam de sincronizar.\n\nGerir espaço: {link}\n\nEsta é uma mensagem de serviço sobre a sua conta {brand}.',
  ],
  person: [
    'RES: Mercado de Natal no sábado?\nOlá {first},\n\nSábado dá-nos jeito! Encontramo-nos às 16h na Avenida Central? Eu levo o termo com chocolate quente.\n\nBeijinhos,\n{author}\n\n> Estão livres no sábado para o mercado de Natal?',
    'Re: Lista do amigo secreto\nOi {first},\n\nColoquei você na troca de livros. O orçamento é 20 € de novo e o sorteio é na sexta.\n\nAbraço,\n{author}',
  ],
  'list-reply': [
    '[ciclismo-braga] Re: Luzes para o inverno\nTenho a luz da frente da última compra conjunta há dois invernos e continua ótima. Só é preciso carregar todas as semanas.\n\n{author}\n\n_______________________________________________\nLista ciclismo-braga\nCancelar: {link}',
    '[cervejeiros-caseiros] Re: Levedura para uma cerveja de inverno\nConcordo com a mensagem anterior: fermentar devagar a 18 °C deu-me muito menos sabores estranhos.\n\n-- \n{author}\n\nEstá inscrito em cervejeiros-caseiros. Para sair da lista: {link}',
  ],
  'ticket-reply': [
    'RES: [#{ticket}] {subject}\nOlá {first},\n\nObrigado pela paciência. Sobre o pedido #{ticket}: a transportadora confirmou que a sua encomenda ficou retida no armazém; será entregue amanhã. Se não chegar, responda a este e-mail e enviamos outra.\n\nCumprimentos,\n{agent}\nApoio ao Cliente {brand}',
    '[{brand}] Atualização do seu pedido #{ticket}\nOlá {first},\n\nAprovámos a sua devolução (pedido #{ticket}). A etiqueta está aqui: {link}. O reembolso é feito até 5 dias após recebermos a encomenda.\n\nCumprimentos,\n{agent}\n\n--- A sua mensagem original ---\n{subject}',
  ],
  'ticket-sent': [
    'Encomenda {order} não chegou\nOlá,\n\na minha encomenda {order} devia ter chegado a {earlier}, mas não recebi nada e o seguimento não muda há quatro dias. Podem verificar com a transportadora?\n\nObrigado,\n{me}',
    'Devolução da encomenda {order}\nBoa tarde,\n\no casaco da encomenda {order} ficou pequeno. Gostaria de o devolver e ser reembolsado. Como obtenho a etiqueta de devolução?\n\nCumprimentos,\n{me}',
  ],
  order: [
    'Confirmação da encomenda n.º {order}\nObrigado pela sua encomenda, {first}!\n\nEncomenda {order} de {today}\n{item} x1  {price} €\nEntrega: normal (3 a 5 dias úteis)\nTotal: {amount} €\n\nAvisamos quando for expedida. Ver encomenda: {link}\n\n{brand}',
    'Recebemos seu pedido {order} 🎁\nOi {first},\n\nÓtima escolha! Seu pedido {order} está sendo separado. Pago com Visa final {last4}: {amount} €.\n\nAcompanhe na sua conta: {link}',
  ],
  shipping: [
    'A sua encomenda {order} foi expedida\nOlá {first},\n\nA sua encomenda segue com a {carrier}. Número de seguimento: {track}. Entrega prevista: {date}.\n\nSeguir encomenda: {link}\n\n{brand}',
    'Enviado: {item} e mais 1 artigo\nA sua encomenda {brand} saiu hoje do nosso armazém.\nTransportadora: {carrier}\nSeguimento: {track}\nEntrega: {date}\n\nVer encomenda {order}: {link}',
  ],
  delivery: [
    'A sua encomenda da {shop} chega hoje\n{brand}\n\nOlá {first}, o envio {track} está em distribuição e chega entre as 10h15 e as 12h15. Não vai estar? Escolha um vizinho ou um ponto de recolha: {link}',
    'Entregue: envio {track}\n{brand}\n\nO seu envio foi entregue às 14h32. Código postal: {postcode}. Foto da entrega: {link}\n\nDúvidas sobre o conteúdo? Contacte a {shop}.',
  ],
  refund: [
    'O reembolso da encomenda {order} foi processado\nOlá {first},\n\nRecebemos a sua devolução e reembolsámos {amount} € no seu Visa terminado em {last4}. Pode demorar 3 a 5 dias úteis a aparecer no extrato.\n\nVer devolução: {link}\n\nDevoluções {brand}',
    'Devolução recebida – encomenda {order}\nOlá {first},\n\nA sua devolução de {item} chegou ao nosso armazém a {today}. Depois de verificada, reembolsamos {amount} € em 5 dias.\n\n{brand}',
  ],
  card: [
    'Pagamento com cartão de {amount} € em {shop}\nBanco {brand}\n\nFoi feito um pagamento de {amount} € com o seu cartão terminado em {last4} em {shop} a {today}. Não reconhece? Bloqueie o cartão na app e ligue-nos.',
    'Novo pagamento online com o cartão {last4}\nOlá {first},\n\nNovo pagamento online: {amount} € a {shop}. Saldo disponível: {balance} €.\n\nVeja os movimentos na app {brand}.',
  ],
}
