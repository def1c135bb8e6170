import config from '@payload-config'
import { getPayload } from 'payload'
import { seedDemo } from '@/seed'

// Demo content only: `npm start` in production never calls this.
const payload = await getPayload({ config })
const report = await seedDemo(payload)
console.log(`seed: ${report.created.length} created, ${report.kept.length} already present`)
await payload.destroy()
process.exit(0)
