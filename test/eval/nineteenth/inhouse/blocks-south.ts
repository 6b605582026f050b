// Composed-wording blocks for es, pt, it and nl (see blocks.ts).
import type { Lang } from '../../types.ts'
import type { Blocks } from './blocks.ts'

export const BLOCKS_SOUTH: Pick<Record<Lang, Blocks>, 'es' | 'pt' | 'it' | 'nl'> = {
  es: {
    greet: ['Hola, {name}:', '¡Hola {name}!', 'Estimado/a cliente:', 'Buenas,', ''],
    subject: {
      helpdesk: [
        'Gracias por contactar con {company} [{ref}]',
        'Incidencia {ref} registrada',
        'Recibido: {echo}',
      ],
      verification: [
        'Verifica tu dirección de correo',
        'Completa tu registro en {company}',
        'Bienvenida a {company}',
      ],
      subscription: ['Confirma tu alta', 'Solo falta un clic', 'Valida tu suscripción a {company}'],
      reset: [
        'Cambio de contraseña solicitado',
        'Código de seguridad: {code}',
        'Tu enlace de acceso',
      ],
    },
    core: {
      helpdesk: [
        'Tu solicitud ha quedado registrada con el número {ref}.',
        'Hemos abierto la incidencia {ref} a partir de su mensaje «{echo}».',
      ],
      verification: [
        'Pulsa en {link} para activar tu cuenta.',
        'Para confirmar {email}, acceda a {link}',
      ],
      subscription: [
        'Confirma tu suscripción aquí: {link}',
        'Recibirá nuestras novedades en cuanto pulse {link}',
      ],
      reset: [
        'Crea una contraseña nueva en {link} (válido 1 hora).',
        'Introduce el código {code} para continuar.',
      ],
    },
    next: [
      'Solemos responder en 24 horas.',
      'Si no has sido tú, no tienes que hacer nada.',
      '¿Dudas? Responde a este correo.',
      '',
    ],
    close: [
      'Saludos,\n{company}',
      'El equipo de {company}',
      'Atentamente,\nAtención al cliente {company}\nCorreo automático, no responda.',
      '{company} · Aviso legal · Privacidad',
    ],
  },
  pt: {
    greet: ['Olá {name},', 'Oi {name}!', 'Caro(a) cliente,', 'Bom dia,', ''],
    subject: {
      helpdesk: ['Obrigado pelo seu contacto [{ref}]', 'Chamado {ref} aberto', 'Recebido: {echo}'],
      verification: [
        'Verifique o seu e-mail',
        'Conclua o seu registo na {company}',
        'Bem-vindo à {company}',
      ],
      subscription: [
        'Confirme a sua inscrição',
        'Só falta um clique',
        'Valide a subscrição {company}',
      ],
      reset: ['Pedido de nova senha', 'Código de segurança: {code}', 'O seu link de acesso'],
    },
    core: {
      helpdesk: [
        'O seu pedido foi registado com o número {ref}.',
        'Abrimos o chamado {ref} a partir da sua mensagem "{echo}".',
      ],
      verification: [
        'Clique em {link} para ativar a conta.',
        'Para confirmar {email}, acesse {link}',
      ],
      subscription: [
        'Confirme a sua subscrição aqui: {link}',
        'Você passa a receber nossas novidades depois de clicar em {link}',
      ],
      reset: [
        'Defina uma nova palavra-passe em {link} (válido por 1 hora).',
        'Digite o código {code} para continuar.',
      ],
    },
    next: [
      'Respondemos normalmente em 24 horas.',
      'Se não foi você, não precisa fazer nada.',
      'Dúvidas? Responda a este e-mail.',
      '',
    ],
    close: [
      'Cumprimentos,\n{company}',
      'Equipe {company}',
      'Atenciosamente,\nApoio ao Cliente {company}\nMensagem automática, não responda.',
      '{company} · Termos · Privacidade',
    ],
  },
  it: {
    greet: ['Ciao {name},', 'Gentile {name},', 'Gentile cliente,', 'Buongiorno,', ''],
    subject: {
      helpdesk: [
        'Grazie per averci contattato [{ref}]',
        'Richiesta {ref} presa in carico',
        'Ricevuto: {echo}',
      ],
      verification: [
        'Verifica la tua email',
        'Completa la registrazione su {company}',
        'Benvenuto in {company}',
      ],
      subscription: [
        'Conferma l’iscrizione',
        'Manca un clic',
        'Convalida la tua iscrizione a {company}',
      ],
      reset: ['Richiesta nuova password', 'Codice di sicurezza: {code}', 'Il tuo link di accesso'],
    },
    core: {
      helpdesk: [
        'La tua richiesta è stata registrata con il numero {ref}.',
        'Abbiamo aperto il ticket {ref} dal Suo messaggio «{echo}».',
      ],
      verification: [
        'Clicca su {link} per attivare l’account.',
        'Per confermare {email} apra {link}',
      ],
      subscription: [
        'Conferma l’iscrizione qui: {link}',
        'Riceverà le nostre novità dopo aver cliccato su {link}',
      ],
      reset: [
        'Scegli una nuova password su {link} (valido 1 ora).',
        'Inserisci il codice {code} per proseguire.',
      ],
    },
    next: [
      'Di solito rispondiamo entro 24 ore.',
      'Se non sei stato tu, non devi fare nulla.',
      'Domande? Rispondi a questa email.',
      '',
    ],
    close: [
      'Saluti,\n{company}',
      'Il team {company}',
      'Cordiali saluti,\nServizio Clienti {company}\nEmail automatica, non rispondere.',
      '{company} · Note legali · Privacy',
    ],
  },
  nl: {
    greet: ['Hoi {name},', 'Beste {name},', 'Geachte klant,', 'Hallo!', ''],
    subject: {
      helpdesk: [
        'Bedankt voor je bericht [{ref}]',
        'Vraag {ref} geregistreerd',
        'Ontvangen: {echo}',
      ],
      verification: [
        'Verifieer je e-mailadres',
        'Rond je registratie bij {company} af',
        'Welkom bij {company}',
      ],
      subscription: [
        'Bevestig je aanmelding',
        'Nog één klik',
        'Bevestig je inschrijving bij {company}',
      ],
      reset: ['Nieuw wachtwoord aangevraagd', 'Beveiligingscode: {code}', 'Je inloglink'],
    },
    core: {
      helpdesk: [
        'Je vraag is geregistreerd onder nummer {ref}.',
        'We hebben ticket {ref} aangemaakt voor uw bericht "{echo}".',
      ],
      verification: [
        'Klik op {link} om je account te activeren.',
        'Om {email} te bevestigen opent u {link}',
      ],
      subscription: [
        'Bevestig je inschrijving hier: {link}',
        'U ontvangt onze nieuwsbrief zodra u op {link} klikt.',
      ],
      reset: [
        'Kies een nieuw wachtwoord via {link} (1 uur geldig).',
        'Voer de code {code} in om verder te gaan.',
      ],
    },
    next: [
      'We reageren meestal binnen 24 uur.',
      'Was jij dit niet? Dan hoef je niets te doen.',
      'Vragen? Beantwoord deze e-mail.',
      '',
    ],
    close: [
      'Groet,\n{company}',
      'Team {company}',
      'Met vriendelijke groet,\nKlantenservice {company}\nDit is een automatisch bericht.',
      '{company} · Voorwaarden · Privacy',
    ],
  },
}
