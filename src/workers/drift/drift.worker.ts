/// <reference lib="webworker" />
import { serveDriftRequest } from './host';
import type { DriftRequest } from './protocol';

// Reads CSV files and runs the drift tests off the main thread: a 50 MB file takes seconds to parse.
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<DriftRequest>) => {
  void serveDriftRequest(event.data, (reply, transfer = []) => scope.postMessage(reply, transfer));
};
