/** Speech to text: the Transcriber port on an OpenAI-compatible API, its errors, and transcript stitching. */
export * from './errors.js';
export * from './stitch.js';
export * from './openai-transcriber.js';
