import * as migration_20261129_003349_initial from './20261129_003349_initial';
import * as migration_20261129_024403_stations_outreach_message_handling from './20261129_024403_stations_outreach_message_handling';
import * as migration_20261129_025553_site_search from './20261129_025553_site_search';
import * as migration_20261129_055249_publishing_workflow from './20261129_055249_publishing_workflow';
import * as migration_20261202_163014_moderated_public_copies from './20261202_163014_moderated_public_copies';
import * as migration_20261202_202054_staff_directory from './20261202_202054_staff_directory';
import * as migration_20261202_202344_authority_since_2019 from './20261202_202344_authority_since_2019';
import * as migration_20261202_203356_search_synonyms from './20261202_203356_search_synonyms';
import * as migration_20261203_084219_i20_publishing_desk from './20261203_084219_i20_publishing_desk';
import * as migration_20261203_085328_i19_throttle_not_lockout from './20261203_085328_i19_throttle_not_lockout';
import * as migration_20261203_085446_i19_staff_account_fields from './20261203_085446_i19_staff_account_fields';
import * as migration_20261203_094437_i21_workbench from './20261203_094437_i21_workbench';
import * as migration_20261203_101904_service_guides from './20261203_101904_service_guides';
import * as migration_20261203_114419_i20_one_change_note_list from './20261203_114419_i20_one_change_note_list';
import * as migration_20261203_115911_list_indexes from './20261203_115911_list_indexes';
import * as migration_20261203_120529_search_fulltext from './20261203_120529_search_fulltext';
import * as migration_20261203_120811_i20_pending_changes from './20261203_120811_i20_pending_changes';
import * as migration_20261203_121038_consultations from './20261203_121038_consultations';
import * as migration_20261203_121312_i21_workbench_digest_indexes from './20261203_121312_i21_workbench_digest_indexes';
import * as migration_20261203_121525_subscriptions_usefulness from './20261203_121525_subscriptions_usefulness';
import * as migration_20261203_121938_disclosure_applications from './20261203_121938_disclosure_applications';
import * as migration_20261203_122736_open_government_pages from './20261203_122736_open_government_pages';
import * as migration_20261203_153028_annual_reports from './20261203_153028_annual_reports';
import * as migration_20261203_153315_i21_merge_undo from './20261203_153315_i21_merge_undo';
import * as migration_20261203_153650_retention_and_consultation_subscriptions from './20261203_153650_retention_and_consultation_subscriptions';
import * as migration_20261203_154800_retired_address_reason from './20261203_154800_retired_address_reason';
import * as migration_20261203_162924_i21_merged_into_partial_index from './20261203_162924_i21_merged_into_partial_index';
import * as migration_20261203_164233_open_data_index from './20261203_164233_open_data_index';
import * as migration_20261204_141848_review_state from './20261204_141848_review_state';

