// Codes and resets she asked for herself: a sign-in code for her cloud storage, one password
// reset for the padel club's booking site followed by its "password changed" notice, and a
// phone-number change confirmation.
import { at, type QuietMail } from './kit.ts'

export function codeMail(): QuietMail[] {
  const reset = at(11, 19, 40)
  return [
    {
      at: at(4, 8, 12),
      from: 'Nuvemdrive <no-reply@nuvemdrive.example>',
      subject: 'Your sign-in code: 482 913',
      body: "Use this code to finish signing in to Nuvemdrive: 482 913\n\nThe code expires in 10 minutes. If you didn't try to sign in, you can ignore this email.",
      source: 'requested code',
      lang: 'en',
    },
    {
      at: reset,
      from: 'Clube Padel Miradouro <reservas@padelmiradouro.pt>',
      subject: 'Recuperação de palavra-passe',
      body: 'Olá Femke, recebemos um pedido para redefinir a palavra-passe da sua conta de reservas. Clique na ligação abaixo (válida por 30 minutos):\nhttps://reservas.padelmiradouro.pt/recuperar?t=8c1f0e77a2\n\nSe não fez este pedido, ignore este e-mail.',
      source: 'requested reset',
      lang: 'pt',
    },
    {
      at: reset + 3 * 60_000,
      from: 'Clube Padel Miradouro <reservas@padelmiradouro.pt>',
      subject: 'A sua palavra-passe foi alterada',
      body: 'A palavra-passe da sua conta foi alterada com sucesso. Se não foi você, contacte-nos de imediato.',
      source: 'requested reset',
      lang: 'pt',
    },
    {
      at: at(17, 12, 5),
      from: 'Nuvemdrive <no-reply@nuvemdrive.example>',
      subject: 'Your recovery phone number was updated',
      body: 'The recovery phone number on your Nuvemdrive account was changed to one ending in 47. If this was you, no action is needed.',
      source: 'requested code',
      lang: 'en',
    },
  ]
}
