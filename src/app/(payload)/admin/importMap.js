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
import { ApproveButton as ApproveButton_1600bac73f7c45d2be2cea4c7803dc37 } from '../../../workflow/review/ApproveButton'
import { ImportNoticesLink as ImportNoticesLink_8d14ce275e92530ce5a42ea5402c52fd } from '../../../components/admin/ImportNoticesLink'
import { AwaitingReviewLink as AwaitingReviewLink_e4700427d205c8c7a2a31b824c41fa17 } from '../../../workflow/review/AwaitingReviewLink'
import { HealthReviewOverdueLink as HealthReviewOverdueLink_e02b72d557cc604db59eff47a4250dfa } from '../../../components/admin/HealthReviewOverdueLink'
import { ImportStationsLink as ImportStationsLink_082d0eac6008d23147279e21eba3c7e6 } from '../../../components/admin/ImportStationsLink'
import { DeadlineSummary as DeadlineSummary_e693cdcae9415a425e788d9fd4e4cbb0 } from '../../../components/admin/DeadlineSummary'
import { ContactReveal as ContactReveal_3b882e69c2d855d2fff0112c745b621b } from '../../../components/admin/ContactReveal'
import { ReplyTemplatePicker as ReplyTemplatePicker_2c51b02d737a3b465d17aa19a09932c4 } from '../../../components/admin/ReplyTemplatePicker'
import { PersonalDataFlags as PersonalDataFlags_c7f1268b0a9895603c9c9588b4195cba } from '../../../components/admin/PersonalDataFlags'
import { FeedbackDeadlinesLink as FeedbackDeadlinesLink_1aa086a75358e4c3589e92d38cd29594 } from '../../../components/admin/FeedbackDeadlinesLink'
import { AuditExportLink as AuditExportLink_fea2a9d061c65ffddffb8a558e4c7e51 } from '../../../components/admin/AuditExportLink'
import { NoticeImportView as NoticeImportView_d4bdbad3ca340cceec15c98e3a3cecbb } from '../../../components/admin/NoticeImportView'
import { StationImportView as StationImportView_8fbe565101c5b6f703678b37bf6fc39f } from '../../../components/admin/StationImportView'
import { FeedbackDeadlinesView as FeedbackDeadlinesView_63327013874e73ac5a8ddfada7c8b1e3 } from '../../../components/admin/FeedbackDeadlinesView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
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
  "/workflow/review/ApproveButton#ApproveButton": ApproveButton_1600bac73f7c45d2be2cea4c7803dc37,
  "/components/admin/ImportNoticesLink#ImportNoticesLink": ImportNoticesLink_8d14ce275e92530ce5a42ea5402c52fd,
  "/workflow/review/AwaitingReviewLink#AwaitingReviewLink": AwaitingReviewLink_e4700427d205c8c7a2a31b824c41fa17,
  "/components/admin/HealthReviewOverdueLink#HealthReviewOverdueLink": HealthReviewOverdueLink_e02b72d557cc604db59eff47a4250dfa,
  "/components/admin/ImportStationsLink#ImportStationsLink": ImportStationsLink_082d0eac6008d23147279e21eba3c7e6,
  "/components/admin/DeadlineSummary#DeadlineSummary": DeadlineSummary_e693cdcae9415a425e788d9fd4e4cbb0,
  "/components/admin/ContactReveal#ContactReveal": ContactReveal_3b882e69c2d855d2fff0112c745b621b,
  "/components/admin/ReplyTemplatePicker#ReplyTemplatePicker": ReplyTemplatePicker_2c51b02d737a3b465d17aa19a09932c4,
  "/components/admin/PersonalDataFlags#PersonalDataFlags": PersonalDataFlags_c7f1268b0a9895603c9c9588b4195cba,
  "/components/admin/FeedbackDeadlinesLink#FeedbackDeadlinesLink": FeedbackDeadlinesLink_1aa086a75358e4c3589e92d38cd29594,
  "/components/admin/AuditExportLink#AuditExportLink": AuditExportLink_fea2a9d061c65ffddffb8a558e4c7e51,
  "/components/admin/NoticeImportView#NoticeImportView": NoticeImportView_d4bdbad3ca340cceec15c98e3a3cecbb,
  "/components/admin/StationImportView#StationImportView": StationImportView_8fbe565101c5b6f703678b37bf6fc39f,
  "/components/admin/FeedbackDeadlinesView#FeedbackDeadlinesView": FeedbackDeadlinesView_63327013874e73ac5a8ddfada7c8b1e3,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
