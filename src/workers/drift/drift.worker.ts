/// <reference lib="webworker" />
import { serve } from '../serve';
import { serveDriftRequest } from './host';

// Reads CSV files and runs the drift tests off the main thread: a 50 MB file takes seconds to parse.
serve(serveDriftRequest);
