import * as migration_20261129_003343_initial from './20261129_003343_initial';

export const migrations = [
  {
    up: migration_20261129_003343_initial.up,
    down: migration_20261129_003343_initial.down,
    name: '20261129_003343_initial'
  },
];
