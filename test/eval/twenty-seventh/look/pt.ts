// Portuguese look-alike texts (pt-PT and pt-BR), written for this set.
import { t, type LangLook } from './types.ts'

export const PT: LangLook = {
  texts: {
    newsletter: [
      t(
        'Última chance: 30% off até meia-noite',
        'Oi {name}, a liquidação de outono acaba hoje. Malhas, botas e casacos.\nComprar: {link}\nDescadastrar | Preferências: {link}',
      ),
      t(
        'A newsletter {brand} – semana 45',
        'Cinco leituras da semana, uma receita de sopa de abóbora e cartas dos leitores. Alterar frequência: {link}',
      ),
      t(
        'Novidades: equipamento de corrida para o inverno',
        'Para as manhãs escuras. Devoluções grátis para sócios até dezembro. Cancelar subscrição: {link}',
      ),
    ],
    social: [
      t('{who} começou a seguir você', '{who} agora segue você no {brand}. Ver perfil: {link}'),
      t('{who} mencionou-o num comentário', '"@{name} vê isto!" – responder no {brand}: {link}'),
      t(
        'Convite: passeio fotográfico no domingo',
        '{who} convidou você para um evento do grupo "Fotógrafos do Rio": {link}',
      ),
    ],
    ooo: [
      t(
        'Resposta automática: {subj}',
        'Obrigado pelo seu e-mail. Estou fora do escritório até {date}, com acesso limitado. Para assuntos urgentes contacte a receção.',
      ),
      t(
        'Ausência: {subj}',
        'Olá, estou de licença até {date}. A sua mensagem não será reencaminhada; escreva para {who}.',
      ),
      t('Fora do escritório: {subj}', 'Estou viajando esta semana e respondo quando voltar.'),
    ],
    'own-code': [
      t(
        '{code} é o seu código de acesso {brand}',
        'Pediu para entrar a partir do Firefox no Windows. Introduza {code}. Expira em 10 minutos. Não foi você? Altere a palavra-passe.',
      ),
      t(
        'Seu link de acesso',
        'Clique para entrar no {brand}: {link}\nSolicitado às {time} pelo Safari no iPhone. Vale 15 minutos, uso único.',
      ),
      t(
        'Redefina sua senha {brand}',
        'Recebemos um pedido de um navegador Chrome no macOS. Link válido por 1 hora: {link}',
      ),
    ],
    'ticket-reply': [
      t(
        '[Ticket #{num}] RE: {subj}',
        'Olá {name}, sobre o ticket #{num}: devolvemos os portes, o valor aparece em 3 a 5 dias. Cumprimentos, {who}, apoio {brand}',
      ),
      t(
        'RE: {subj} [#{num}]',
        'Oi {name}, verifiquei com o armazém sobre o chamado #{num}: a peça saiu hoje. Abraço, {who}',
      ),
      t(
        'Nova resposta à sua solicitação #{num}',
        'Sua solicitação #{num} ("{subj}") foi respondida: a conta já está desbloqueada. Ver conversa: {link}',
      ),
    ],
    'shared-doc': [
      t(
        '{who} partilhou "Orçamento 2027.xlsx" consigo',
        '{who} convidou-o a editar uma folha de cálculo. Abrir: {link}',
      ),
      t(
        'Convite: reunião de projeto em {date} às {time}',
        '{who} convidou você. Participar por videochamada. Sim / Talvez / Não – {link}',
      ),
      t(
        'Convite atualizado: compromisso mudou para {time}',
        '{who} alterou este evento para {date} às {time}.',
      ),
    ],
    appointment: [
      t(
        'Lembrete da sua consulta em {date}',
        'Caro(a) {name}, lembramos a sua consulta na Clínica Dentária Sorriso em {date} às {time}.',
      ),
      t(
        'Revisão do carro agendada',
        'Oficina {brand}: o seu carro está marcado para {date} às {time}.',
      ),
      t('Mesa para 4 amanhã às {time}', 'Esperamos você no {brand}! Alterar reserva: {link}'),
    ],
    notice: [
      t(
        'Visita de estudo: autorização até sexta',
        'Caros encarregados de educação, entreguem a autorização para a visita ao museu até sexta-feira.',
      ),
      t(
        'Recolha do lixo nos feriados',
        'A partir de {date} a reciclagem é recolhida ao sábado. Calendário da junta: {link}',
      ),
      t(
        'Corte de água no prédio',
        'Caros moradores, no dia {date} a água será cortada das 9h às 12h. O condomínio.',
      ),
    ],
    'app-notice': [
      t(
        'Estamos atualizando nossos termos',
        'Em {date} entram em vigor os novos termos. Nada muda para você fora dos espaços partilhados. Saiba mais: {link}',
      ),
      t(
        'Seu armazenamento está quase cheio',
        'Você usa 96% do espaço no {brand}. Liberar espaço: {link}',
      ),
      t(
        'O seu plano renova em {date}',
        'O plano {brand} Plus renova em {date} por {amount}. Gerir: {link}',
      ),
    ],
    person: [
      t('Re: sábado?', 'Combinado! Traz o guarda-chuva grande, vai chover. Beijos, {who}'),
      t(
        'fotos do casamento',
        'Oi {name}, finalmente organizei as fotos, o link está no álbum compartilhado. {who}',
      ),
      t(
        'RE: relatório trimestral',
        'Obrigado, deixei dois comentários na página 4. Falamos antes da chamada? {who}',
      ),
    ],
    receipt: [
      t(
        'O seu recibo {brand} n.º {num}',
        'Valor pago: {amount}\nData: {date}\nPagamento: Multibanco / cartão •••• 2284',
      ),
      t('Você enviou {amount} para {who}', 'Pix enviado. Descrição: aluguel novembro. ID {num}.'),
      t('Pagamento recebido', '{who} enviou-lhe {amount}. Já está no seu saldo.'),
    ],
    bank: [
      t(
        'Novo acesso à sua conta {brand}',
        'Um novo dispositivo entrou em {date} às {time} (Android, Porto). Se não foi você, proteja a conta: {link}',
      ),
      t(
        'Compra no cartão de {amount}',
        'O seu cartão terminado em 2284 foi usado em {amount} no POSTO DO CAIS em {date}.',
      ),
      t(
        'Verificação em duas etapas ativada',
        'A verificação em duas etapas foi ativada na sua conta {brand}. Não foi você? Fale conosco.',
      ),
    ],
    order: [
      t(
        'Pedido confirmado n.º {num}',
        'Obrigado {name}! Estamos preparando seu pedido. Total {amount}. Rastrear: {link}',
      ),
      t(
        'A sua encomenda chega hoje',
        'A encomenda {brand} {num} será entregue hoje entre as {time} e as 18h.',
      ),
      t('Pronto para levantar', 'A sua encomenda {num} aguarda no cacifo {place}. Código {code}.'),
    ],
    travel: [
      t(
        'Check-in aberto para o seu voo para Lisboa',
        'Reserva {num}. Faça o check-in e obtenha o cartão de embarque: {link}',
      ),
      t('Seu cartão de embarque', 'O portão fecha 20 minutos antes da partida. Assento 14C.'),
      t('Mudança de portão: agora B12', 'O seu voo das {time} parte agora do portão B12.'),
    ],
  },
  sent: [
    'Orçamento bancada da cozinha',
    'Dúvida sobre a fatura 3381',
    'Falta um artigo na minha encomenda',
    'Notas da reunião de quinta',
  ],
  sentBody: 'Olá, podem verificar isto, por favor? Obrigado, {name}',
}
