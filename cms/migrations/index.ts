import * as migration_20261124_033617_initial from './20261124_033617_initial';
import * as migration_20261124_040956_tom_workflow from './20261124_040956_tom_workflow';
import * as migration_20261124_042603_subscriptions from './20261124_042603_subscriptions';
import * as migration_20261124_043729_subprocessor_events from './20261124_043729_subprocessor_events';
import * as migration_20261124_045034_delivery_maintenance from './20261124_045034_delivery_maintenance';
import * as migration_20261124_134953_has_many_parent_index from './20261124_134953_has_many_parent_index';
import * as migration_20261202_024211_review_log from './20261202_024211_review_log';
import * as migration_20261202_022601_brand_colours from './20261202_022601_brand_colours';
import * as migration_20261202_023132_webhooks from './20261202_023132_webhooks';
import * as migration_20261202_024340_objections from './20261202_024340_objections';
import * as migration_20261202_025626_regulatory_fields from './20261202_025626_regulatory_fields';

export const migrations = [
  {
    up: migration_20261124_033617_initial.up,
    down: migration_20261124_033617_initial.down,
    name: '20261124_033617_initial',
  },
  {
    up: migration_20261124_040956_tom_workflow.up,
    down: migration_20261124_040956_tom_workflow.down,
    name: '20261124_040956_tom_workflow',
  },
  {
    up: migration_20261124_042603_subscriptions.up,
    down: migration_20261124_042603_subscriptions.down,
    name: '20261124_042603_subscriptions',
  },
  {
    up: migration_20261124_043729_subprocessor_events.up,
    down: migration_20261124_043729_subprocessor_events.down,
    name: '20261124_043729_subprocessor_events',
  },
  {
    up: migration_20261124_045034_delivery_maintenance.up,
    down: migration_20261124_045034_delivery_maintenance.down,
    name: '20261124_045034_delivery_maintenance',
  },
  {
    up: migration_20261124_134953_has_many_parent_index.up,
    down: migration_20261124_134953_has_many_parent_index.down,
    name: '20261124_134953_has_many_parent_index',
  },
  {
    up: migration_20261202_024211_review_log.up,
    down: migration_20261202_024211_review_log.down,
    name: '20261202_024211_review_log',
  },
  {
    up: migration_20261202_022601_brand_colours.up,
    down: migration_20261202_022601_brand_colours.down,
    name: '20261202_022601_brand_colours',
  },
  {
    up: migration_20261202_023132_webhooks.up,
    down: migration_20261202_023132_webhooks.down,
    name: '20261202_023132_webhooks',
  },
  {
    up: migration_20261202_024340_objections.up,
    down: migration_20261202_024340_objections.down,
    name: '20261202_024340_objections',
  },
  {
    up: migration_20261202_025626_regulatory_fields.up,
    down: migration_20261202_025626_regulatory_fields.down,
    name: '20261202_025626_regulatory_fields'
  },
];
