import { DeskActions as DeskActions_4f9bd69b58483cd9234d85af09f53cac } from '../../../platform/publishing/ui/admin/DeskActions'
import { UnsavedEditsKeeper as UnsavedEditsKeeper_616e8815cde990cc326e45ecbf48c9a5 } from '../../../platform/publishing/ui/admin/UnsavedEditsKeeper'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { DeskStateCell as DeskStateCell_0a783ae0d5d2934beaf7e0630f5be32b } from '../../../platform/publishing/ui/admin/DeskStateCell'
import { ImportNoticesLink as ImportNoticesLink_d4e1702d3dbc834674036c1f34d4b0f7 } from '../../../features/policies/ui/admin/ImportNoticesLink'
import { AwaitingReviewLink as AwaitingReviewLink_da9c745c3136ea7c9309a73f5faecdea } from '../../../platform/publishing/ui/admin/AwaitingReviewLink'
import { HealthReviewOverdueLink as HealthReviewOverdueLink_7b90116962f89fb6cdd36fd8941d3b18 } from '../../../features/health/ui/admin/HealthReviewOverdueLink'
import { GeneratedTablesPanel as GeneratedTablesPanel_5278e7bb5628106af1027ba078af915c } from '../../../features/annual-reports/ui/admin/GeneratedTablesPanel'
import { ImportStationsLink as ImportStationsLink_0204609efd61a85402ddaf7ba34943e7 } from '../../../features/stations/ui/admin/ImportStationsLink'
import { CommentDesk as CommentDesk_f6d84f77ac5ed1df97d0de7afa9279c0 } from '../../../features/consultations/ui/admin/CommentDesk'
import { PendingChangeBox as PendingChangeBox_e62a2c366cc340923bd747d1d5e97c48 } from '../../../platform/publishing/ui/admin/PendingChangeBox'
import { DeadlineSummary as DeadlineSummary_c33b1584ae61472f76531db67d372324 } from '../../../features/feedback/ui/admin/DeadlineSummary'
import { ContactReveal as ContactReveal_d29fd7e3d168a59fe21d5ac2616dfa42 } from '../../../features/feedback/ui/admin/ContactReveal'
import { FeedbackDeadlinesLink as FeedbackDeadlinesLink_425a8173a564568d8a433a03f9fd02da } from '../../../features/feedback/ui/admin/FeedbackDeadlinesLink'
import { HandlingDeskView as HandlingDeskView_6a6a5f11126388bdfee87bcd2a905ba7 } from '../../../features/feedback/ui/admin/workbench/HandlingDeskView'
import { DisclosureDeskLink as DisclosureDeskLink_8af05efba265b5f5e327c144f0f02755 } from '../../../features/disclosure/ui/admin/DisclosureDeskLink'
import { ApplicationDeskView as ApplicationDeskView_15d223f1ed39ebdde532cdd31635e4fd } from '../../../features/disclosure/ui/admin/ApplicationDeskView'
import { ReplyLetterView as ReplyLetterView_6ed8f255f74d10dacbed3284f1757b74 } from '../../../features/disclosure/ui/admin/ReplyLetterView'
import { CommentCounts as CommentCounts_ede3df2f8c8ebfe94396c88f8b5e4e83 } from '../../../features/consultations/ui/admin/CommentCounts'
import { CopyDesk as CopyDesk_6a85671ab1d49efcd9d1047f82abdd19 } from '../../../features/moderation/ui/admin/CopyDesk'
import { CopyQueueCounts as CopyQueueCounts_5a554599c0d5931c7e1a77ec596c4f40 } from '../../../features/moderation/ui/admin/CopyQueueCounts'
import { AuditActionCell as AuditActionCell_35a4a4bd2a413fb1edaa345b09532d37 } from '../../../platform/audit/ui/AuditActionCell'
import { AuditActionFilter as AuditActionFilter_411062846807bfd7b2b78c5d70bccc8e } from '../../../platform/audit/ui/AuditActionFilter'
import { AuditExportLink as AuditExportLink_ce8093777dbb3205b5fded782b67daed } from '../../../platform/audit/ui/AuditExportLink'
import { CurrentPasswordField as CurrentPasswordField_4256c4341fa98524948dfadb81c45d8e } from '../../../features/accounts/ui/admin/CurrentPasswordField'
import { ResetSecondFactorButton as ResetSecondFactorButton_93602149b0b4061a7a77380620d5017b } from '../../../features/accounts/ui/admin/ResetSecondFactorButton'
import { UsefulnessReportLink as UsefulnessReportLink_8c974427ecd110af23d5e1f0ca75eb07 } from '../../../features/usefulness/ui/admin/UsefulnessReportLink'
import { WrongAddressNotice as WrongAddressNotice_3d9c2b5edcc713b7c48d58cb1c8585f6 } from '../../../platform/admin/ui/WrongAddressNotice'
import { AdminIcon as AdminIcon_5afd8a0c47ccc184e9a955cea06d8f0e } from '../../../platform/admin/ui/AdminIcon'
import { AdminLogo as AdminLogo_e5c1685359ed7465fb0aa71071dbfe77 } from '../../../platform/admin/ui/AdminLogo'
import { SecondFactorLoginLink as SecondFactorLoginLink_ccab6d0a1b11fc9da390034dffe806bc } from '../../../features/accounts/ui/admin/SecondFactorLoginLink'
import { WorkbenchNavLink as WorkbenchNavLink_fd31e0c3522ec2d419a1bb3449c6f7d0 } from '../../../features/feedback/ui/admin/workbench/WorkbenchCounts'
import { SiteErrorsNavLink as SiteErrorsNavLink_e2f9c3be21d2bde719836d67e4e9a7dd } from '../../../features/site-errors/ui/admin/SiteErrorsNavLink'
import { AccountNavLinks as AccountNavLinks_0d3b40c667978c7d5f7916184a78150c } from '../../../features/accounts/ui/admin/AccountNavLinks'
import { DeskDashboard as DeskDashboard_0e6ec2612c728961e05806ce052ce8ac } from '../../../platform/publishing/ui/admin/DeskDashboard'
import { FlaggedHealthTopics as FlaggedHealthTopics_ef537142f70edd0215ccf7fb6e392bd9 } from '../../../features/usefulness/ui/admin/FlaggedHealthTopics'
import { WorkbenchDashboardCounts as WorkbenchDashboardCounts_fd31e0c3522ec2d419a1bb3449c6f7d0 } from '../../../features/feedback/ui/admin/workbench/WorkbenchCounts'
import { NoticeImportView as NoticeImportView_b5dae430b559bdc83ba5ca42ed2e9dfe } from '../../../features/policies/ui/admin/NoticeImportView'
import { StationImportView as StationImportView_16624c67830602e9cedfc203498f785a } from '../../../features/stations/ui/admin/StationImportView'
import { SecondFactorSetupView as SecondFactorSetupView_ad262e1fd940f8d7091682fec292d447 } from '../../../features/accounts/ui/admin/SecondFactorSetupView'
import { SecondFactorLoginView as SecondFactorLoginView_0a32b1cb3d0513a46a9e338dda42c65d } from '../../../features/accounts/ui/admin/SecondFactorLoginView'
import { StaffRolesView as StaffRolesView_ff9140fe0f1c464d2d5d64c67d6ca674 } from '../../../features/accounts/ui/admin/StaffRolesView'
import { FeedbackDeadlinesView as FeedbackDeadlinesView_4e681d94ebc69830c2ef2549dacb11fe } from '../../../features/feedback/ui/admin/FeedbackDeadlinesView'
import { UsefulnessReportView as UsefulnessReportView_b3e4dd74a30a75ae1146e190a08eea4d } from '../../../features/usefulness/ui/admin/UsefulnessReportView'
import { FeedbackWorkbenchView as FeedbackWorkbenchView_0bddc8243b7b7abe5408a12f79c2b5b0 } from '../../../features/feedback/ui/admin/workbench/FeedbackWorkbenchView'
import { SiteErrorsView as SiteErrorsView_f6d69b008d77f332686ae99355dd9546 } from '../../../features/site-errors/ui/admin/SiteErrorsView'
import { DisclosureDeskView as DisclosureDeskView_cffa55773a88521024e403013fc33731 } from '../../../features/disclosure/ui/admin/DisclosureDeskView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/platform/publishing/ui/admin/DeskActions#DeskActions": DeskActions_4f9bd69b58483cd9234d85af09f53cac,
  "/platform/publishing/ui/admin/UnsavedEditsKeeper#UnsavedEditsKeeper": UnsavedEditsKeeper_616e8815cde990cc326e45ecbf48c9a5,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/platform/publishing/ui/admin/DeskStateCell#DeskStateCell": DeskStateCell_0a783ae0d5d2934beaf7e0630f5be32b,
  "/features/policies/ui/admin/ImportNoticesLink#ImportNoticesLink": ImportNoticesLink_d4e1702d3dbc834674036c1f34d4b0f7,
  "/platform/publishing/ui/admin/AwaitingReviewLink#AwaitingReviewLink": AwaitingReviewLink_da9c745c3136ea7c9309a73f5faecdea,
  "/features/health/ui/admin/HealthReviewOverdueLink#HealthReviewOverdueLink": HealthReviewOverdueLink_7b90116962f89fb6cdd36fd8941d3b18,
  "/features/annual-reports/ui/admin/GeneratedTablesPanel#GeneratedTablesPanel": GeneratedTablesPanel_5278e7bb5628106af1027ba078af915c,
  "/features/stations/ui/admin/ImportStationsLink#ImportStationsLink": ImportStationsLink_0204609efd61a85402ddaf7ba34943e7,
  "/features/consultations/ui/admin/CommentDesk#CommentDesk": CommentDesk_f6d84f77ac5ed1df97d0de7afa9279c0,
  "/platform/publishing/ui/admin/PendingChangeBox#PendingChangeBox": PendingChangeBox_e62a2c366cc340923bd747d1d5e97c48,
  "/features/feedback/ui/admin/DeadlineSummary#DeadlineSummary": DeadlineSummary_c33b1584ae61472f76531db67d372324,
  "/features/feedback/ui/admin/ContactReveal#ContactReveal": ContactReveal_d29fd7e3d168a59fe21d5ac2616dfa42,
  "/features/feedback/ui/admin/FeedbackDeadlinesLink#FeedbackDeadlinesLink": FeedbackDeadlinesLink_425a8173a564568d8a433a03f9fd02da,
  "/features/feedback/ui/admin/workbench/HandlingDeskView#HandlingDeskView": HandlingDeskView_6a6a5f11126388bdfee87bcd2a905ba7,
  "/features/disclosure/ui/admin/DisclosureDeskLink#DisclosureDeskLink": DisclosureDeskLink_8af05efba265b5f5e327c144f0f02755,
  "/features/disclosure/ui/admin/ApplicationDeskView#ApplicationDeskView": ApplicationDeskView_15d223f1ed39ebdde532cdd31635e4fd,
  "/features/disclosure/ui/admin/ReplyLetterView#ReplyLetterView": ReplyLetterView_6ed8f255f74d10dacbed3284f1757b74,
  "/features/consultations/ui/admin/CommentCounts#CommentCounts": CommentCounts_ede3df2f8c8ebfe94396c88f8b5e4e83,
  "/features/moderation/ui/admin/CopyDesk#CopyDesk": CopyDesk_6a85671ab1d49efcd9d1047f82abdd19,
  "/features/moderation/ui/admin/CopyQueueCounts#CopyQueueCounts": CopyQueueCounts_5a554599c0d5931c7e1a77ec596c4f40,
  "/platform/audit/ui/AuditActionCell#AuditActionCell": AuditActionCell_35a4a4bd2a413fb1edaa345b09532d37,
  "/platform/audit/ui/AuditActionFilter#AuditActionFilter": AuditActionFilter_411062846807bfd7b2b78c5d70bccc8e,
  "/platform/audit/ui/AuditExportLink#AuditExportLink": AuditExportLink_ce8093777dbb3205b5fded782b67daed,
  "/features/accounts/ui/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_4256c4341fa98524948dfadb81c45d8e,
  "/features/accounts/ui/admin/ResetSecondFactorButton#ResetSecondFactorButton": ResetSecondFactorButton_93602149b0b4061a7a77380620d5017b,
  "/features/usefulness/ui/admin/UsefulnessReportLink#UsefulnessReportLink": UsefulnessReportLink_8c974427ecd110af23d5e1f0ca75eb07,
  "/platform/admin/ui/WrongAddressNotice#WrongAddressNotice": WrongAddressNotice_3d9c2b5edcc713b7c48d58cb1c8585f6,
  "/platform/admin/ui/AdminIcon#AdminIcon": AdminIcon_5afd8a0c47ccc184e9a955cea06d8f0e,
  "/platform/admin/ui/AdminLogo#AdminLogo": AdminLogo_e5c1685359ed7465fb0aa71071dbfe77,
  "/features/accounts/ui/admin/SecondFactorLoginLink#SecondFactorLoginLink": SecondFactorLoginLink_ccab6d0a1b11fc9da390034dffe806bc,
  "/features/feedback/ui/admin/workbench/WorkbenchCounts#WorkbenchNavLink": WorkbenchNavLink_fd31e0c3522ec2d419a1bb3449c6f7d0,
  "/features/site-errors/ui/admin/SiteErrorsNavLink#SiteErrorsNavLink": SiteErrorsNavLink_e2f9c3be21d2bde719836d67e4e9a7dd,
  "/features/accounts/ui/admin/AccountNavLinks#AccountNavLinks": AccountNavLinks_0d3b40c667978c7d5f7916184a78150c,
  "/platform/publishing/ui/admin/DeskDashboard#DeskDashboard": DeskDashboard_0e6ec2612c728961e05806ce052ce8ac,
  "/features/usefulness/ui/admin/FlaggedHealthTopics#FlaggedHealthTopics": FlaggedHealthTopics_ef537142f70edd0215ccf7fb6e392bd9,
  "/features/feedback/ui/admin/workbench/WorkbenchCounts#WorkbenchDashboardCounts": WorkbenchDashboardCounts_fd31e0c3522ec2d419a1bb3449c6f7d0,
  "/features/policies/ui/admin/NoticeImportView#NoticeImportView": NoticeImportView_b5dae430b559bdc83ba5ca42ed2e9dfe,
  "/features/stations/ui/admin/StationImportView#StationImportView": StationImportView_16624c67830602e9cedfc203498f785a,
  "/features/accounts/ui/admin/SecondFactorSetupView#SecondFactorSetupView": SecondFactorSetupView_ad262e1fd940f8d7091682fec292d447,
  "/features/accounts/ui/admin/SecondFactorLoginView#SecondFactorLoginView": SecondFactorLoginView_0a32b1cb3d0513a46a9e338dda42c65d,
  "/features/accounts/ui/admin/StaffRolesView#StaffRolesView": StaffRolesView_ff9140fe0f1c464d2d5d64c67d6ca674,
  "/features/feedback/ui/admin/FeedbackDeadlinesView#FeedbackDeadlinesView": FeedbackDeadlinesView_4e681d94ebc69830c2ef2549dacb11fe,
  "/features/usefulness/ui/admin/UsefulnessReportView#UsefulnessReportView": UsefulnessReportView_b3e4dd74a30a75ae1146e190a08eea4d,
  "/features/feedback/ui/admin/workbench/FeedbackWorkbenchView#FeedbackWorkbenchView": FeedbackWorkbenchView_0bddc8243b7b7abe5408a12f79c2b5b0,
  "/features/site-errors/ui/admin/SiteErrorsView#SiteErrorsView": SiteErrorsView_f6d69b008d77f332686ae99355dd9546,
  "/features/disclosure/ui/admin/DisclosureDeskView#DisclosureDeskView": DisclosureDeskView_cffa55773a88521024e403013fc33731,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
