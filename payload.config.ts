import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { AuditLog } from '@collections/AuditLog'
import { Districts } from '@collections/Districts'
import { Departments } from '@collections/Departments'
import { Events } from '@collections/Events'
import { DisclosureApplications } from '@collections/DisclosureApplications'
import { Feedback } from '@collections/Feedback'
import { FeedbackAttachments } from '@collections/FeedbackAttachments'
import { HealthTopics } from '@collections/HealthTopics'
import { ServiceGuides } from '@collections/ServiceGuides'
import { OpenGovernmentPages } from '@collections/OpenGovernmentPages'
import { OpenGovernmentReports } from '@collections/OpenGovernmentReports'
import { SiteErrorReports } from '@collections/SiteErrorReports'
import { Media } from '@collections/Media'
import { OutreachArticles } from '@collections/OutreachArticles'
import { PolicyDocuments } from '@collections/PolicyDocuments'
import { PolicyNotices } from '@collections/PolicyNotices'
import { ServiceStations } from '@collections/ServiceStations'
import { Services } from '@collections/Services'
import { ModeratedCopies } from '@collections/ModeratedCopies'
import { PublishedReplies } from '@collections/PublishedReplies'
import { Consultations } from '@collections/Consultations'
import { ConsultationComments } from '@collections/ConsultationComments'
import { PublishedComments } from '@collections/PublishedComments'
import { ReplyTemplates } from '@collections/ReplyTemplates'
import { RetiredAddresses } from '@collections/RetiredAddresses'
import { SearchDocuments } from '@collections/SearchDocuments'
import { Users } from '@collections/Users'
import { EmailSubscriptions } from '@collections/EmailSubscriptions'
import { SubscriptionUpdates } from '@collections/SubscriptionUpdates'
import { UsefulnessAnswers } from '@collections/UsefulnessAnswers'
import { FeedbackSettings } from './globals/FeedbackSettings'
import { PolicySettings } from './globals/PolicySettings'
import { SearchSettings } from './globals/SearchSettings'
import { SiteSettings } from './globals/SiteSettings'
import { AccountSettings } from './globals/AccountSettings'
import { ParticipationSettings } from './globals/ParticipationSettings'
import { databaseAdapter } from '@/platform/database/database-adapter'
import { SEARCH_DATABASE_EXTRAS } from '@/features/search/server/fulltext-schema'
import { listIndexesOf } from '@/platform/database/list-indexes'
import { emailAdapter } from '@/platform/email/email-adapter'
import { hasRole } from '@/platform/access/roles'
import { deadlineRemindersTask } from '@/features/feedback/jobs/deadlineReminders'
import { healthReviewRemindersTask } from '@/features/health/jobs/healthReviewReminders'
import { sendEmailTask } from '@/platform/email/sendEmail'
import { notifySubscribersTask, weeklyDigestTask } from '@/features/subscriptions/jobs/subscriptionTasks'
import { SUBSCRIPTION_MAIL_QUEUE } from '@/features/subscriptions/server/paced-outbox'
import { anonymiseExpiredFeedbackTask } from '@/features/feedback/jobs/anonymiseExpiredFeedback'
import { anonymiseCommentContactsTask } from '@/features/consultations/jobs/anonymiseCommentContacts'
import { anonymiseExpiredApplicationsTask } from '@/features/disclosure/jobs/anonymiseExpiredApplications'
import { anonymiseErrorReportContactsTask } from '@/features/site-errors/jobs/anonymiseErrorReportContacts'
import { dailyDigestsTask } from '@/features/feedback/jobs/dailyDigests'
import { deskScheduledPublishTask } from '@/platform/publishing/desk/scheduled-publication-task'
import { withPublishingWorkflow } from '@/platform/publishing/withPublishingWorkflow'
import { labelJobsCollection } from '@/platform/admin/jobs-collection-labels'
import { withAudit } from '@/platform/audit/withAudit'
import { withVisitorDataExpiry, withVisitorDataExpiryGlobal } from '@/platform/cache/withVisitorDataExpiry'
import { auditLoginFailure } from '@collections/Users/hooks/auditLogin'
import { LoginThrottles } from '@collections/LoginThrottles'
import { answerDatabaseOutage } from '@/platform/database/answerDatabaseOutage'
import { limitQueryCost, limitRootFields } from '@/platform/security/graphql-limits'
import { payloadSecret } from '@/platform/security/payload-secret'
import { withOwnDocumentLocks } from '@/platform/access/document-locks/withOwnDocumentLocks'
import { acceptedOrigins, serverUrl } from '@/platform/site-shell/server-url'
import { SITE_ICONS } from '@/platform/site-shell/site-icons'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Every collection, once: the database adapter also reads their declared indexes from this list.
const collections = withAudit([
  ...[PolicyNotices, OutreachArticles, Events, HealthTopics, ServiceGuides, OpenGovernmentPages, OpenGovernmentReports, ServiceStations, Consultations].map(withPublishingWorkflow),
  ...[PolicyDocuments, Services, Districts, Media, Feedback, FeedbackAttachments, Departments, ReplyTemplates, DisclosureApplications],
  ...[ConsultationComments, PublishedComments],
  ...[ModeratedCopies, PublishedReplies, SiteErrorReports, SearchDocuments, RetiredAddresses, AuditLog, Users],
  ...[EmailSubscriptions, UsefulnessAnswers],
])
  .concat(LoginThrottles, SubscriptionUpdates)
  // What public pages read from the data cache expires when staff change it (platform/cache).
  .map(withVisitorDataExpiry)

