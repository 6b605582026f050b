// Building blocks of the composed in-house wordings for es, pt and it, written fresh for this set.
// Each block holds its variants separated by " ~ "; a composed mail takes one variant of each
// (subject, lead + act, next step, greeting, closing, footer), so companies differ in structure,
// register and length. Placeholders as in texts/helpdesk.ts.
import type { LangBlocks } from './types.ts'

export const ES: LangBlocks = {
  helpdesk: {
    subject: '{co} · consulta {ref} ~ Acuse de recibo: {t} ~ Tu mensaje ya está con nosotros',
    lead: 'Te escribimos para confirmarte que ~ Le informamos de que ~ Buenas noticias:',
    act: 'tu consulta «{t}» ya figura en nuestro sistema ~ la petición que nos envió desde la web ha quedado anotada con el folio {ref} ~ tu formulario llegó a la persona indicada',
    next: 'Contestamos siempre por riguroso orden de entrada. ~ Recibirá respuesta de un asesor en cuanto sea posible. ~ Si quieres añadir algo, responde a este correo citando {ref}.',
  },
  verification: {
    subject: 'Verifica tu alta en {co} ~ Un paso más, {n} ~ Activación pendiente',
    lead: 'Para dejar lista tu cuenta ~ Antes de dar acceso a su perfil ~ Nos alegra que te unas;',
    act: 'necesitamos que pulses este enlace: {link} ~ debe confirmar el correo con el código {code} ~ solo falta comprobar que {e} es tuyo: {link}',
    next: 'El enlace caduca mañana a esta hora. ~ Si no creó ninguna cuenta, no haga nada. ~ ¿No fuiste tú? Ignóralo sin más.',
  },
  subscription: {
    subject: 'Confirma que quieres nuestro boletín ~ {co}: alta pendiente ~ ¿Te apuntamos?',
    lead: 'Para que te llegue nuestra newsletter ~ Antes de enviarle comunicaciones comerciales ~ Casi listo:',
    act: 'confirma la suscripción de {e} aquí: {link} ~ le pedimos que valide su dirección en {link} ~ pulsa «Sí, quiero suscribirme»: {link}',
    next: 'Puedes darte de baja cuando quieras. ~ Sin su confirmación no le enviaremos nada. ~ Una vez al mes, sin spam, prometido.',
  },
  reset: {
    subject: 'Tu código: {code} ~ {co} – nueva contraseña ~ Acceso a tu cuenta',
    lead: 'Alguien pidió entrar en tu cuenta y ~ Se ha solicitado un cambio de clave; ~ Para iniciar sesión',
    act: 'este es el código de un solo uso: {code} ~ puedes elegir una clave nueva desde {link} ~ usa este enlace seguro: {link}',
    next: 'Caduca en 15 minutos. ~ Si no lo pidió usted, su cuenta sigue protegida. ~ Nunca compartas este dato.',
  },
  greet: 'Hola, {n}: ~ Estimado/a {n}: ~ ¡Buenas!',
  close: 'Un saludo, equipo {co} ~ Atentamente, {co} ~ ¡Gracias! {co}',
  foot: 'Este correo se ha enviado automáticamente. ~ Aviso legal: {co} trata sus datos conforme al RGPD. ~ ',
}

