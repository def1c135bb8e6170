import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Media } from './collections/Media'
import { PolicyDocuments } from './collections/PolicyDocuments'
import { PolicyNotices } from './collections/PolicyNotices'
import { Users } from './collections/Users'
import { PolicySettings } from './globals/PolicySettings'
import { SiteSettings } from './globals/SiteSettings'
import { databaseAdapter } from './src/lib/database-adapter'
import { emailAdapter } from './src/email/email-adapter'
import { payloadSecret } from './src/lib/payload-secret'
import { serverUrl } from './src/lib/server-url'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: serverUrl(),
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · 计生网站管理' },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  collections: [PolicyNotices, PolicyDocuments, Media, Users],
  globals: [SiteSettings, PolicySettings],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  email: emailAdapter(),
  sharp,
  graphQL: { disablePlaygroundInProduction: true },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  logger: { options: { level: process.env.LOG_LEVEL || 'info' } },
})
