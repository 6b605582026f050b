// Portuguese everyday look-alike texts, written for this set: three per class.
import type { LookTexts } from './types.ts'

export const PT: LookTexts = {
  newsletter: [
    [
      'O outono chegou à cozinha 🍂',
      'Receitas da estação e 15 % nas especiarias até domingo. Recebe esta newsletter porque se inscreveu em 2021. Cancelar subscrição',
    ],
    [
      '{brand} Semanal n.º {n}',
      'Esta semana: caminhadas na Serra da Estrela, o teste de casacos impermeáveis e as vossas cartas.',
    ],
    ['Últimas horas', 'Os saldos de verão acabam hoje à meia-noite. Gerir preferências.'],
  ],
  social: [
    [
      '{who} comentou a sua foto',
      '"Que vista! Onde foi?" Responda no {brand} ou desative as notificações.',
    ],
    ['Tem 3 novos pedidos de ligação', '{who} e mais 2 pessoas querem ligar-se a si no {brand}.'],
    [
      'Novas respostas em "Troca de sementes"',
      '{who} respondeu à sua mensagem sobre mudas de tomate.',
    ],
  ],
  'auto-reply': [
    [
      'Resposta automática: {topic}',
      'Obrigado pelo seu e-mail. Estou ausente do escritório até {date}, com acesso limitado ao correio.',
    ],
    [
      'Ausente: {topic}',
      'Olá, estou de férias e regresso a {date}. A sua mensagem não será reencaminhada.',
    ],
    [
      'Mensagem de ausência: {topic}',
      'Obrigado! Trabalho de terça a quinta e respondo quando voltar.',
    ],
  ],
  'own-code': [
    [
      '{code} é o seu código de verificação {brand}',
      'Introduza este código para concluir o início de sessão. Expira em 10 minutos.',
    ],
    [
      'Redefinir a sua senha {brand}',
      'Pediu uma nova senha. Ligação válida por uma hora: https://{brand}.example/reset',
    ],
    [
      'O seu código de acesso',
      '{brand}: o seu código de uso único é {code}. Não pediu? Ignore este e-mail.',
    ],
  ],
  'ticket-reply': [
    [
      'RE: [Ticket #{ref}] {topic}',
      'Olá {name}, obrigado pela paciência. Creditámos o valor em falta. Cumprimentos, Rita, apoio {brand}',
    ],
    [
      '[#{ref}] Atualização do seu pedido',
      'O seu pedido "{topic}" foi atualizado: a peça de substituição segue amanhã.',
    ],
    [
      'O seu ticket {ref} foi resolvido',
      'Marcámos "{topic}" como resolvido. Responda se algo ainda estiver mal.',
    ],
  ],
  'shared-doc': [
    [
      '{who} partilhou uma pasta consigo',
      '{who} convidou-o a editar "Fotos férias {date}" no {brand}.',
    ],
    [
      'Convite atualizado: reunião passou para as {time}',
      'Este evento foi alterado. Quando: {date} {time}. Vai participar? Sim / Não / Talvez',
    ],
    [
      'Documento partilhado: orcamento.xlsx',
      '{who} deu-lhe acesso de leitura. Pré-visualizar no {brand}.',
    ],
  ],
  appointment: [
    [
      'Lembrete: consulta a {date} às {time}',
      'Olá {name}, lembramos a sua consulta na clínica {brand} a {date} às {time}.',
    ],
    [
      'A sua reserva está confirmada',
      'Restaurante {brand}: mesa para 4 a {date} às {time}. Guardamos a mesa 15 minutos.',
    ],
    ['Até amanhã!', 'A sua marcação no cabeleireiro {brand} é amanhã às {time}.'],
  ],
  notice: [
    [
      'Reunião de pais a {date}',
      'Caros encarregados de educação, a reunião do 4.º ano é a {date} às 18h. Escola {brand}',
    ],
    [
      'Novo horário do ecocentro',
      'A partir de {date}, o ecocentro de {place} abre das 9h às 16h nos dias úteis. Junta de Freguesia',
    ],
    [
      'Manutenção do elevador',
      'Caros condóminos, o técnico vem a {date} entre as 8h e as 12h. Administração {brand}',
    ],
  ],
  'app-notice': [
    ['O seu ano em revista 🎉', 'Este ano ouviu 9.870 minutos no {brand}.'],
    [
      'Vamos atualizar os nossos termos',
      'Os termos de utilização mudam a {date}. Não precisa de fazer nada.',
    ],
    [
      'O seu armazenamento está quase cheio',
      'Está a usar 95 % do seu espaço {brand}. Liberte espaço ou mude de plano.',
    ],
  ],
  people: [
    ['RE: {topic}', 'Combinado, até sábado. Levo as cadeiras dobráveis. {who}'],
    ['Boas festas', 'Querido {name}, desejamos-vos umas festas tranquilas. Um abraço, {who}'],
    ['Enc: {topic}', 'Acho que vais gostar. ---------- Mensagem encaminhada ---------- De: {who}'],
  ],
  receipt: [
    ['O seu recibo {brand} n.º {ref}', 'Obrigado pelo seu pagamento de {amount} € a {date}.'],
    ['Pagamento recebido', '{who} enviou-lhe {amount} €. Já está no seu saldo {brand}.'],
    ['Transferência a caminho', 'O seu pagamento de {amount} € chega à sua conta até {date}.'],
  ],
  'bank-alert': [
    [
      'Pagamento com cartão de {amount} €',
      '{brand} Banco: o seu cartão terminado em 7702 foi usado em {amount} € em {place}.',
    ],
    [
      'Novo início de sessão na sua conta',
      'Detetámos um acesso a partir de um novo dispositivo (iPhone, {place}) a {date}.',
    ],
    ['A sua senha foi alterada', 'A senha da sua conta {brand} foi alterada a {date} às {time}.'],
  ],
  order: [
    [
      'Encomenda confirmada n.º {ref}',
      'Obrigado, {name}! Estamos a preparar a sua encomenda: 2 artigos, {amount} €. Entrega prevista a {date}.',
    ],
    [
      'A sua encomenda está em distribuição',
      '{brand}: a encomenda {ref} chega hoje entre as {time} e as 18h.',
    ],
    [
      'Pronta para levantamento',
      'A sua encomenda {ref} está no cacifo {brand} de {place}. Código {code}.',
    ],
  ],
  travel: [
    [
      'O check-in está aberto',
      'Voo {brand} {n} para Lisboa a {date}. Faça o check-in e escolha o lugar.',
    ],
    [
      'O seu cartão de embarque',
      'Cartão de embarque em anexo: lugar 14C, a porta fecha às {time}.',
    ],
    [
      'Mudança de porta: B{n}',
      'O seu voo para o Porto parte agora da porta B{n}. Partida às {time}.',
    ],
  ],
}
