// E-mails importantes em português (Brasil e Portugal) de remetentes inventados: compras no
// cartão, Pix e transferências, alertas de segurança, pedidos, entregas, viagens, impostos,
// contas, seguro e consulta médica. Escritos para o quinto conjunto; redação variada.
import { amount, clock, lastDigits, ref, type ImportantMail } from './kit.ts'

export const IMPORTANT_PT: readonly ImportantMail[] = [
  (rng) => ({
    from: 'Banco Araucária <avisos@bancoaraucaria.com.br>',
    subject: `Compra aprovada: R$ ${amount(rng, 12, 900, 'comma')}`,
    body: `Compra aprovada no cartão final ${lastDigits(rng)} em ${rng.pick(['PAO DE ACUCAR', 'DROGASIL', 'POSTO IPIRANGA', 'MAGALU'])} às ${clock(rng)}.\n\nNão reconhece? Bloqueie o cartão pelo app.`,
  }),
  (rng, p) => ({
    from: 'Banco Araucária <avisos@bancoaraucaria.com.br>',
    subject: 'Você recebeu um Pix',
    body: `Olá, ${p.first}! Você recebeu um Pix de R$ ${amount(rng, 10, 600, 'comma')} de ${rng.pick(['MARIANA C SOUZA', 'RAFAEL T LIMA', 'JOAO P MENDES'])} às ${clock(rng)}.`,
  }),
  (rng) => ({
    from: 'Caixa Atlântica <alertas@caixaatlantica.pt>',
    subject: 'Transferência efetuada',
    body: `Efetuou uma transferência de ${amount(rng, 50, 900, 'comma')} € para ${rng.pick(['CONDOMINIO R. DO ALECRIM', 'ANA M. FERREIRA', 'OFICINA SOUSA'])}. Referência ${ref(rng, '9999 9999 9999')}.`,
  }),
  (rng) => ({
    from: 'Conta Vitrola <seguranca@vitrola.com.br>',
    subject: 'Novo acesso à sua conta',
    body: `Detectamos um acesso pelo ${rng.pick(['Chrome no Windows', 'app no Android', 'Safari no iPhone'])} em ${rng.pick(['Curitiba, PR', 'São Paulo, SP', 'Joinville, SC'])} às ${clock(rng)}. Se não foi você, altere sua senha agora.`,
  }),
  () => ({
    from: 'Conta Vitrola <seguranca@vitrola.com.br>',
    subject: 'Sua senha foi alterada',
    body: 'A senha da sua conta Vitrola foi alterada há poucos minutos. Se foi você, pode ignorar este aviso. Caso contrário, recupere o acesso e revise seus dispositivos conectados.',
  }),
  () => ({
    from: 'Contafácil <conta@contafacil.pt>',
    subject: 'Autenticação de dois fatores desativada',
    body: 'A autenticação de dois fatores da sua conta Contafácil foi desativada. Se não foi o próprio, volte a ativá-la nas definições e altere a palavra-passe.',
  }),
  (rng) => ({
    from: 'Loja Maracá <pedidos@lojamaraca.com.br>',
    subject: `Pedido #${ref(rng, '9999999')} confirmado`,
    body: `Recebemos seu pagamento!\n\n${rng.pick(['Liquidificador Turbo 1200W', 'Tênis corrida 42', 'Jogo de panelas inox'])}\nTotal: R$ ${amount(rng, 60, 1200, 'comma')} no cartão final ${lastDigits(rng)}\n\nAvisaremos quando o pedido for enviado.`,
  }),
  (rng) => ({
    from: 'Entregas Jacarandá <rastreio@jacaranda-entregas.com.br>',
    subject: 'Seu pedido saiu para entrega',
    body: `Objeto ${ref(rng, 'AA999999999BR')} saiu para entrega hoje. Previsão: ${rng.pick(['até 12h', 'entre 13h e 18h', 'até 21h'])}.`,
  }),
  (rng) => ({
    from: 'Voa Brasil Linhas <reservas@voabrasil-linhas.com.br>',
    subject: `Reserva ${ref(rng, 'AAAAAA')} confirmada – CWB → REC`,
    body: `Voo ${rng.int(1000, 9999)} em ${rng.pick(['13/11', '16/11', '19/11'])} às ${clock(rng)}. Total pago: R$ ${amount(rng, 380, 1900, 'comma')}. Check-in disponível 48 h antes.`,
  }),
  () => ({
    from: 'Portal do Contribuinte <naoresponda@contribuinte.gov.example>',
    subject: 'Há uma nova mensagem na sua caixa postal',
    body: 'Existe uma nova comunicação referente à sua declaração de imposto de renda 2026. Acesse o portal com sua conta gov para consultá-la. Não enviamos links de pagamento por e-mail.',
  }),
  (rng) => ({
    from: 'Energia Sul <fatura@energiasul.com.br>',
    subject: 'Sua fatura de novembro chegou',
    body: `Valor: R$ ${amount(rng, 90, 420, 'comma')}. Vencimento: ${rng.int(10, 25)}/11. Código de barras e Pix disponíveis no app. Instalação ${ref(rng, '99999999')}.`,
  }),
  (rng) => ({
    from: 'Seguradora Ipê <atendimento@seguradoraipe.com.br>',
    subject: `Apólice ${ref(rng, '9999999-9')} renovada`,
    body: `Seu seguro auto foi renovado. Prêmio anual: R$ ${amount(rng, 1800, 4200, 'comma')} em até 10x. A nova apólice está disponível na área do cliente.`,
  }),
  (rng, p) => ({
    from: 'Clínica Boa Vista <agendamento@clinicaboavista.com.br>',
    subject: 'Consulta agendada',
    body: `Olá, ${p.first}! Sua consulta com a Dra. ${rng.pick(['Fernanda Rocha', 'Patrícia Nogueira', 'Beatriz Sales'])} está marcada para ${rng.pick(['terça, 17/11', 'quinta, 19/11', 'segunda, 23/11'])} às ${clock(rng)}. Responda SIM para confirmar.`,
  }),
]
