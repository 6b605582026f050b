// The people whose inboxes are built: one per language (pt-PT and pt-BR both appear through the
// friends and companies), each with friends who write to them during the season.
import type { Lang } from '../types.ts'

export interface Person {
  name: string
  first: string
  address: string
  lang: Lang
  friends: readonly { name: string; address: string }[]
}

const p = (
  lang: Lang,
  name: string,
  address: string,
  friends: readonly [string, string][],
): Person => ({
  lang,
  name,
  first: name.split(' ')[0]!,
  address,
  friends: friends.map(([n, a]) => ({ name: n, address: a })),
})

export const PEOPLE: Record<Lang, Person> = {
  en: p('en', 'Harriet Lowell', 'harriet.lowell@postbox.example', [
    ['Dominic Reyes', 'dom.reyes@inbox.example'],
    ['Priya Banerjee', 'priya.b@mailhub.example'],
  ]),
  de: p('de', 'Friederike Haas', 'f.haas@webpost.example', [
    ['Lukas Brenner', 'lukas.brenner@mailhub.example'],
    ['Gesa Tiedemann', 'gesa.t@inbox.example'],
  ]),
  fr: p('fr', 'Bérénice Fauré', 'berenice.faure@courriel.example', [
    ['Mathis Leroux', 'mathis.leroux@inbox.example'],
    ['Gaëlle Perrin', 'gaelle.p@mailhub.example'],
  ]),
  es: p('es', 'Macarena Duarte', 'macarena.duarte@correo.example', [
    ['Rodrigo Benítez', 'rodri.benitez@inbox.example'],
    ['Lucía Herrero', 'lucia.herrero@mailhub.example'],
  ]),
  pt: p('pt', 'Beatriz Lacerda', 'beatriz.lacerda@caixa.example', [
    ['Rafael Montenegro', 'rafa.montenegro@inbox.example'],
    ['Thaís Figueiredo', 'thais.fig@mailhub.example'],
  ]),
  it: p('it', 'Ludovica Ferraris', 'ludovica.ferraris@posta.example', [
    ['Gabriele Marchetti', 'gabri.marchetti@inbox.example'],
    ['Teresa Bassi', 'teresa.bassi@mailhub.example'],
  ]),
  nl: p('nl', 'Maartje de Bruin', 'maartje.debruin@postvak.example', [
    ['Ruben Hoekstra', 'ruben.hoekstra@inbox.example'],
    ['Fleur van Dam', 'fleur.vandam@mailhub.example'],
  ]),
}

export const QUIET_PERSON: Person = p('en', 'Desmond Pryce', 'desmond.pryce@postbox.example', [
  ['Tamsin Ellery', 'tamsin.e@inbox.example'],
  ['Bruno Hartley', 'bruno.hartley@mailhub.example'],
])
