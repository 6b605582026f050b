// Grafana: the password reset mail ("Reset your Grafana password - <name>", "Please click the
// following link to reset your password within <n> hours", "You received this email because a
// password reset was requested for your Grafana account. If you did not request a password
// reset, please ignore this email."). English follows the default `reset_password` template;
// Grafana ships it in English only, so the other languages are an operator's own translation
// written for this set (German keeps the English subject).
import { lines, type Ctx, type Product } from '../../product.ts'

function reset(subject: string, hi: string, click: string, why: string) {
  return (c: Ctx) => ({
    subject: subject.replace('%', c.email),
    body: lines(`${hi} ${c.email},`, ``, click, c.link, ``, why, ``, `${c.company} · Grafana`),
  })
}

export const GRAFANA: Product = {
  product: 'Grafana',
  family: 'reset',
  source: 'Grafana `reset_password` email template',
  echo: [],
  own: ['grafana.monitoring', 'grafana.dashboards', 'noreply'],
  hosted: (c) => `${c.name} Grafana <noreply@${c.slug}.grafana.net>`,
  texts: {
    en: reset(
      'Reset your Grafana password - %',
      'Hi',
      'Please click the following link to reset your password within 2 hours.',
      'You received this email because a password reset was requested for your Grafana account. If you did not request a password reset, please ignore this email.',
    ),
    de: reset(
      'Reset your Grafana password - %',
      'Hallo',
      'Bitte klicken Sie innerhalb von 2 Stunden auf den folgenden Link, um Ihr Passwort zurückzusetzen.',
      'Sie erhalten diese E-Mail, weil für Ihr Grafana-Konto eine Passwortzurücksetzung angefordert wurde. Wenn Sie das nicht waren, ignorieren Sie diese E-Mail bitte.',
    ),
    fr: reset(
      'Réinitialisez votre mot de passe Grafana - %',
      'Bonjour',
      'Cliquez sur le lien suivant dans les 2 heures pour réinitialiser votre mot de passe.',
      "Vous recevez cet e-mail car une réinitialisation du mot de passe de votre compte Grafana a été demandée. Si vous n'en êtes pas à l'origine, ignorez cet e-mail.",
    ),
    es: reset(
      'Restablece tu contraseña de Grafana - %',
      'Hola',
      'Haz clic en el siguiente enlace en las próximas 2 horas para restablecer tu contraseña.',
      'Recibes este correo porque se ha solicitado restablecer la contraseña de tu cuenta de Grafana. Si no lo has solicitado, ignora este correo.',
    ),
    pt: reset(
      'Redefina a sua palavra-passe do Grafana - %',
      'Olá',
      'Clique na ligação seguinte nas próximas 2 horas para redefinir a sua palavra-passe.',
      'Recebeu este e-mail porque foi pedida a redefinição da palavra-passe da sua conta Grafana. Se não foi você, ignore este e-mail.',
    ),
    it: reset(
      'Reimposta la password di Grafana - %',
      'Ciao',
      'Fai clic sul link seguente entro 2 ore per reimpostare la password.',
      'Hai ricevuto questa e-mail perché è stata richiesta la reimpostazione della password del tuo account Grafana. Se non sei stato tu, ignora questa e-mail.',
    ),
    nl: reset(
      'Stel je Grafana-wachtwoord opnieuw in - %',
      'Hallo',
      'Klik binnen 2 uur op de volgende link om je wachtwoord opnieuw in te stellen.',
      'Je ontvangt deze e-mail omdat er voor je Grafana-account een wachtwoordherstel is aangevraagd. Heb je dit niet gedaan, negeer deze e-mail dan.',
    ),
  },
}
