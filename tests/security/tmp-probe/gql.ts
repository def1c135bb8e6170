import { graphqlQueries } from '../corpus/query-injection'
import { invalidUtf8Bytes } from '../corpus/unicode-tricks'
const B = 'http://127.0.0.1:3121'
const which = process.argv[2]
async function go(label: string, url: string, init: RequestInit = {}) {
  const t = Date.now()
  try {
    const r = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers as any), 'X-Forwarded-For': '10.7.' + Math.floor(Math.random()*250) + '.1' }, signal: AbortSignal.timeout(15000) })
    const text = await r.text()
    console.log(label, r.status, Date.now() - t, text.length, text.slice(0, 80).replace(/\n/g, ' '))
  } catch (e) { console.log(label, 'ERR', Date.now() - t, String(e)) }
}
if (which === 'gql') for (const { name, query } of graphqlQueries) await go(name, `${B}/api/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables: {} }) })
if (which === 'utf') for (const { name, bytes } of invalidUtf8Bytes) {
  const encoded = bytes.map((byte) => `%${byte.toString(16).padStart(2, '0').toUpperCase()}`).join('')
  for (const path of [`/search?q=${encoded}`, `/policies?q=${encoded}`, `/stations?q=${encoded}`, `/feedback/track?code=${encoded}`, `/api/policy-notices?where[title][like]=${encoded}`, `/policies/${encoded}`]) await go(name + ' ' + path, B + path)
  const json = Buffer.concat([Buffer.from('{"email":"'), Buffer.from(bytes), Buffer.from('","password":"x"}')])
  for (const path of ['/api/users/login', '/api/graphql', '/api/feedback']) await go(name + ' POST ' + path, B + path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: json })
}
