export * from './pipeline';
export * from './changes';
export * from './stream';
export * from './delivery';
export * from './simulate';