// The retention jobs (anonymise…): one a day per feature, built on src/platform/retention.
const tasks = [
  ...[sendEmailTask, deadlineRemindersTask, healthReviewRemindersTask, anonymiseExpiredFeedbackTask, dailyDigestsTask, deskScheduledPublishTask, notifySubscribersTask, weeklyDigestTask],
  ...[anonymiseCommentContactsTask, anonymiseExpiredApplicationsTask, anonymiseErrorReportContactsTask],
]

export default buildConfig({
  serverURL: serverUrl(),
  // The staff cookie counts only on requests from these origins (SERVER_URL and ADMIN_ALIASES).
  csrf: acceptedOrigins(),
  secret: payloadSecret(),
  admin: {
    user: Users.slug,
    importMap: { baseDir: path.resolve(dirname, 'src') },
    meta: { titleSuffix: ' · 计生网站管理', icons: SITE_ICONS },
    // Gravatar would load pictures from an outside server; nothing leaves our origin.
    avatar: 'default',
    // One date format in every list, field and version: 2026-12-02 21:23 (in the browser's time zone,
    // Beijing for the authority's staff).
    dateFormat: 'yyyy-MM-dd HH:mm',
    components: {
      // On an address the staff cookie does not count at, say which one to use before anything is typed.
      beforeLogin: ['/platform/admin/ui/WrongAddressNotice#WrongAddressNotice'],
      header: ['/platform/admin/ui/WrongAddressNotice#WrongAddressNotice'],
      afterLogin: ['/features/accounts/ui/admin/SecondFactorLoginLink#SecondFactorLoginLink'],
      graphics: {
        Logo: '/platform/admin/ui/AdminLogo#AdminLogo',
        Icon: '/platform/admin/ui/AdminIcon#AdminIcon',
      },
      // The handlers' workbench: its queues' counts on the dashboard and in the navigation.
      // The publishing desk's queues (我的草稿, 待我审核, 已退回, 已定时, 未经审核发布) and the handlers' workbench counts.
      beforeDashboard: ['/platform/publishing/ui/admin/DeskDashboard#DeskDashboard', '/features/usefulness/ui/admin/FlaggedHealthTopics#FlaggedHealthTopics', '/features/feedback/ui/admin/workbench/WorkbenchCounts#WorkbenchDashboardCounts'],
      afterNavLinks: ['/features/feedback/ui/admin/workbench/WorkbenchCounts#WorkbenchNavLink', '/features/disclosure/ui/admin/DisclosureDeskLink#DisclosureDeskLink', '/features/site-errors/ui/admin/SiteErrorsNavLink#SiteErrorsNavLink', '/features/accounts/ui/admin/AccountNavLinks#AccountNavLinks'],
      views: {
        importNotices: {
          Component: '/features/policies/ui/admin/NoticeImportView#NoticeImportView',
          path: '/import-notices',
          exact: true,
          meta: { title: '导入旧文本' },
        },
        importStations: {
          Component: '/features/stations/ui/admin/StationImportView#StationImportView',
          path: '/import-stations',
          exact: true,
          meta: { title: '导入服务网点' },
        },
        secondFactor: {
          Component: '/features/accounts/ui/admin/SecondFactorSetupView#SecondFactorSetupView',
          path: '/second-factor',
          exact: true,
          meta: { title: '动态验证码' },
        },
        secondFactorLogin: {
          Component: '/features/accounts/ui/admin/SecondFactorLoginView#SecondFactorLoginView',
          path: '/login-code',
          exact: true,
          meta: { title: '使用动态验证码登录' },
        },
        staffRoles: {
          Component: '/features/accounts/ui/admin/StaffRolesView#StaffRolesView',
          path: '/staff-roles',
          exact: true,
          meta: { title: '各角色的权限' },
        },
        feedbackDeadlines: {
          Component: '/features/feedback/ui/admin/FeedbackDeadlinesView#FeedbackDeadlinesView',
          path: '/feedback-deadlines',
          exact: true,
          meta: { title: '办理时限' },
        },
        usefulnessReport: {
          Component: '/features/usefulness/ui/admin/UsefulnessReportView#UsefulnessReportView',
          path: '/usefulness',
          exact: true,
          meta: { title: '页面评价统计' },
        },
        feedbackWorkbench: {
          Component: '/features/feedback/ui/admin/workbench/FeedbackWorkbenchView#FeedbackWorkbenchView',
          path: '/feedback-workbench',
          exact: true,
          meta: { title: '留言办理台' },
        },
        siteErrors: {
          Component: '/features/site-errors/ui/admin/SiteErrorsView#SiteErrorsView',
          path: '/site-errors',
          exact: true,
          meta: { title: '网站找错办理台' },
        },
        disclosureDesk: {
          Component: '/features/disclosure/ui/admin/DisclosureDeskView#DisclosureDeskView',
          path: '/disclosure-desk',
          exact: true,
          meta: { title: '依申请公开办理台' },
        },
      },
    },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
  },
  collections,
  globals: [SiteSettings, PolicySettings, FeedbackSettings, SearchSettings, AccountSettings, ParticipationSettings].map(withVisitorDataExpiryGlobal),
  // Failed logins reach the audit log from REST and GraphQL alike (config-level: Payload calls it on both).
  hooks: { afterError: [answerDatabaseOutage, auditLoginFailure] },
  editor: lexicalEditor(),
  // Features' additions to the database: the collections' named indexes (list-indexes.ts) and the
  // search index (database-extras.ts).
  db: databaseAdapter(undefined, { ...SEARCH_DATABASE_EXTRAS, indexes: listIndexesOf(collections) }),
  email: emailAdapter(),
  jobs: {
    tasks,
    // The e-mail outbox and scheduled publishing (the desk's `deskScheduledPublish` task, queued without a
    // queue name, so on 'default') are worked inside the server process every 5 s (crons start once
    // Payload is initialised with `cron: true`, src/instrumentation.ts, in `npm start` and `npm run demo`). JOBS_AUTORUN=0 turns it off: tests run `payload.jobs.run()`
    // themselves, and only one instance of a multi-instance deployment should work the queue.
    // Subscription mailings wait in their own queue, each e-mail with the time it may leave
    // (features/subscriptions/server/paced-outbox.ts): the worker picks up those whose time has come.
    autoRun: [
      { cron: '*/5 * * * * *', queue: 'default', limit: 20 },
      { cron: '*/5 * * * * *', queue: SUBSCRIPTION_MAIL_QUEUE, limit: 50 },
    ],
    shouldAutoRun: () => process.env.JOBS_AUTORUN !== '0',
    // Payload's default, made explicit: a sent e-mail's job (recipient, body) is deleted once it
    // completes; jobs that gave up stay, with their error, for an administrator to look at.
    deleteJobOnComplete: true,
    // Payload's defaults let any logged-in user queue, run (GET /api/payload-jobs/run) and cancel jobs.
    access: {
      // Reviewers schedule publishing (the admin's 定时发布 also requires publish permission on the
      // document, which editors lack: src/platform/publishing/review/access.ts).
      queue: ({ req }) => hasRole(req.user, 'admin', 'reviewer'),
      run: ({ req }) => hasRole(req.user, 'admin'),
      cancel: ({ req }) => hasRole(req.user, 'admin'),
    },
    // Jobs hold recipients and message bodies: readable by administrators only (Payload's default is
    // nobody at all), never created or changed through the API.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      ...labelJobsCollection(defaultJobsCollection, tasks),
      admin: { ...labelJobsCollection(defaultJobsCollection, tasks).admin, hidden: ({ user }) => !hasRole(user, 'admin') },
      access: {
        ...defaultJobsCollection.access,
        read: ({ req }) => hasRole(req.user, 'admin'),
        create: () => false,
        update: () => false,
        delete: () => false,
      },
    }),
  },
  sharp,
  graphQL: {
    disablePlaygroundInProduction: true,
    // Nothing of ours uses GraphQL; these bounds keep a hostile document from occupying the server
    // (2,000 fields, 500 aliased collection queries, 20,000 conditions, 100,000 rows): it gets an
    // error straight away instead. The body is capped before parsing (refuse-costly-query.ts).
    maxComplexity: 500,
    validationRules: (args) => [limitRootFields, limitQueryCost(args.variableValues)],
  },
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  telemetry: false,
  logger: { options: { level: process.env.LOG_LEVEL || 'info' } },
  // Document locks: only for the requesting user, on what they may update (withOwnDocumentLocks).
}).then(withOwnDocumentLocks)
