// Portuguese look-alike texts (pt-PT and pt-BR), written for this set.
import type { LookTexts } from './types.ts'

export const PT: LookTexts = {
  newsletter: [
    'Saldos de outono: -20 % em malhas 🍂 || Newsletter {brand}. Devoluções grátis até {date}. Cancelar subscrição no fim.',
    'Suas leituras de domingo || Cinco artigos e uma receita da {brand}. Você assina desde 2023.',
    'Último dia || A venda para sócios acaba hoje. Sócio n.º {n}. {brand}',
  ],
  social: [
    '{from} comentou a sua foto || «Que linda!» — responda na {brand}.',
    'Você tem 3 novos seguidores || {from} e mais 2 seguem você na {brand}.',
    'Novo no seu grupo: feira {city} || {from} publicou.',
  ],
  ooo: [
    'Resposta automática: {orig} || Obrigado pelo seu email. Estou ausente até {date}.',
    'Fora do escritório: {orig} || Estou de férias até {date}. Sua mensagem não será encaminhada.',
    'Ausente: {orig} || Em viagem esta semana, respondo quando voltar.',
  ],
  code: [
    'O seu código de verificação {brand} || O código é {code}. Expira em 10 minutos.',
    '{code} é seu código {brand} || Para concluir a troca de e-mail.',
    'Redefina a sua palavra-passe {brand} || Acabou de pedir. Link válido 30 minutos.',
  ],
  ticket: [
    'RE: [#{ref}] {orig} || Olá {first}, obrigado pela paciência. Ticket #{ref}: a peça segue amanhã. Rita, apoio {brand}',
    '[{brand}] Pedido {ref} resolvido || Seu pedido {ref} “{orig}” foi resolvido.',
    'Processo {ref}: falta um dado || Pode enviar o número de série? Processo {ref}.',
  ],
  shared: [
    '{from} partilhou uma pasta consigo || “Fotos {city}” — 48 itens. Abrir no {brand}.',
    'Convite atualizado: reunião às {time} || {from} alterou o evento de {date}.',
    '{from} convidou você para editar “Orçamento 2027” || Abrir no {brand}.',
  ],
  booking: [
    'Lembrete: consulta a {date} às {time} || Clínica {brand}, {city}.',
    'A sua mesa está reservada || {brand}, {date} às {time}, 2 pessoas.',
    'Inspeção do carro || Até {date}. Marque na {brand}.',
  ],
  notice: [
    'Reunião de pais a {date} || Encarregados de educação do 4.º ano, marquem na app {brand}.',
    'Novo horário da junta de freguesia || {brand}: fechada às segundas desde {date}.',
    'Corte de água em {date} || Das 9h às 12h. Condomínio {brand}',
  ],
  app: [
    'Seu ano no {brand} 🎉 || 1.204 horas ouvidas. Veja sua retrospectiva.',
    'Atualizámos os nossos termos || A partir de {date} aplicam-se novos termos.',
    'Armazenamento quase cheio || Seu espaço no {brand} está 95 % ocupado.',
  ],
  person: [
    'RE: {orig} || Combinado, até sábado! Traz a travessa grande. {from}',
    'Enc: {orig} || Encaminhando do pai, dá uma olhada? {from}',
    'Boas festas! || Um abraço de {from} e família 🎄',
  ],
  receipt: [
    'O seu recibo {brand} || {amount} pago com cartão a {date}. Recibo {ref}.',
    'Você enviou {amount} para {from} || Pix concluído. Referência {ref}.',
    'Transferência a caminho || {amount} chegam em 2 dias. {brand}',
  ],
  bank: [
    'Compra de {amount} em {brand} || Não reconhece? Bloqueie o cartão na app.',
    'Novo acesso à sua conta {brand} || Um novo aparelho entrou perto de {city} às {time}.',
    'Sua senha foi alterada || A senha do internet banking {brand} mudou em {date}.',
  ],
  order: [
    'A sua encomenda n.º {ref} foi enviada || Entrega prevista {date}. Siga com {brand}.',
    'Seu pedido chegou no ponto de retirada || {brand} {city}, código {code}.',
    'Pedido confirmado || N.º {ref}, total {amount}.',
  ],
  travel: [
    'Check-in aberto para {city} || Voo {ref} em {date}. {brand}',
    'O seu cartão de embarque || Porta fecha 20 min antes. Lugar 14C.',
    'Mudança de porta: voo {ref} || Nova porta B12, embarque {time}.',
  ],
}
