// Work mail: colleagues, HR and IT at her employer, in English and Portuguese.
import type { Random } from '../../prng.ts'
import { during, type QuietMail } from './kit.ts'

const HR = 'People Team <people@workmail.example>'
const IT = 'IT Service Desk <itdesk@workmail.example>'
const ROB = 'Rob Ellery <rob.ellery@workmail.example>'
const MARTA = 'Marta Cordeiro <marta.cordeiro@workmail.example>'

export function workMail(rng: Random): QuietMail[] {
  const w = (
    day: number,
    from: string,
    subject: string,
    body: string,
    lang: 'en' | 'pt' = 'en',
  ): QuietMail => ({
    at: during(rng, day, 8, 19),
    from,
    subject,
    body,
    source: 'work',
    lang,
  })
  return [
    w(
      0,
      ROB,
      'Pipeline review notes',
      'Hi Femke, notes from today attached. Main point: move the dedup step before the join. Can you take that one?',
    ),
    w(
      2,
      IT,
      'Planned maintenance: VPN on Saturday 07:00–09:00',
      'The VPN will be unavailable on Saturday between 07:00 and 09:00 for a firmware upgrade. No action needed.',
    ),
    w(
      4,
      HR,
      'Reminder: annual security training due 20 November',
      'Please complete the 25-minute security awareness module in the learning portal by 20 November.',
    ),
    w(
      5,
      MARTA,
      'Almoço de equipa sexta?',
      'Olá a todos, sexta almoçamos juntos no sítio novo ao pé do escritório? Digam-me até quinta para reservar.',
      'pt',
    ),
    w(
      7,
      ROB,
      'Re: Pipeline review notes',
      'Nice, the dedup change cut the run from 41 to 26 minutes. Let us demo it on Monday.',
    ),
    w(
      9,
      HR,
      'Your expense claim EXP-3318 was approved',
      'Your claim for 86,40 € (train tickets, client visit) was approved and will be paid with the November salary.',
    ),
    w(
      11,
      IT,
      'Your laptop is due for replacement',
      'Your laptop is four years old and eligible for replacement. Book a handover slot in the IT portal.',
    ),
    w(
      13,
      HR,
      'Office closed on 1 and 8 December',
      'Reminder: the office is closed on the public holidays of 1 and 8 December.',
    ),
    w(
      15,
      MARTA,
      'Re: Almoço de equipa sexta?',
      'Reservado para 8 pessoas às 13h. Até sexta!',
      'pt',
    ),
    w(
      17,
      HR,
      'Payslip for November available',
      'Your November payslip is now available in the HR portal.',
    ),
    w(
      18,
      ROB,
      'Quarterly planning – pre-read',
      'Please skim the attached pre-read before Monday; the section on the streaming migration is yours to present.',
    ),
    w(
      20,
      IT,
      'Phishing test results',
      "Thanks to everyone who reported last week's simulated phishing mail. 87 % of the team reported it.",
    ),
  ]
}
