export * from './faults';
export * from './pipelines';
export * from './run';
