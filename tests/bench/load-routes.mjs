// The route table `next build` prints: which routes were prerendered and which render per request.
const KINDS = { '○': 'static', '●': 'static (generateStaticParams)', 'ƒ': 'dynamic', '◐': 'partial prerender' }

/** `[{ route, kind, revalidate, expire }]` from the build's standard output; empty if none found. */
export function parseRouteTable(buildOutput) {
  const routes = []
  for (const raw of buildOutput.split('\n')) {
    const line = raw.trimEnd()
    // A two-step build prints a table after each step: keep the last one.
    if (/^Route \(app\)/.test(line)) routes.length = 0
    // "├ ƒ /[script]/search", or "├   /[script]/health" followed by its prerendered paths
    // ("│ ├ ● /hans/health   1h   1y"), which give the route its kind and revalidation.
    const route = /^[┌├└]\s+(?:([○●ƒ◐])\s+)?(\/\S*)\s*(.*)$/.exec(line)
    const path = /^│\s+[├└]\s+([○●ƒ◐])\s+(\S+)\s*(.*)$/.exec(line)
    const match = route ?? path
    if (!match) continue
    const [revalidate = '', expire = ''] = match[3].trim().split(/\s+/).filter(Boolean)
    const last = routes.at(-1)
    if (route) routes.push({ route: match[2], kind: match[1] ? KINDS[match[1]] : '', revalidate, expire })
    else if (last && !last.kind) Object.assign(last, { kind: KINDS[match[1]], revalidate, expire })
  }
  return routes
}
