// Public surface of the IPC contract.
export * from './limits';
export * from './schemas';
export * from './channels';
export * from './envelope';
export * from './api';
export * from './validate';
