import * as migration_20261124_033617_initial from './20261124_033617_initial';
import * as migration_20261124_040956_tom_workflow from './20261124_040956_tom_workflow';
import * as migration_20261124_042603_subscriptions from './20261124_042603_subscriptions';
import * as migration_20261124_043729_subprocessor_events from './20261124_043729_subprocessor_events';
import * as migration_20261124_045034_delivery_maintenance from './20261124_045034_delivery_maintenance';
import * as migration_20261124_134953_has_many_parent_index from './20261124_134953_has_many_parent_index';
import * as migration_20261202_034813_review_branding_integrations from './20261202_034813_review_branding_integrations';
import * as migration_20261202_041436_measure_prose from './20261202_041436_measure_prose';
import * as migration_20261202_053142_h24_webhook_owner_optin from './20261202_053142_h24_webhook_owner_optin';
import * as migration_20261202_053933_h25a_subprocessor_review from './20261202_053933_h25a_subprocessor_review';
import * as migration_20261202_054204_h25b_notify_pending from './20261202_054204_h25b_notify_pending';
import * as migration_20261202_055633_h25b_rate_limits from './20261202_055633_h25b_rate_limits';
import * as migration_20261202_060945_h25b_login_lockout from './20261202_060945_h25b_login_lockout';

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
    up: migration_20261202_034813_review_branding_integrations.up,
    down: migration_20261202_034813_review_branding_integrations.down,
    name: '20261202_034813_review_branding_integrations',
  },
  {
    up: migration_20261202_041436_measure_prose.up,
    down: migration_20261202_041436_measure_prose.down,
    name: '20261202_041436_measure_prose',
  },
  {
    up: migration_20261202_053142_h24_webhook_owner_optin.up,
    down: migration_20261202_053142_h24_webhook_owner_optin.down,
    name: '20261202_053142_h24_webhook_owner_optin',
  },
  {
    up: migration_20261202_053933_h25a_subprocessor_review.up,
    down: migration_20261202_053933_h25a_subprocessor_review.down,
    name: '20261202_053933_h25a_subprocessor_review',
  },
  {
    up: migration_20261202_054204_h25b_notify_pending.up,
    down: migration_20261202_054204_h25b_notify_pending.down,
    name: '20261202_054204_h25b_notify_pending',
  },
  {
    up: migration_20261202_055633_h25b_rate_limits.up,
    down: migration_20261202_055633_h25b_rate_limits.down,
    name: '20261202_055633_h25b_rate_limits',
  },
  {
    up: migration_20261202_060945_h25b_login_lockout.up,
    down: migration_20261202_060945_h25b_login_lockout.down,
    name: '20261202_060945_h25b_login_lockout'
  },
];
