import wasmPlain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';
import wasmSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import wasmThreadedSimd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';

/**
 * URLs of the three TF.js wasm binaries, emitted by Vite as assets of our own
 * origin (so they are precached offline and allowed by the CSP). Keys are the file
 * names `setWasmPaths` expects; the threaded build is only used by TF.js when the
 * page is cross-origin isolated (COOP/COEP), but the map must name all three.
 */
export const WASM_FILES = {
  'tfjs-backend-wasm.wasm': wasmPlain,
  'tfjs-backend-wasm-simd.wasm': wasmSimd,
  'tfjs-backend-wasm-threaded-simd.wasm': wasmThreadedSimd,
} as const;
