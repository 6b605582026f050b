// 8. School, club, council or landlord notices.
import type { LookClass } from './types.ts'

export const NOTICE: LookClass = {
  name: 'notice',
  label: 'ham',
  sender: 'brand',
  brands: ['{Stem} School', '{Stem} Tennis Club', '{Stem} Housing', '{Stem} Council'],
  locals: ['office', 'info', 'secretary', 'residents'],
  texts: {
    en: [
      [
        "Half-term dates and parents' evening",
        "Dear parents and carers,\n\nA reminder that half-term runs from {date}. Parents' evening bookings are now open: {link}\n\nMrs {sender}\nHead of Year 5, {brand}",
      ],
      [
        'Club news: AGM and subscriptions',
        'Hi {name},\n\nThe annual general meeting is on {date} at {time} in the clubhouse. Membership renewals ({amount}) are due by the end of the month.\n\nSee you on court,\n{sender}, Secretary',
      ],
      [
        'Planned water shut-off in your building',
        'Dear resident,\n\nWater will be turned off on {date} from {time} for about three hours while we replace a valve. Sorry for the inconvenience.\n\n{brand} Property Management',
      ],
    ],
    de: [
      [
        'Elternbrief: Wandertag am {date}',
        'Liebe Eltern,\n\nam {date} findet unser Wandertag statt. Bitte geben Sie Ihrem Kind festes Schuhwerk und ein Lunchpaket mit.\n\nViele Grüße\n{sender}, Klassenleitung 3b',
      ],
      [
        'Vereinsinfo: Jahreshauptversammlung',
        'Hallo {name},\n\ndie Jahreshauptversammlung ist am {date} um {time} im Vereinsheim. Der Mitgliedsbeitrag von {amount} wird Anfang nächsten Monats eingezogen.\n\nSportliche Grüße\nDer Vorstand',
      ],
      [
        'Ankündigung: Heizungswartung',
        'Sehr geehrte Mieterinnen und Mieter,\n\nam {date} ab {time} wird die Heizungsanlage gewartet. Bitte ermöglichen Sie dem Techniker den Zugang.\n\nIhre Hausverwaltung {brand}',
      ],
    ],
    fr: [
      [
        'Info parents : sortie scolaire du {date}',
        "Chers parents,\n\nLa sortie au musée aura lieu le {date}. Merci de signer l'autorisation sur l'ENT : {link}\n\n{sender}, professeure des écoles",
      ],
      [
        'Assemblée générale du club',
        "Bonjour {name},\n\nL'assemblée générale se tiendra le {date} à {time} au club-house. La cotisation annuelle ({amount}) est à régler avant la fin du mois.\n\nSportivement,\nLe bureau",
      ],
      [
        "Avis aux résidents : coupure d'eau",
        "Madame, Monsieur,\n\nUne coupure d'eau est prévue le {date} à partir de {time} pour travaux. Merci de votre compréhension.\n\nLe syndic {brand}",
      ],
    ],
    es: [
      [
        'Circular: excursión del {date}',
        'Estimadas familias:\n\nEl {date} haremos la excursión al parque natural. Recordad traer almuerzo y calzado cómodo.\n\n{sender}, tutora de 4.º B',
      ],
      [
        'Asamblea anual del club',
        'Hola {name}:\n\nLa asamblea anual será el {date} a las {time} en la sede. La cuota ({amount}) se cobrará a principios de mes.\n\nLa junta directiva',
      ],
      [
        'Aviso de la comunidad: corte de agua',
        'Estimados vecinos:\n\nEl {date} a partir de las {time} se cortará el agua por obras. Disculpen las molestias.\n\nAdministración de fincas {brand}',
      ],
    ],
    pt: [
      [
        'Informação aos pais: visita de estudo a {date}',
        'Caros encarregados de educação,\n\nA visita de estudo realiza-se no dia {date}. Assinem a autorização até sexta-feira: {link}\n\n{sender}, diretora de turma',
      ],
      [
        'Assembleia geral do clube',
        'Olá {name},\n\nA assembleia geral é no dia {date} às {time}, na sede. A quota anual ({amount}) deve ser paga até ao fim do mês.\n\nA direção',
      ],
      [
        'Aviso do condomínio: corte de água',
        'Caros condóminos,\n\nNo dia {date}, a partir das {time}, haverá corte de água para obras. Pedimos desculpa pelo incómodo.\n\nAdministração {brand}',
      ],
    ],
    it: [
      [
        'Comunicazione alle famiglie: gita del {date}',
        "Gentili famiglie,\n\nil {date} si terrà la gita al museo. Vi preghiamo di firmare l'autorizzazione sul registro elettronico: {link}\n\n{sender}, coordinatrice di classe",
      ],
      [
        'Assemblea dei soci',
        "Ciao {name},\n\nl'assemblea annuale dei soci si terrà il {date} alle {time} presso la sede. La quota ({amount}) va versata entro fine mese.\n\nIl direttivo",
      ],
      [
        'Avviso condominio: sospensione acqua',
        "Gentili condomini,\n\nil {date} dalle {time} l'acqua sarà sospesa per lavori. Ci scusiamo per il disagio.\n\nAmministrazione {brand}",
      ],
    ],
    nl: [
      [
        'Nieuwsbrief groep 6: schoolreisje op {date}',
        'Beste ouders/verzorgers,\n\nOp {date} gaan we op schoolreisje. Geef uw kind een lunchpakket en regenjas mee.\n\nHartelijke groet,\n{sender}, leerkracht groep 6',
      ],
      [
        'Ledenvergadering van de club',
        'Hoi {name},\n\nDe algemene ledenvergadering is op {date} om {time} in het clubhuis. De contributie ({amount}) wordt begin volgende maand geïncasseerd.\n\nHet bestuur',
      ],
      [
        'Mededeling: onderhoud cv-ketel',
        'Beste bewoner,\n\nOp {date} vanaf {time} wordt de cv-installatie onderhouden. Zorg ervoor dat de monteur bij de ketel kan.\n\nVerhuurder {brand}',
      ],
    ],
  },
}
