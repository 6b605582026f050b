// Her health: a family-doctor appointment booked through the clinic's site (confirmation and
// reminder), lab results ready, and a dentist's recall (Portuguese and English).
import { at, type QuietMail } from './kit.ts'

const CLINIC = 'Clínica Saúde Alecrim <marcacoes@saudealecrim.pt>'

export function healthMail(): QuietMail[] {
  return [
    {
      at: at(5, 10, 22),
      from: CLINIC,
      subject: 'Confirmação de marcação',
      body: 'Exma. Sra. Femke Oyelaran, confirmamos a sua consulta de Medicina Geral e Familiar com a Dra. Teresa Vilaça no dia 12 de novembro às 09h40. Traga o cartão de utente.',
      source: 'health',
      lang: 'pt',
    },
    {
      at: at(11, 18, 0),
      from: CLINIC,
      subject: 'Lembrete: consulta amanhã às 09h40',
      body: 'Lembramos a sua consulta amanhã às 09h40. Em caso de impossibilidade, desmarque com 24 h de antecedência.',
      source: 'health',
      lang: 'pt',
    },
    {
      at: at(14, 16, 30),
      from: 'Laboratório Análises Tejo <resultados@labtejo.pt>',
      subject: 'Resultados disponíveis',
      body: 'Os resultados das suas análises já estão disponíveis na área de cliente. Código de acesso enviado por SMS.',
      source: 'health',
      lang: 'pt',
    },
    {
      at: at(19, 11, 15),
      from: 'Smile Studio Lisbon <recall@smilestudio-lisbon.pt>',
      subject: 'Time for your check-up',
      body: 'Hi Femke, it has been six months since your last check-up and clean. Book online or reply to this email and we will find a time.',
      source: 'health',
      lang: 'en',
    },
  ]
}
