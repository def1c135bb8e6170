import * as migration_20261128_230533_initial from './20261128_230533_initial';

export const migrations = [
  {
    up: migration_20261128_230533_initial.up,
    down: migration_20261128_230533_initial.down,
    name: '20261128_230533_initial'
  },
];
