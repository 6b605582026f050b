// Portuguese important notices (see kit.ts).
import type { NoticeTable } from './kit.ts'

export const PT: NoticeTable = [
  [
    'Banco Atalaia <alertas@bancoatalaia.example>',
    'Pagamento com cartão de {a} aprovado',
    'O seu cartão terminado em 7741 foi usado para pagar {a} em MERCEARIA DO LARGO às {t}. Se não foi você, bloqueie o cartão.',
  ],
  [
    'Transfira <ajuda@transfira.example>',
    'Recebeu {a} de Tiago Brandão',
    'Tiago Brandão enviou-lhe {a}. Descrição: «jantar de sábado». Referência {r}.',
  ],
  [
    'Transfira <ajuda@transfira.example>',
    'Comprovativo do pagamento à Águas do Sado',
    'Enviou {a} à Águas do Sado. Referência {r}. Guarde este comprovativo.',
  ],
  [
    'Conta Miradouro <seguranca@miradouro.example>',
    'Alerta de segurança: novo início de sessão',
    'Detetámos um novo início de sessão a partir de {d} às {t}. Se não foi você, proteja a sua conta.',
  ],
  [
    'Conta Miradouro <seguranca@miradouro.example>',
    'A sua palavra-passe foi alterada',
    'A palavra-passe da sua conta Miradouro foi alterada às {t}. Se não foi você, redefina-a já.',
  ],
  [
    'Banco Atalaia <alertas@bancoatalaia.example>',
    'Verificação em dois passos ativada',
    'A verificação em dois passos do seu homebanking foi ativada às {t}.',
  ],
  [
    'Loja Varanda <encomendas@lojavaranda.example>',
    'Confirmação da encomenda {r}',
    'Obrigado pela sua encomenda {r}. Total: {a}. Entrega prevista: quinta-feira.',
  ],
  [
    'EntregaJá <seguimento@entregaja.example>',
    'A sua encomenda {r} chega hoje',
    'A sua encomenda {r} está em distribuição e chega entre as {t} e as 18:00.',
  ],
]
