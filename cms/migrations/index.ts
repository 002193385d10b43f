import * as migration_20261124_033617_initial from './20261124_033617_initial';

export const migrations = [
  {
    up: migration_20261124_033617_initial.up,
    down: migration_20261124_033617_initial.down,
    name: '20261124_033617_initial'
  },
];
