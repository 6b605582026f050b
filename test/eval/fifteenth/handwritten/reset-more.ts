// More hand-written reset / sign-in mails (see reset.ts).
import type { Written } from './text.ts'

export const RESET_MORE: readonly Written[] = [
  ['en', '{c}', 'Reset link (valid 30 min): {l}'],
  [
    'en',
    'Was that you trying to sign in?',
    'Someone entered this email on the {c} login page and asked for a code. If it was you, the code is {k}. If not, your account is still safe.',
  ],
  ['en', 'Your magic link has arrived ✨', 'Click once and you’re in. No password needed, {n}.'],
  [
    'en',
    'Account recovery request {r}',
    'We have started the recovery process for your account. For your protection, recovery links expire after 20 minutes and can only be used from the device that requested them.',
  ],
  ['de', '{c}', 'Link zum Zurücksetzen (30 Min. gültig): {l}'],
  [
    'de',
    'Wolltest du dich gerade einloggen?',
    'Jemand hat diese Adresse auf der Login-Seite von {c} eingegeben. Warst du es, lautet der Code {k}.',
  ],
  ['de', 'Dein magischer Link ist da ✨', 'Einmal klicken und drin — ganz ohne Passwort, {n}.'],
  [
    'de',
    'Kontowiederherstellung {r}',
    'Wir haben die Wiederherstellung Ihres Kontos gestartet. Der Link ist aus Sicherheitsgründen nur 20 Minuten gültig.',
  ],
  ['fr', '{c}', 'Lien de réinitialisation (30 min) : {l}'],
  [
    'fr',
    'Vous essayiez de vous connecter ?',
    "Quelqu'un a saisi cette adresse sur la page de connexion de {c}. Si c'est vous, le code est {k}.",
  ],
  ['fr', 'Ton lien magique est arrivé ✨', 'Un clic et tu es connecté·e, sans mot de passe.'],
  [
    'fr',
    'Récupération du compte {r}',
    'La procédure de récupération de votre compte est lancée. Par sécurité, le lien expire au bout de 20 minutes.',
  ],
  ['es', '{c}', 'Enlace para restablecer (30 min): {l}'],
  [
    'es',
    '¿Intentabas iniciar sesión?',
    'Alguien ha escrito este correo en la página de acceso de {c}. Si fuiste tú, el código es {k}.',
  ],
  ['es', 'Tu enlace mágico ya está aquí ✨', 'Un clic y dentro, sin contraseña.'],
  [
    'es',
    'Recuperación de cuenta {r}',
    'Hemos iniciado la recuperación de su cuenta. Por seguridad, el enlace caduca a los 20 minutos.',
  ],
  ['pt', '{c}', 'Link de redefinição (30 min): {l}'],
  [
    'pt',
    'Estava a tentar entrar?',
    'Alguém introduziu este e-mail na página de acesso da {c}. Se foi você, o código é {k}.',
  ],
  ['pt', 'Seu link mágico chegou ✨', 'Um clique e pronto, sem senha.'],
  [
    'pt',
    'Recuperação de conta {r}',
    'Iniciámos a recuperação da sua conta. Por segurança, a ligação expira ao fim de 20 minutos.',
  ],
  ['it', '{c}', 'Link per reimpostare (30 min): {l}'],
  [
    'it',
    'Stavi provando ad accedere?',
    'Qualcuno ha inserito questa email nella pagina di accesso di {c}. Se eri tu, il codice è {k}.',
  ],
  ['it', 'Il tuo link magico è arrivato ✨', 'Un clic e sei dentro, senza password.'],
  [
    'it',
    'Recupero account {r}',
    'Abbiamo avviato il recupero del Suo account. Per sicurezza il link scade dopo 20 minuti.',
  ],
  ['nl', '{c}', 'Herstellink (30 min geldig): {l}'],
  [
    'nl',
    'Probeerde jij net in te loggen?',
    'Iemand vulde dit adres in op de inlogpagina van {c}. Was jij het, dan is de code {k}.',
  ],
  ['nl', 'Je magische link is er ✨', 'Eén klik en je bent binnen, zonder wachtwoord.'],
  [
    'nl',
    'Accountherstel {r}',
    'We zijn het herstel van uw account gestart. Om veiligheidsredenen verloopt de link na 20 minuten.',
  ],
]
