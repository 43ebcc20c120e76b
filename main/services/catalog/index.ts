// Public surface of the model catalog.
export * from './catalog-schema';
export * from './model-catalog';
