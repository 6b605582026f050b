// A subject that is only a number over a body that names a code or signing in as a verb is a
// one-time code's, whoever the sender shows: a row with a display name only, a newsletter's
// mailbox (core/mail/evidence.ts). A word for security beside a number in a person's mail is no
// code. Texts written here for the test.
import { describe, expect, it } from 'vitest'
import { evidenceOf } from '../../src/core/mail/evidence.ts'

const evidence = (subject: string, opening = '') =>
  evidenceOf({ subject, opening, templateKind: null, sender: null })

describe('a subject that is only a number, from a sender of no known shape', () => {
  it.each([
    ['848305', 'Tu código. Vale 10 minutos.'],
    ['106711', 'Pour vous connecter.'],
    ['591534', 'Use this to sign in.'],
    ['523 895', 'Não consegue visualizar este e-mail? Clique aqui Seu código de acesso.'],
  ])('titles a code when the body names a code or a sign-in: %s', (subject, opening) => {
    expect(evidence(subject, opening).confirmation).toBe('sign-in-code')
  })

  it('titles nothing over a person’s words naming security', () => {
    const invoice = 'Anbei die Rechnung Nr. 123-4567 für die Sicherheitsschlösser.'
    expect(evidence('123-4567', invoice).confirmation).toBeNull()
  })
})
