// vBulletin: the activation mail after registration (phrase `activateaccount`, subject "Action
// Required to Activate Membership for <board>", greeting "Dear <username>,"). Source: vBulletin
// 4/5 default email phrases; other languages after vBulletin language packs (reconstruction).
import type { Product } from '../../product.ts'

const act = (domain: string, token: string) =>
  `https://${domain}/forum/register.php?a=act&u=${token.length * 131}&i=${token.slice(0, 8)}`

export const VBULLETIN_VERIFY: Product = {
  product: 'vBulletin',
  family: 'verification',
  source: 'vBulletin email phrase activateaccount, "Action Required to Activate Membership for"',
  echo: 'name',
  hosted: null,
  locals: ['webmaster', 'forums', 'noreply'],
  subdomains: ['', 'forums.'],
  texts: {
    en: (f) => ({
      subject: `Action Required to Activate Membership for ${f.company} Forums`,
      body: `Dear ${f.name},\n\nThank you for registering at the ${f.company} Forums. Before we can activate your account one last step must be taken to complete your registration.\n\nPlease note - you must complete this last step to become a registered member. You will only need to visit this URL once to activate your account.\n\nTo complete your registration, please visit this URL:\n${act(f.domain, f.token)}\n\nAll the best,\n${f.company} Forums`,
    }),
    de: (f) => ({
      subject: `Handlung erforderlich: Aktivierung Ihrer Mitgliedschaft bei ${f.company} Forum`,
      body: `Hallo ${f.name},\n\nvielen Dank für Ihre Registrierung im ${f.company} Forum. Bevor wir Ihr Benutzerkonto aktivieren können, ist noch ein letzter Schritt nötig.\n\nBitte beachten Sie: Erst nach diesem Schritt sind Sie registriertes Mitglied. Sie müssen die Adresse nur einmal aufrufen.\n\nUm die Registrierung abzuschließen, besuchen Sie bitte:\n${act(f.domain, f.token)}\n\nMit freundlichen Grüßen\n${f.company} Forum`,
    }),
    fr: (f) => ({
      subject: `Action requise pour activer votre inscription sur ${f.company} Forums`,
      body: `Cher/Chère ${f.name},\n\nMerci de vous être inscrit(e) sur ${f.company} Forums. Avant de pouvoir activer votre compte, une dernière étape est nécessaire.\n\nAttention : vous devez effectuer cette étape pour devenir membre. Vous n'aurez à visiter ce lien qu'une seule fois.\n\nPour terminer votre inscription, rendez-vous sur :\n${act(f.domain, f.token)}\n\nCordialement,\n${f.company} Forums`,
    }),
    es: (f) => ({
      subject: `Acción necesaria para activar tu membresía en ${f.company} Foros`,
      body: `Estimado/a ${f.name}:\n\nGracias por registrarte en ${f.company} Foros. Antes de activar tu cuenta falta un último paso para completar el registro.\n\nTen en cuenta que debes completarlo para ser miembro registrado. Solo tendrás que visitar esta dirección una vez.\n\nPara completar el registro, visita:\n${act(f.domain, f.token)}\n\nSaludos,\n${f.company} Foros`,
    }),
    pt: (f) => ({
      subject: `Ação necessária para ativar seu cadastro em ${f.company} Fóruns`,
      body: `Prezado(a) ${f.name},\n\nObrigado por se cadastrar em ${f.company} Fóruns. Antes de ativarmos sua conta, falta um último passo.\n\nAtenção: você precisa concluir este passo para se tornar membro. Basta acessar o endereço uma única vez.\n\nPara concluir o cadastro, acesse:\n${act(f.domain, f.token)}\n\nAtenciosamente,\n${f.company} Fóruns`,
    }),
    it: (f) => ({
      subject: `Azione richiesta per attivare l'iscrizione a ${f.company} Forum`,
      body: `Gentile ${f.name},\n\ngrazie per esserti registrato su ${f.company} Forum. Prima di attivare il tuo account manca un ultimo passaggio.\n\nAttenzione: devi completarlo per diventare membro registrato. Basta visitare l'indirizzo una sola volta.\n\nPer completare la registrazione visita:\n${act(f.domain, f.token)}\n\nCordiali saluti,\n${f.company} Forum`,
    }),
    nl: (f) => ({
      subject: `Actie vereist om je lidmaatschap van ${f.company} Forums te activeren`,
      body: `Beste ${f.name},\n\nBedankt voor je registratie bij ${f.company} Forums. Voordat we je account kunnen activeren, is er nog één laatste stap nodig.\n\nLet op: pas na deze stap ben je geregistreerd lid. Je hoeft de link maar één keer te bezoeken.\n\nRond je registratie af via:\n${act(f.domain, f.token)}\n\nMet vriendelijke groet,\n${f.company} Forums`,
    }),
  },
}