export const PT: LangBlocks = {
  helpdesk: {
    subject: 'Recebemos: {t} ~ {co} | pedido {ref} ~ Confirmação automática',
    lead: 'Queremos confirmar que ~ Informamos que ~ Só para avisar:',
    act: 'o seu pedido «{t}» deu entrada nos nossos serviços ~ o chamado {ref} foi criado a partir do formulário ~ a sua mensagem chegou à equipa certa',
    next: 'Responderemos pela ordem de chegada. ~ Um atendente vai te responder em breve. ~ Guarde a referência {ref} para futuros contactos.',
  },
  verification: {
    subject: 'Confirme o seu e-mail ~ {co}: conclua o cadastro ~ Validação de conta',
    lead: 'Para concluir o registo ~ Pra liberar seu acesso ~ Antes de entrar',
    act: 'abra esta ligação: {link} ~ digite o código {code} no app ~ confirme que {e} é seu: {link}',
    next: 'A ligação expira em 24 horas. ~ Não foi você? Pode ignorar. ~ Se não pediu, nenhuma conta será ativada.',
  },
  subscription: {
    subject: 'Confirme a sua subscrição ~ {co} – newsletter ~ Só falta confirmar!',
    lead: 'Para começar a receber as nossas novidades ~ Antes de te mandar nossas ofertas ~ Obrigado pelo interesse:',
    act: 'confirme em {link} ~ precisamos que você confirme: {link} ~ clique em «Sim, quero receber»: {link}',
    next: 'Pode cancelar a qualquer momento. ~ Sem confirmação, não enviamos nada. ~ Prometemos não lotar sua caixa.',
  },
  reset: {
    subject: 'Código {code} ~ {co}: redefinir acesso ~ Pedido de nova palavra-passe',
    lead: 'Recebemos um pedido de acesso e ~ Para alterar a sua palavra-passe ~ Pra entrar na sua conta',
    act: 'o seu código é {code} ~ siga esta ligação: {link} ~ use o link a seguir: {link}',
    next: 'Válido por 10 minutos. ~ Se não foi você, ignore. ~ Nunca partilhe este código.',
  },
  greet: 'Olá {n}, ~ Caro(a) {n}, ~ Oi, {n}!',
  close: 'Cumprimentos, {co} ~ Abraços, time {co} ~ Atenciosamente, {co}',
  foot: 'Mensagem automática, não responda. ~ Os seus dados são tratados nos termos do RGPD. ~ ',
}

export const IT: LangBlocks = {
  helpdesk: {
    subject: 'Richiesta {ref} ricevuta ~ {co} – presa in carico ~ Abbiamo letto: {t}',
    lead: 'Ti confermiamo che ~ La informiamo che ~ Ottime notizie:',
    act: 'la tua richiesta «{t}» è arrivata al nostro servizio clienti ~ la segnalazione è stata registrata con il numero {ref} ~ il modulo compilato sul sito è giunto a destinazione',
    next: 'Ti risponderemo al più presto. ~ Un operatore la ricontatterà nei prossimi giorni. ~ Per aggiornamenti cita sempre il codice {ref}.',
  },
  verification: {
    subject: 'Verifica la tua email ~ {co}: completa l’iscrizione ~ Attiva il profilo',
    lead: 'Per completare la registrazione ~ Prima di accedere ~ Manca poco:',
    act: 'clicca su {link} ~ inserisci il codice {code} ~ conferma che {e} è il tuo indirizzo: {link}',
    next: 'Il link scade dopo 24 ore. ~ Se non ti sei registrato, ignora. ~ Nessun account verrà attivato senza conferma.',
  },
  subscription: {
    subject: 'Conferma l’iscrizione ~ Newsletter {co} ~ Sei quasi dentro!',
    lead: 'Per ricevere le nostre novità ~ Prima di inviarLe comunicazioni ~ Grazie per l’interesse:',
    act: 'conferma qui: {link} ~ La preghiamo di confermare {e}: {link} ~ premi «Sì, mi iscrivo»: {link}',
    next: 'Puoi disiscriverti in ogni momento. ~ Senza conferma non riceverà nulla. ~ Niente spam, parola nostra.',
  },
  reset: {
    subject: 'Codice {code} ~ {co} – nuova password ~ Richiesta di accesso',
    lead: 'Abbiamo ricevuto una richiesta di accesso e ~ Per cambiare la password ~ Per entrare nel tuo account',
    act: 'il codice è {code} ~ apri questo link: {link} ~ usa il collegamento sicuro: {link}',
    next: 'Valido per 10 minuti. ~ Se non sei stato tu, ignora il messaggio. ~ Non condividere mai questo codice.',
  },
  greet: 'Ciao {n}, ~ Gentile {n}, ~ Buongiorno!',
  close: 'A presto, {co} ~ Cordiali saluti, {co} ~ Lo staff di {co}',
  foot: 'Email generata automaticamente. ~ Informativa privacy: art. 13 Reg. UE 2016/679. ~ ',
}
