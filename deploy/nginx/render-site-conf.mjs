// Fills the placeholders of deploy/nginx/site.conf. Used by the README's production set-up and by
// `npm run bench:load`, so both run the same configuration.
//
//   CSP_NONCE_PLACEHOLDER=<the site's secret> node deploy/nginx/render-site-conf.mjs --upstream=127.0.0.1:3000 [--upstream=127.0.0.1:3001] \
//     [--listen=80] [--server-name=_] [--cache-dir=/var/cache/nginx] > /etc/nginx/sites-available/cdjsw.conf
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { contentSecurityPolicy, NONCE_PLACEHOLDER_PROBLEM, noncePlaceholder } from '../../src/platform/security/security-headers.mjs'

export const SITE_CONF_TEMPLATE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'site.conf')

/**
 * The rendered site.conf for the given upstream addresses ("host:port"). The nonce placeholder is
 * the deployment's secret (CSP_NONCE_PLACEHOLDER, the same the site runs with).
 */
export function renderSiteConf({ upstreams, listen = '80', serverName = '_', cacheDir = '/var/cache/nginx', placeholder = process.env.CSP_NONCE_PLACEHOLDER }) {
  if (!upstreams?.length) throw new Error('at least one upstream (host:port) is needed')
  const NONCE_PLACEHOLDER = noncePlaceholder({ CSP_NONCE_PLACEHOLDER: placeholder })
  if (!NONCE_PLACEHOLDER) throw new Error(NONCE_PLACEHOLDER_PROBLEM)
  const values = {
    UPSTREAM_SERVERS: upstreams.map((address) => `    server ${address} max_fails=3 fail_timeout=10s;`).join('\n'),
    LISTEN: String(listen),
    SERVER_NAME: serverName,
    CACHE_DIR: cacheDir,
    NONCE_PLACEHOLDER,
    // The site's own policy for public pages, with nginx's per-request nonce.
    PUBLIC_PAGE_POLICY: contentSecurityPolicy('production', { scripts: 'nonce', nonce: NONCE_PLACEHOLDER }).replace(NONCE_PLACEHOLDER, '$request_id'),
  }
  return fs.readFileSync(SITE_CONF_TEMPLATE, 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (match, name) => {
    if (!(name in values)) throw new Error(`site.conf has an unknown placeholder ${match}`)
    return values[name]
  })
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const values = (name) => args.filter((a) => a.startsWith(`--${name}=`)).map((a) => a.slice(name.length + 3))
  const one = (name) => values(name).at(-1)
  try {
    process.stdout.write(
      renderSiteConf({ upstreams: values('upstream'), listen: one('listen'), serverName: one('server-name'), cacheDir: one('cache-dir') }),
    )
  } catch (error) {
    console.error(`${error.message}\nusage: CSP_NONCE_PLACEHOLDER=… node deploy/nginx/render-site-conf.mjs --upstream=127.0.0.1:3000 [--upstream=…] [--listen=80] [--server-name=_] [--cache-dir=…]`)
    process.exit(2)
  }
}
