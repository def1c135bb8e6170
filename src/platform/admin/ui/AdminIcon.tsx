import { readFileSync } from 'node:fs'
import path from 'node:path'

// Inlined rather than linked as /icon.svg: Payload also draws this icon into the admin's Open
// Graph pictures (/api/og), whose renderer loads images only from absolute addresses or data.
const ICON_SVG = readFileSync(path.join(process.cwd(), 'public/icon.svg')).toString('base64')

/**
 * Takes the place of Payload's icon at the start of the admin's breadcrumb. It sits inside the
 * link to the dashboard, which Payload names (仪表盘), so the picture itself says nothing.
 */
export function AdminIcon() {
  return (
    <img src={`data:image/svg+xml;base64,${ICON_SVG}`} alt="" width={25} height={25} style={{ display: 'block' }} />
  )
}