export const migrations = [
  {
    up: migration_20261129_003349_initial.up,
    down: migration_20261129_003349_initial.down,
    name: '20261129_003349_initial',
  },
  {
    up: migration_20261129_024403_stations_outreach_message_handling.up,
    down: migration_20261129_024403_stations_outreach_message_handling.down,
    name: '20261129_024403_stations_outreach_message_handling',
  },
  {
    up: migration_20261129_025553_site_search.up,
    down: migration_20261129_025553_site_search.down,
    name: '20261129_025553_site_search',
  },
  {
    up: migration_20261129_055249_publishing_workflow.up,
    down: migration_20261129_055249_publishing_workflow.down,
    name: '20261129_055249_publishing_workflow',
  },
  {
    up: migration_20261202_163014_moderated_public_copies.up,
    down: migration_20261202_163014_moderated_public_copies.down,
    name: '20261202_163014_moderated_public_copies',
  },
  {
    up: migration_20261202_202054_staff_directory.up,
    down: migration_20261202_202054_staff_directory.down,
    name: '20261202_202054_staff_directory',
  },
  {
    up: migration_20261202_202344_authority_since_2019.up,
    down: migration_20261202_202344_authority_since_2019.down,
    name: '20261202_202344_authority_since_2019',
  },
  {
    up: migration_20261202_203356_search_synonyms.up,
    down: migration_20261202_203356_search_synonyms.down,
    name: '20261202_203356_search_synonyms',
  },
  {
    up: migration_20261203_084219_i20_publishing_desk.up,
    down: migration_20261203_084219_i20_publishing_desk.down,
    name: '20261203_084219_i20_publishing_desk',
  },
  {
    up: migration_20261203_085328_i19_throttle_not_lockout.up,
    down: migration_20261203_085328_i19_throttle_not_lockout.down,
    name: '20261203_085328_i19_throttle_not_lockout',
  },
  {
    up: migration_20261203_085446_i19_staff_account_fields.up,
    down: migration_20261203_085446_i19_staff_account_fields.down,
    name: '20261203_085446_i19_staff_account_fields',
  },
  {
    up: migration_20261203_094437_i21_workbench.up,
    down: migration_20261203_094437_i21_workbench.down,
    name: '20261203_094437_i21_workbench',
  },
  {
    up: migration_20261203_101904_service_guides.up,
    down: migration_20261203_101904_service_guides.down,
    name: '20261203_101904_service_guides',
  },
  {
    up: migration_20261203_114419_i20_one_change_note_list.up,
    down: migration_20261203_114419_i20_one_change_note_list.down,
    name: '20261203_114419_i20_one_change_note_list',
  },
  {
    up: migration_20261203_115911_list_indexes.up,
    down: migration_20261203_115911_list_indexes.down,
    name: '20261203_115911_list_indexes',
  },
  {
    up: migration_20261203_120529_search_fulltext.up,
    down: migration_20261203_120529_search_fulltext.down,
    name: '20261203_120529_search_fulltext',
  },
  {
    up: migration_20261203_120811_i20_pending_changes.up,
    down: migration_20261203_120811_i20_pending_changes.down,
    name: '20261203_120811_i20_pending_changes',
  },
  {
    up: migration_20261203_121038_consultations.up,
    down: migration_20261203_121038_consultations.down,
    name: '20261203_121038_consultations',
  },
  {
    up: migration_20261203_121312_i21_workbench_digest_indexes.up,
    down: migration_20261203_121312_i21_workbench_digest_indexes.down,
    name: '20261203_121312_i21_workbench_digest_indexes',
  },
  {
    up: migration_20261203_121525_subscriptions_usefulness.up,
    down: migration_20261203_121525_subscriptions_usefulness.down,
    name: '20261203_121525_subscriptions_usefulness',
  },
  {
    up: migration_20261203_121938_disclosure_applications.up,
    down: migration_20261203_121938_disclosure_applications.down,
    name: '20261203_121938_disclosure_applications',
  },
  {
    up: migration_20261203_122736_open_government_pages.up,
    down: migration_20261203_122736_open_government_pages.down,
    name: '20261203_122736_open_government_pages',
  },
  {
    up: migration_20261203_153028_annual_reports.up,
    down: migration_20261203_153028_annual_reports.down,
    name: '20261203_153028_annual_reports',
  },
  {
    up: migration_20261203_153315_i21_merge_undo.up,
    down: migration_20261203_153315_i21_merge_undo.down,
    name: '20261203_153315_i21_merge_undo',
  },
  {
    up: migration_20261203_153650_retention_and_consultation_subscriptions.up,
    down: migration_20261203_153650_retention_and_consultation_subscriptions.down,
    name: '20261203_153650_retention_and_consultation_subscriptions',
  },
  {
    up: migration_20261203_154800_retired_address_reason.up,
    down: migration_20261203_154800_retired_address_reason.down,
    name: '20261203_154800_retired_address_reason',
  },
  {
    up: migration_20261203_162924_i21_merged_into_partial_index.up,
    down: migration_20261203_162924_i21_merged_into_partial_index.down,
    name: '20261203_162924_i21_merged_into_partial_index',
  },
  {
    up: migration_20261203_164233_open_data_index.up,
    down: migration_20261203_164233_open_data_index.down,
    name: '20261203_164233_open_data_index',
  },
  {
    up: migration_20261204_141848_review_state.up,
    down: migration_20261204_141848_review_state.down,
    name: '20261204_141848_review_state'
  },
];
