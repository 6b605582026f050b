// App notifications of everyday life: a language-exchange app, a cycling app's weekly summary
// and kudos, a photo-book print service, the weather service's warnings and a car-sharing
// club's monthly statement. English, Portuguese, Dutch and Italian.
import type { Random } from '../../prng.ts'
import type { Lang } from '../../types.ts'
import { during, type QuietMail } from './kit.ts'

export function appMail(rng: Random): QuietMail[] {
  const m = (day: number, from: string, subject: string, body: string, lang: Lang): QuietMail => ({
    at: during(rng, day, 7, 22),
    from,
    subject,
    body,
    source: 'app',
    lang,
  })
  const TANDEM = 'Talkbridge <messages@talkbridge.example>'
  const RIDE = 'Pedalog <weekly@pedalog.example>'
  return [
    m(
      1,
      TANDEM,
      'Giulia sent you a message',
      'Giulia: "Ciao Femke! Domani alle 19 va bene per la nostra chiamata? Io parlo italiano, tu olandese 😊"',
      'en',
    ),
    m(4, TANDEM, 'Giulia sent you a message', 'Giulia: "Perfetto, a domani!"', 'en'),
    m(
      10,
      TANDEM,
      'You have a new exchange request',
      'Bram from Ghent wants to practise Portuguese with you. Accept or decline in the app.',
      'en',
    ),
    m(
      17,
      TANDEM,
      'Giulia sent you a message',
      'Giulia: "Grazie per la lezione, ho imparato \'gezellig\'!"',
      'en',
    ),
    m(
      0,
      RIDE,
      'Your week: 84 km, 3 rides',
      'Nice work! You rode 84 km this week, 12 % more than last week. Longest ride: Belém and back (31 km).',
      'en',
    ),
    m(
      7,
      RIDE,
      'Your week: 61 km, 2 rides',
      'Rain slowed things down, but you still rode 61 km. Kudos from 4 friends.',
      'en',
    ),
    m(14, RIDE, 'Your week: 97 km, 4 rides', 'New personal record on the Monsanto climb!', 'en'),
    m(
      8,
      'Pedalog <kudos@pedalog.example>',
      'Dario gave you kudos',
      'Dario Restrepo gave kudos to your ride "Monsanto loop".',
      'en',
    ),
    m(
      5,
      'Fotolivro Já <encomendas@fotolivroja.example>',
      'O seu fotolivro está em produção',
      'O fotolivro "Verão em Sagres" (24 páginas) está a ser impresso. Envio previsto dentro de 3 dias úteis.',
      'pt',
    ),
    m(
      9,
      'Fotolivro Já <encomendas@fotolivroja.example>',
      'O seu fotolivro foi enviado',
      'Enviado por correio registado. Número de seguimento RR55210948PT.',
      'pt',
    ),
    m(
      6,
      'Serviço Meteorológico <avisos@meteo-servico.example>',
      'Aviso amarelo: precipitação – Lisboa',
      'Aviso amarelo de precipitação por vezes forte para o distrito de Lisboa entre as 15h e as 21h de hoje.',
      'pt',
    ),
    m(
      12,
      'Serviço Meteorológico <avisos@meteo-servico.example>',
      'Aviso amarelo: vento – Lisboa',
      'Vento forte do quadrante sul com rajadas até 70 km/h no litoral entre as 06h e as 12h de amanhã.',
      'pt',
    ),
    m(
      3,
      'Deelauto Coöperatie <leden@deelauto-coop.example>',
      'Je maandoverzicht oktober',
      'Hoi Femke, in oktober heb je 2 ritten gemaakt (64 km). Het bedrag wordt op de 10e afgeschreven.',
      'nl',
    ),
    m(
      18,
      'Deelauto Coöperatie <leden@deelauto-coop.example>',
      'Ledenvergadering 3 december',
      'Beste leden, de algemene ledenvergadering is op 3 december online. Agenda en stukken staan in het ledenportaal.',
      'nl',
    ),
    m(
      11,
      'Corso di Cucina Online <lezioni@corsocucina.example>',
      'Nuova lezione disponibile: il ragù',
      'La lezione 7 del corso "Cucina emiliana" è online. Buona visione!',
      'it',
    ),
  ]
}
