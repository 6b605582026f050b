// App notifications of the quiet inbox: chat-workspace digests and mentions in the manner of
// Slack, Discord and Teams, a shared-expenses app and an events app. Written for this set; the
// workspaces, people and the two smaller apps are made up.
import type { Random } from '../../prng.ts'
import { between, weekdays, type Everyday } from './everyday.ts'

const CHANNELS = ['#general', '#random', '#trailmap-dev', '#events']
const PEOPLE = ['Priya', 'Stefan', 'Aoife', 'Mehdi', 'Lotte', 'Ruben']

export function appDigests(rng: Random): Everyday[] {
  const source = 'app notification'
  const slack = weekdays()
    .filter((d) => d % 2 === 0)
    .map((day) => ({
      at: between(rng, day, 8, 9),
      from: 'Slack <notification@slack.com>',
      subject: `[Slack] Notifications from the Riverside Makers workspace`,
      body: `You have ${rng.int(2, 9)} unread messages in Riverside Makers:\n\n${rng.pick(CHANNELS)}\n${rng.pick(PEOPLE)}: Has anyone got a spare soldering iron tip?\n${rng.pick(PEOPLE)}: Workshop is open Saturday 10–14.\n\nOpen Slack · Notification preferences`,
      source,
    }))
  const discord = [3, 6, 10, 13, 20].map((day) => ({
    at: between(rng, day, 21, 23),
    from: 'Discord <notifications@discord.com>',
    subject: `You have ${rng.int(2, 12)} unread messages in Board Game Brussels`,
    body: `Catch up on what you missed in Board Game Brussels.\n\n#meetups — ${rng.pick(PEOPLE)}: Who’s in for Wingspan on Friday?\n#trades — ${rng.pick(PEOPLE)}: Selling Azul, barely played.\n\nView messages`,
    source,
  }))
  const teams = [1, 4, 8, 15, 18].map((day) => ({
    at: between(rng, day, 10, 17),
    from: 'Microsoft Teams <noreply@email.teams.microsoft.com>',
    subject: `${rng.pick(PEOPLE)} mentioned you in Finance > Q3 close`,
    body: `${rng.pick(PEOPLE)} mentioned you:\n"@Imogen can you double-check the accruals tab before Friday?"\n\nReply in Teams`,
    source,
  }))
  const tabshare = [2, 7, 11, 19].map((day, i) => ({
    at: between(rng, day, 18, 22),
    from: 'Tabshare <updates@tabshare.app>',
    subject: `${PEOPLE[i]} added “${['Groceries', 'Cottage deposit', 'Train tickets', 'Pizza night'][i]}” in Ardennes weekend`,
    body: `${PEOPLE[i]} added an expense of €${rng.int(12, 180)}.${rng.int(10, 99)} to Ardennes weekend.\nYour share: €${rng.int(3, 45)}.${rng.int(10, 99)}\n\nOpen Tabshare to see balances.`,
    source,
  }))
  const events = [5, 12, 16].map((day) => ({
    at: between(rng, day, 12, 15),
    from: 'Gatherly <events@gatherly.app>',
    subject: `New event in Brussels Board Gamers: ${['Heavy Euro night', 'Learn to play: Go', 'Sunday café session'][day % 3]}`,
    body: 'A new event was just announced in one of your groups. 14 spots left.\n\nRSVP on Gatherly',
    source,
  }))
  return [...slack, ...discord, ...teams, ...tabshare, ...events]
}
